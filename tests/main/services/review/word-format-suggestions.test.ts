// @vitest-environment happy-dom
/**
 * Formatting changes a leader made in Word with Track Changes on (bold,
 * italic, underline added or removed: `w:rPrChange`) come back as format
 * suggestions on the draft, in the editor's own form, so the side panel card
 * reads "Đề xuất: định dạng «…»" and accepting / rejecting works in the
 * editor and on the JSON alike. Other run formatting (colour, size…) and
 * paragraph formatting (`w:pPrChange`) are not taken over but counted and
 * named in the report. The Word-style files are written here by hand.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { checkDocument } from '../../../../common/document/check';
import { acceptAllSuggestions, rejectAllSuggestions } from '../../../../common/document/suggestions';
import type { Draft } from '../../../../common/api/contract';
import type { DocJSON, MarkJSON, NodeJSON } from '../../../../common/document/types';
import type { MergeReport } from '../../../../common/review/api';
import { mergeNotices } from '../../../../common/review/merge-notices';
import { describeSuggestion, listSuggestions } from '../../../../common/suggestions/list-suggestions';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { readWordTrackedChanges } from '../../../../main/file-formats/ooxml/word-tracked-changes-read';
import { mergeWordSuggestions, wordSuggestionsReport } from '../../../../main/services/review/word-suggestions-merge';
import { createDocumentExtensions } from '../../../../renderer/src/editor/createDocumentExtensions';
import { makeDoc } from '../../../helpers/editor';
import { openTestServices } from '../../../helpers/hostile-services';
import { documentXml, makeDocx } from '../../../helpers/hostile-files';
import { an, binh, p, t } from '../../../helpers/suggestion-samples';

const mod = (id: string, by: typeof an, previousValue: MarkJSON | null, newValue: MarkJSON | null): MarkJSON => ({
  type: 'modification',
  attrs: { id, ...by, type: 'mark', attrName: null, previousValue, newValue },
});

/** The format suggestions of a document as a user sees them: text, author, which mark changed how (ids and times left out). */
function formatMarks(doc: DocJSON): string[] {
  const out: string[] = [];
  const visit = (n: NodeJSON) => {
    for (const m of n.marks ?? []) {
      if (m.type !== 'modification') continue;
      const prev = m.attrs?.previousValue as MarkJSON | null;
      const next = m.attrs?.newValue as MarkJSON | null;
      out.push(`${n.text}|${String(m.attrs?.author)}|${prev?.type ?? '∅'}→${next?.type ?? '∅'}|${(n.marks ?? []).filter((x) => x.type !== 'modification').map((x) => x.type).join('+')}`);
    }
    (n.content ?? []).forEach(visit);
  };
  visit(doc);
  return out.sort();
}

/** The body as a reader sees it: per paragraph, its runs of text with their marks (attributes and ids left out). */
function look(doc: DocJSON): string[] {
  return doc.content!.find((n) => n.type === 'body')!.content!.map((para) => {
    const runs: string[] = [];
    let last = '';
    for (const c of para.content ?? []) {
      const marks = (c.marks ?? []).map((m) => m.type).join('+');
      if (runs.length > 0 && marks === last) runs[runs.length - 1] = runs[runs.length - 1]!.replace(/\[[^\]]*\]$/, '') + `${c.text ?? ''}[${marks}]`;
      else runs.push(`${c.text ?? ''}[${marks}]`);
      last = marks;
    }
    return runs.join('');
  });
}

const svc = openTestServices();
afterAll(() => svc.close());
async function call<T>(method: string, args: unknown): Promise<T> {
  return (await svc.call(method as never, args)) as T;
}

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function mount(doc: DocJSON): Editor {
  const element = document.createElement('div');
  document.body.appendChild(element);
  editor = new Editor({ element, extensions: createDocumentExtensions({ suggestions: { author: () => 'Chánh Văn phòng' } }), content: doc as never });
  return editor;
}

