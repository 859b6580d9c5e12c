// @vitest-environment happy-dom
// Resolution indicators (1), (2) … (n) straight through all groups, with continue / restart per list.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { indicatorStarts } from '../../../common/document/indicator-numbering';
import { checkDocument } from '../../../common/document/check';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { exportDocx } from '../../../main/file-formats/docx/export-docx';
import { sampleDangDoc } from '../../helpers/export-samples';
import { paragraphs, textOf, unzipDocx } from '../../helpers/export-xml';
import { makeDoc, mountEditor, p } from '../../helpers/editor';
import { TEMPLATES_DIR } from '../../helpers/repo';

const para = (t: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const indicators = (continueNumbering: boolean, ...items: string[]): NodeJSON => ({
  type: 'orderedList',
  attrs: { start: 1, type: '(1)', continueNumbering },
  content: items.map((t) => ({ type: 'listItem', content: [para(t)] })),
});
const group = (t: string): NodeJSON => ({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: t }] });

/** A resolution's indicators in three groups; the last group restarts when `restartLast`. */
function resolutionBody(restartLast = false): NodeJSON[] {
  return [
    group('Các chỉ tiêu kinh tế'),
    indicators(false, 'Tốc độ tăng trưởng GRDP 7,5%', 'Thu ngân sách 13.000 tỷ đồng'),
    group('Các chỉ tiêu văn hóa – xã hội'),
    indicators(true, 'Tỷ lệ hộ nghèo giảm 0,5%', 'Tạo việc làm cho 20.000 lao động', 'Tỷ lệ bao phủ bảo hiểm y tế 95%'),
    group('Các chỉ tiêu xây dựng Đảng'),
    indicators(!restartLast, 'Kết nạp 1.200 đảng viên'),
  ];
}

describe('indicator numbers', () => {
  it('go straight through the groups, or restart where a list says so', () => {
    const info = (c: boolean, items: number) => ({ type: '(1)', start: 1, continueNumbering: c, items });
    expect(indicatorStarts([info(false, 2), info(true, 3), info(true, 1)])).toEqual([1, 3, 6]);
    expect(indicatorStarts([info(false, 2), { type: null, start: 1, continueNumbering: false, items: 4 }, info(true, 3), info(false, 1)])).toEqual([1, null, 3, 1]);
  });

  it('are accepted by checkDocument (continueNumbering is a boolean)', () => {
    const d = sampleDangDoc();
    const doc = { ...d, content: d.content!.map((c) => (c.type === 'body' ? { ...c, content: resolutionBody() } : c)) } as DocJSON;
    expect(checkDocument(doc).ok).toBe(true);
    const bad = JSON.parse(JSON.stringify(doc).replace('"continueNumbering":true', '"continueNumbering":"yes"'));
    expect(checkDocument(bad).ok).toBe(false);
  });
});

describe('indicator numbers in the export', () => {
  async function texts(restartLast: boolean): Promise<string[]> {
    const d = sampleDangDoc();
    const doc = { ...d, content: d.content!.map((c) => (c.type === 'body' ? { ...c, content: resolutionBody(restartLast) } : c)) } as DocJSON;
    const xml = (await unzipDocx(await exportDocx(doc, { variant: 'final' })))['word/document.xml']!;
    return paragraphs(xml).map(textOf).filter((t) => /^\(\d+\) /.test(t));
  }

  it('prints (1) … (6) through all three groups', async () => {
    expect(await texts(false)).toEqual([
      '(1) Tốc độ tăng trưởng GRDP 7,5%',
      '(2) Thu ngân sách 13.000 tỷ đồng',
      '(3) Tỷ lệ hộ nghèo giảm 0,5%',
      '(4) Tạo việc làm cho 20.000 lao động',
      '(5) Tỷ lệ bao phủ bảo hiểm y tế 95%',
      '(6) Kết nạp 1.200 đảng viên',
    ]);
  });

  it('starts again at (1) in a list set to restart', async () => {
    expect((await texts(true)).at(-1)).toBe('(1) Kết nạp 1.200 đảng viên');
  });
});

describe('indicator lists in the editor', () => {
  let editor: Editor | null = null;
  afterEach(() => editor?.destroy());
  const bodyStart = (e: Editor) => e.state.doc.child(0).nodeSize + e.state.doc.child(1).nodeSize + 1;
  const starts = (e: Editor) => Array.from(e.view.dom.querySelectorAll('ol[data-type="(1)"]')).map((ol) => ol.getAttribute('data-indicator-start'));

  it('toggleIndicatorList numbers paragraphs (1)… going on from the previous indicator list; toggleIndicatorContinue restarts', () => {
    editor = mountEditor(makeDoc([p('Tăng trưởng 7,5%'), p('Thu ngân sách'), p('Nhóm văn hóa'), p('Hộ nghèo giảm')]));
    editor.commands.setTextSelection({ from: bodyStart(editor) + 1, to: bodyStart(editor) + 20 });
    expect(editor.commands.toggleIndicatorList()).toBe(true);
    const json = () => (editor!.getJSON() as DocJSON).content![2]!.content!;
    expect(json()[0]).toMatchObject({ type: 'orderedList', attrs: { type: '(1)', continueNumbering: false } });
    expect(json()[0]!.content).toHaveLength(2);
    // The last paragraph becomes a second indicator list, continuing at (3).
    let last = 0;
    editor.state.doc.descendants((n, pos) => {
      if (n.isTextblock && n.textContent === 'Hộ nghèo giảm') last = pos + 1;
    });
    editor.commands.setTextSelection(last);
    editor.commands.toggleIndicatorList();
    expect(json()[2]).toMatchObject({ type: 'orderedList', attrs: { type: '(1)', continueNumbering: true } });
    expect(starts(editor)).toEqual(['1', '3']);
    editor.commands.toggleIndicatorContinue();
    expect(starts(editor)).toEqual(['1', '1']);
  });
});

describe('the shipped Party resolution template', () => {
  it('numbers its indicators (1) … (10) straight through the four groups', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const template = JSON.parse(readFileSync(join(TEMPLATES_DIR, 'nghi-quyet-nhiem-vu-nam-dang.json'), 'utf8')) as { doc: DocJSON };
    const xml = (await unzipDocx(await exportDocx(template.doc, { variant: 'draft' })))['word/document.xml']!;
    const labels = paragraphs(xml)
      .map(textOf)
      .map((t) => /^\((\d+)\) /.exec(t)?.[1])
      .filter((n): n is string => n !== undefined);
    expect(labels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });
});
