// @vitest-environment happy-dom
// Hints are never printed (issue 8 §2): the text of the exported .docx holds
// none of a draft's hints, straight from each template, after the edits
// that used to turn hints into text, and after merging a review copy (whose
// merged document still has its hints as hints).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { DEFAULT_SETTINGS } from '../../../../common/api/contract';
import { hintsOf } from '../../../../common/document/hint';
import type { DocJSON } from '../../../../common/document/types';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { mergeReviewCopy } from '../../../../main/services/review/merge-review-copy';
import { prefillDraft } from '../../../../main/services/prefill';
import { DEFAULT_FIND_OPTIONS, createFindPlugin, replaceAll, setFindQuery } from '../../../../renderer/src/features/editor-ui/find/find-plugin';
import { moveSection } from '../../../../renderer/src/features/editor-ui/commands/move-section';
import { mountEditor } from '../../../helpers/editor';
import { entry, thread } from '../../../helpers/review-fixtures';
import { textOf, unzipDocx } from '../../../helpers/export-xml';
import { TEMPLATES_DIR } from '../../../helpers/repo';

const TEMPLATES = TEMPLATES_DIR;
const NOW = new Date(2026, 11, 4, 9, 0);

/** A draft of a built-in template, as `createDraft` fills it (about `year`). */
function draftOf(file: string, year = 2026): DocJSON {
  const t = JSON.parse(readFileSync(join(TEMPLATES, file), 'utf8')) as { doc: DocJSON; draftTitle: string; profile: 'dang' | 'nha-nuoc' };
  return prefillDraft(t.doc, t.draftTitle, t.profile, DEFAULT_SETTINGS, NOW, year).doc;
}

/** The printed text of an exported document, per variant, with whitespace folded. */
async function printed(doc: DocJSON): Promise<string[]> {
  const out: string[] = [];
  for (const variant of ['final', 'draft'] as const) {
    const parts = await unzipDocx(await exportDocx(doc, { variant }));
    out.push(textOf(parts['word/document.xml']!).replace(/\s+/g, ' '));
  }
  return out;
}

async function expectNoHintPrinted(doc: DocJSON): Promise<void> {
  const hints = hintsOf(doc);
  for (const text of await printed(doc)) {
    for (const h of hints) expect(text, `hint printed: ${h}`).not.toContain(h.replace(/\s+/g, ' ').trim().slice(0, 40));
  }
}

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const templateFiles = readdirSync(TEMPLATES).filter((f) => f.endsWith('.json') && hintsOf(draftOf(f)).length > 0);

describe('export never prints a hint', () => {
  it('has templates with hints to test', () => {
    expect(templateFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(templateFiles)('%s: a new draft exports none of its hints, in the final and the draft copy', async (file) => {
    const doc = draftOf(file, 2025);
    expect(hintsOf(doc).length).toBeGreaterThan(2);
    await expectNoHintPrinted(doc);
    // And the rest of the text is there (the check above is not vacuous).
    expect((await printed(doc))[0]).toContain('2025');
  });

  it('after Replace All of the year, a paste into a hint and a section moved and moved back with undo, the export prints no hint', async () => {
    const start = draftOf('bao-cao-cong-tac-nam-dang.json');
    const hintCount = hintsOf(start).length;
    editor = mountEditor(start);
    editor.registerPlugin(createFindPlugin());
    const run = (cmd: (s: Editor['state'], d?: Editor['view']['dispatch']) => boolean): boolean => cmd(editor!.state, (tr) => editor!.view.dispatch(tr));

    expect(run(setFindQuery('2026', DEFAULT_FIND_OPTIONS))).toBe(true);
    expect(run(replaceAll('2024'))).toBe(true);
    expect(hintsOf(editor.getJSON() as DocJSON)).toHaveLength(hintCount);

    // Paste two paragraphs into the middle of the first hint of the body.
    let hintPos = -1;
    editor.state.doc.descendants((n, pos) => {
      if (hintPos < 0 && n.attrs.guidance === true) hintPos = pos;
      return hintPos < 0;
    });
    editor.commands.setTextSelection(hintPos + 6);
    editor.view.pasteHTML('<p>Năm 2024, kinh tế tăng trưởng khá.</p><p>Thu ngân sách vượt dự toán.</p>');
    expect(hintsOf(editor.getJSON() as DocJSON)).toHaveLength(hintCount - 1);

    // Move the second top-level heading's section up (Alt+↑), then undo it.
    const body = editor.state.doc.child(2);
    const headings: number[] = [];
    body.forEach((n, _o, i) => {
      if (n.type.name === 'heading' && n.attrs.level === 1) headings.push(i);
    });
    expect(run(moveSection(headings[1]!, headings[0]!))).toBe(true);
    expect(hintsOf(editor.getJSON() as DocJSON)).toHaveLength(hintCount - 1);
    editor.commands.undo();
    const doc = editor.getJSON() as DocJSON;
    expect(hintsOf(doc)).toHaveLength(hintCount - 1);
    await expectNoHintPrinted(doc);
    const text = (await printed(doc))[0]!;
    expect(text).toContain('Năm 2024, kinh tế tăng trưởng khá.');
    expect(text).toContain('Thu ngân sách vượt dự toán.');
  });
});

describe('review-copy merge keeps hints as hints', () => {
  it('a reviewer’s comments merged into a draft (one on a hint) leave every hint a hint, never printed', async () => {
    const doc = draftOf('bao-cao-cong-tac-nam-dang.json');
    const hints = hintsOf(doc);
    const onHint = hints[1]!.slice(0, 25);
    const threads = [
      thread('t-hint', 'd1', onHint, [entry('e1', 't-hint', 'Phần này cần số liệu.')]),
      thread('t-text', 'd1', 'KẾT QUẢ THỰC HIỆN', [entry('e2', 't-text', 'Rõ hơn.')]),
    ];
    const outcome = mergeReviewCopy(
      { draftId: 'd1', doc, threads: [] },
      { format: 'duthao-review-copy', version: 1, draftId: 'd1', title: 'Báo cáo', profile: 'dang', exportedAt: NOW.toISOString(), exportedBy: entry('x', 'x', '').author, doc, threads },
    );
    expect(outcome.addedThreads).toHaveLength(2);
    expect(hintsOf(outcome.doc)).toEqual(hints);
    await expectNoHintPrinted(outcome.doc);
  });
});