describe('format suggestions travel through Word and back', () => {
  // Bold and italic added by Bình on one passage (two marks, one suggestion, as the editor records it); underline removed by An.
  const withFormats = makeDoc([
    p(t('Thu ngân sách đạt '), t('chỉ tiêu', { type: 'bold' }, { type: 'italic' }, mod('s-5', binh, null, { type: 'bold' }), mod('s-5', binh, null, { type: 'italic' })), t(' đề ra.')),
    p(t('Công tác '), t('cải cách hành chính', mod('s-6', an, { type: 'underline' }, null)), t(' được chú trọng.')),
  ]);
  const original = rejectAllSuggestions(withFormats);

  it('the draft without them gets back the same format changes (text, author, mark) from our own .docx', async () => {
    expect(checkDocument(withFormats).ok).toBe(true);
    expect(formatMarks(original)).toEqual([]);
    const bytes = await exportDocx(withFormats, { variant: 'draft' });
    const merged = mergeWordSuggestions({ draftId: 'd-format', doc: original }, await readWordTrackedChanges(bytes));
    expect(merged.unmatched).toEqual([]);
    expect(merged.added).toBe(2);
    // The export writes the full previous run properties (font, size): nothing but the marks changed.
    expect(merged.notTaken).toEqual({ otherFormat: 0, paragraphFormat: 0 });
    expect(formatMarks(merged.doc)).toEqual(formatMarks(withFormats));
    expect(formatMarks(merged.doc)).toEqual([
      'chỉ tiêu|Trần Thị Bình|∅→bold|bold+italic',
      'chỉ tiêu|Trần Thị Bình|∅→italic|bold+italic',
      'cải cách hành chính|Nguyễn Văn An|underline→∅|',
    ]);
    expect(listSuggestions(merged.doc).map((s) => [s.kind, s.author, s.formats.join(',')])).toEqual([
      ['format', 'Trần Thị Bình', '+bold,+italic'],
      ['format', 'Nguyễn Văn An', '-underline'],
    ]);
    expect(checkDocument(merged.doc).ok).toBe(true);
    // Merging the same file again adds nothing.
    const again = mergeWordSuggestions({ draftId: 'd-format', doc: merged.doc }, await readWordTrackedChanges(bytes));
    expect(again).toMatchObject({ added: 0, skipped: 2, docChanged: false });
  });

  it('the side panel card reads "Đề xuất: định dạng «…»" once, and accept / reject in the editor equal accept / reject on the JSON', async () => {
    const bytes = await exportDocx(withFormats, { variant: 'draft' });
    const merged = mergeWordSuggestions({ draftId: 'd-format', doc: original }, await readWordTrackedChanges(bytes)).doc;
    const [bold, underline] = listSuggestions(merged);
    expect(describeSuggestion(bold!)).toBe('Đề xuất: định dạng «chỉ tiêu»');
    expect(describeSuggestion(underline!)).toBe('Đề xuất: định dạng «cải cách hành chính»');

    const e = mount(merged);
    e.commands.rejectSuggestion(bold!.id);
    e.commands.rejectSuggestion(underline!.id);
    expect(formatMarks(e.getJSON() as DocJSON)).toEqual([]);
    const rejected = e.getJSON() as DocJSON;
    expect(look(rejected)).toEqual(look(rejectAllSuggestions(merged)));
    expect(look(rejected)).toEqual(look(original)); // not bold, not italic, underlined again
    e.commands.undo();
    e.commands.undo();
    expect(formatMarks(e.getJSON() as DocJSON)).toEqual(formatMarks(merged));
    e.commands.acceptAllSuggestions();
    const accepted = e.getJSON() as DocJSON;
    expect(look(accepted)).toEqual(look(acceptAllSuggestions(merged)));
    expect(look(accepted)).toEqual(look(acceptAllSuggestions(withFormats)));
    expect(formatMarks(accepted)).toEqual([]);
    expect(look(accepted)[0]).toBe('Thu ngân sách đạt []chỉ tiêu[bold+italic] đề ra.[]');
  });
});

describe('formatting changes as Word writes them', () => {
  const by = (id: number, author = 'Lê Văn Cường') => `w:id="${id}" w:author="${author}" w:date="2026-12-03T10:00:00Z"`;
  const font = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>';
  const run = (text: string, rPr = '') => `<w:r w:rsidR="00B2">${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const changed = (text: string, now: string, old: string, id: number, author?: string) =>
    run(text, `${now}<w:rPrChange ${by(id, author)}><w:rPr>${old}</w:rPr></w:rPrChange>`);
  const file = makeDocx({
    'word/document.xml': documentXml(
      // Bold added, Word splitting it over two runs (one change); colour only; italic with a new size; bold removed by another author.
      `<w:p>${run('Năm 2026, toàn tỉnh hoàn thành ', font)}${changed('vượt mức', `${font}<w:b/><w:bCs/>`, font, 1)}${changed(' kế hoạch', `${font}<w:b/><w:bCs/>`, font, 2)}` +
        `${run(' các chỉ tiêu ', font)}${changed('chủ yếu', `${font}<w:color w:val="FF0000"/>`, font, 3)}${run(', kinh tế ', font)}` +
        `${changed('tăng trưởng khá', '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:i/><w:sz w:val="30"/>', font, 4)}${run('.', font)}</w:p>` +
        // The paragraph mark made bold (not text: passed over quietly) and the paragraph centred (counted).
        `<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/><w:rPrChange ${by(5)}><w:rPr/></w:rPrChange></w:rPr><w:pPrChange ${by(6)}><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrChange></w:pPr>` +
        `${run('Thu ngân sách ', font)}${changed('đạt', `${font}<w:b w:val="0"/>`, `${font}<w:b/>`, 7, 'Phạm Thị Dung')}${run(' dự toán.', font)}</w:p>`,
    ),
  });
  const draft = makeDoc([
    p(t('Năm 2026, toàn tỉnh hoàn thành vượt mức kế hoạch các chỉ tiêu chủ yếu, kinh tế tăng trưởng khá.')),
    p(t('Thu ngân sách '), t('đạt', { type: 'bold' }), t(' dự toán.')),
  ]);

  it('reads each change: the marks it adds or removes, other properties, split runs joined, the paragraph mark left out', async () => {
    const read = await readWordTrackedChanges(file);
    expect(read.changes.map((c) => [c.kind, c.text, c.author, c.marks, c.otherFormat])).toEqual([
      ['modification', 'vượt mức kế hoạch', 'Lê Văn Cường', [{ mark: 'bold', added: true }], false],
      ['modification', 'chủ yếu', 'Lê Văn Cường', [], true],
      ['modification', 'tăng trưởng khá', 'Lê Văn Cường', [{ mark: 'italic', added: true }], true],
      ['modification', 'đạt', 'Phạm Thị Dung', [{ mark: 'bold', added: false }], false],
    ]);
    expect(read.paragraphFormatChanges).toBe(1);
    expect(read.changes[0]).toMatchObject({ before: '6, toàn tỉnh hoàn thành ', after: ' các chỉ tiêu chủ yếu, k' });
  });

  it('become format suggestions on the draft; the others are counted and named in the report; a second merge adds nothing', async () => {
    const tracked = await readWordTrackedChanges(file);
    const merged = mergeWordSuggestions({ draftId: 'd-word', doc: draft }, tracked);
    expect(merged.unmatched).toEqual([]);
    expect(merged.added).toBe(3);
    expect(checkDocument(merged.doc).ok).toBe(true);
    expect(formatMarks(merged.doc)).toEqual(['tăng trưởng khá|Lê Văn Cường|∅→italic|italic', 'vượt mức kế hoạch|Lê Văn Cường|∅→bold|bold', 'đạt|Phạm Thị Dung|bold→∅|']);
    expect(listSuggestions(merged.doc).map(describeSuggestion)).toEqual([
      'Đề xuất: định dạng «vượt mức kế hoạch»',
      'Đề xuất: định dạng «tăng trưởng khá»',
      'Đề xuất: định dạng «đạt»',
    ]);
    // The text is the drafter's: rejecting everything gives the draft back.
    expect(look(rejectAllSuggestions(merged.doc))).toEqual(look(draft));
    const notices = mergeNotices({ wordSuggestions: wordSuggestionsReport(merged) });
    expect(notices).toEqual([
      'Đã thêm 3 đề xuất sửa từ các thay đổi được theo dõi (track changes) trong tệp Word.',
      '2 thay đổi định dạng khác (màu, cỡ chữ, phông chữ…) không đưa vào: đề xuất sửa chỉ ghi in đậm, in nghiêng, gạch chân.',
      '1 thay đổi định dạng đoạn văn (căn lề, thụt lề, giãn dòng…) không đưa vào: đoạn văn của dự thảo theo thể thức văn bản.',
    ]);
    const again = mergeWordSuggestions({ draftId: 'd-word', doc: merged.doc }, tracked);
    expect(again).toMatchObject({ added: 0, skipped: 3, docChanged: false });
  });

  it('through "Nhập góp ý từ Word": the report counts what was added and what was not taken over', async () => {
    const { id } = await call<Draft>('createDraft', { templateId: 'blank' });
    await call('saveDraft', { id, doc: draft });
    const fileB64 = Buffer.from(file).toString('base64');
    const report = await call<MergeReport>('importWordComments', { draftId: id, file: fileB64 });
    expect(report.wordSuggestions).toEqual({ added: 3, skipped: 0, unmatched: [], notTaken: { otherFormat: 2, paragraphFormat: 1 } });
    const stored = (await call<Draft>('getDraft', { id })).doc as DocJSON;
    expect(listSuggestions(stored).map((s) => s.kind)).toEqual(['format', 'format', 'format']);
  });

  it('a change the draft already shows (the passage is bold already) adds nothing and is counted as already there', async () => {
    const boldAlready = makeDoc([
      p(t('Năm 2026, toàn tỉnh hoàn thành '), t('vượt mức kế hoạch', { type: 'bold' }), t(' các chỉ tiêu chủ yếu, kinh tế tăng trưởng khá.')),
      p(t('Thu ngân sách '), t('đạt', { type: 'bold' }), t(' dự toán.')),
    ]);
    const merged = mergeWordSuggestions({ draftId: 'd-word', doc: boldAlready }, await readWordTrackedChanges(file));
    expect(merged).toMatchObject({ added: 2, skipped: 1, unmatched: [] });
    expect(formatMarks(merged.doc)).toEqual(['tăng trưởng khá|Lê Văn Cường|∅→italic|italic', 'đạt|Phạm Thị Dung|bold→∅|']);
    expect(look(rejectAllSuggestions(merged.doc))).toEqual(look(boldAlready));
  });

  it('a format change whose passage the drafter rewrote is named as not placed', async () => {
    const rewritten = makeDoc([p(t('Một câu khác hẳn.')), p(t('Thu ngân sách '), t('đạt', { type: 'bold' }), t(' dự toán.'))]);
    const merged = mergeWordSuggestions({ draftId: 'd-word', doc: rewritten }, await readWordTrackedChanges(file));
    expect(merged.unmatched).toEqual([
      { kind: 'modification', author: 'Lê Văn Cường', text: 'vượt mức kế hoạch' },
      { kind: 'modification', author: 'Lê Văn Cường', text: 'tăng trưởng khá' },
    ]);
    expect(mergeNotices({ wordSuggestions: wordSuggestionsReport(merged) }).join(' ')).toContain('định dạng “vượt mức kế hoạch” (Lê Văn Cường)');
  });
});
