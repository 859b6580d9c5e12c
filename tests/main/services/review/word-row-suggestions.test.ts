// @vitest-environment happy-dom
/**
 * Table rows inserted or deleted in Word with Track Changes on come back as
 * rows suggested for insertion / deletion (a node mark on the row, as the
 * editor makes one), not as paragraphs pushed into a neighbouring cell; the
 * changes around them still land where they belong. Our own export of row
 * suggestions makes the round trip; Word-style XML is written here by hand.
 * The drafter settles them in the editor as on the JSON.
 */
import { Editor } from '@tiptap/core';
import { Node as PMNode } from 'prosemirror-model';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDocument } from '../../../../common/document/check';
import { documentSchema } from '../../../../common/document/schema';
import { acceptAllSuggestions, rejectAllSuggestions } from '../../../../common/document/suggestions';
import type { DocJSON, NodeJSON } from '../../../../common/document/types';
import { listSuggestions } from '../../../../common/suggestions/list-suggestions';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { readWordTrackedChanges } from '../../../../main/file-formats/ooxml/word-tracked-changes-read';
import { mergeWordSuggestions } from '../../../../main/services/review/word-suggestions-merge';
import { documentXml, makeDocx } from '../../../helpers/hostile-files';
import { withRowSuggestions } from '../../../helpers/suggestion-samples';
import { createDocumentExtensions } from '../../../../renderer/src/editor/createDocumentExtensions';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** The body's table as a reader sees it: per row, its cells' text and the row's suggestion (kind and author). */
function tableRows(doc: DocJSON): string[] {
  const table = doc.content!.find((n) => n.type === 'body')!.content!.find((n) => n.type === 'table')!;
  const text = (n: NodeJSON): string => (n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(text).join(''));
  const marked = (n: NodeJSON): string[] => [
    ...(n.marks ?? []).filter((m) => m.type === 'insertion' || m.type === 'deletion').map((m) => `${m.type}:${String(m.attrs?.author)}`),
    ...(n.content ?? []).flatMap(marked),
  ];
  return table.content!.map((row) => `${row.content!.map(text).join('|')}${row.marks?.length ? ` [row ${marked(row)[0]}]` : ''}${!row.marks?.length && marked(row).length ? ` [text ${marked(row).join(',')}]` : ''}`);
}

/** The body as JSON with every attribute spelled out (default values included), to compare documents from either source. */
const bodyText = (doc: DocJSON) => JSON.stringify((PMNode.fromJSON(documentSchema, doc).toJSON() as DocJSON).content!.find((n) => n.type === 'body'));

describe('tracked table rows from Word', () => {
  const withRows = withRowSuggestions();
  const original = rejectAllSuggestions(withRows);

  it('our own export comes back as the same row suggestions on the draft without them; a second merge adds nothing', async () => {
    expect(tableRows(original)).toEqual(['Chỉ tiêu|Kế hoạch|Thực hiện', 'Tăng trưởng GRDP|7,0%|7,12%', 'Thu ngân sách|120.000 tỷ|126.838 tỷ', 'Giải quyết việc làm|30.000 người|31.500 người']);
    const bytes = await exportDocx(withRows, { variant: 'draft' });
    const tracked = await readWordTrackedChanges(bytes);
    expect(tracked.changes.filter((c) => c.row).map((c) => [c.kind, c.text])).toEqual([
      ['insertion', 'Thu hút đầu tư\n15.000 tỷ\n16.200 tỷ\n'],
      ['deletion', 'Thu ngân sách\n120.000 tỷ\n126.838 tỷ\n'],
    ]);
    const merged = mergeWordSuggestions({ draftId: 'd-rows', doc: original }, tracked);
    expect(merged.unmatched).toEqual([]);
    expect(merged.added).toBe(2);
    expect(checkDocument(merged.doc).ok).toBe(true);
    expect(tableRows(merged.doc)).toEqual(tableRows(withRows));
    expect(tableRows(merged.doc)).toEqual([
      'Chỉ tiêu|Kế hoạch|Thực hiện',
      'Tăng trưởng GRDP|7,0%|7,12%',
      'Thu hút đầu tư|15.000 tỷ|16.200 tỷ [row insertion:Trần Thị Bình]',
      'Thu ngân sách|120.000 tỷ|126.838 tỷ [row deletion:Nguyễn Văn An]',
      'Giải quyết việc làm|30.000 người|31.500 người',
    ]);
    expect(bodyText(acceptAllSuggestions(merged.doc))).toBe(bodyText(acceptAllSuggestions(withRows)));
    expect(bodyText(rejectAllSuggestions(merged.doc))).toBe(bodyText(original));
    expect(mergeWordSuggestions({ draftId: 'd-rows', doc: merged.doc }, tracked)).toMatchObject({ added: 0, skipped: 2, docChanged: false });
  });

  it("in the editor, accepting both keeps the new row and removes the deleted one, as on the JSON; undone and rejected, the table is the drafter's again", async () => {
    const bytes = await exportDocx(withRows, { variant: 'draft' });
    const merged = mergeWordSuggestions({ draftId: 'd-rows', doc: original }, await readWordTrackedChanges(bytes)).doc;
    const [inserted, deleted] = listSuggestions(merged);
    const element = document.createElement('div');
    document.body.appendChild(element);
    editor = new Editor({ element, extensions: createDocumentExtensions({ suggestions: { author: () => 'Chánh Văn phòng' } }), content: merged as never });
    editor.commands.acceptSuggestion(inserted!.id);
    editor.commands.acceptSuggestion(deleted!.id);
    expect(tableRows(editor.getJSON() as DocJSON)).toEqual(tableRows(acceptAllSuggestions(merged)));
    expect(tableRows(editor.getJSON() as DocJSON)).toEqual(['Chỉ tiêu|Kế hoạch|Thực hiện', 'Tăng trưởng GRDP|7,0%|7,12%', 'Thu hút đầu tư|15.000 tỷ|16.200 tỷ', 'Giải quyết việc làm|30.000 người|31.500 người']);
    editor.commands.undo();
    editor.commands.undo();
    editor.commands.rejectAllSuggestions();
    expect(tableRows(editor.getJSON() as DocJSON)).toEqual(tableRows(original));
  });

  it("a draft's own row suggestions that come back from Word are recognised, not doubled", async () => {
    const merged = mergeWordSuggestions({ draftId: 'd-own', doc: withRows }, await readWordTrackedChanges(await exportDocx(withRows, { variant: 'draft' })));
    expect(merged.added).toBe(0);
    expect(tableRows(merged.doc)).toEqual(tableRows(withRows));
  });

  it('rows inserted and deleted as Word writes them become row suggestions, and the text changes around them land in place', async () => {
    const by = (id: number) => `w:id="${id}" w:author="Lê Văn Cường" w:date="2026-12-03T10:00:00Z"`;
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const ins = (text: string, id: number) => `<w:ins ${by(id)}>${run(text)}</w:ins>`;
    const del = (text: string, id: number) => `<w:del ${by(id)}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
    const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p>${content}</w:p></w:tc>`;
    const row = (cells: string[], trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.map(cell).join('')}</w:tr>`;
    const xml = documentXml(
      `<w:p>${run('Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026 như sau:')}</w:p><w:tbl><w:tblPr/><w:tblGrid/>` +
        row([run('Chỉ tiêu'), run('Kế hoạch'), run('Thực hiện')]) +
        row([run('Tăng trưởng GRDP'), run('7,0%'), run('7,12%')]) +
        row([ins('Thu hút đầu tư', 2), ins('15.000 tỷ', 3), ins('16.200 tỷ', 4)], `<w:ins ${by(1)}/>`) +
        row([del('Thu ngân sách', 6), del('120.000 tỷ', 7), del('126.838 tỷ', 8)], `<w:cantSplit/><w:del ${by(5)}/>`) +
        row([run('Giải quyết việc làm'), run('30.000 người'), `${del('31.500', 9)}${ins('32.000', 10)}${run(' người')}`]) +
        `</w:tbl><w:p>${run('Đoạn cuối.')}${ins(' Hết.', 11)}</w:p>`,
    );
    const tracked = await readWordTrackedChanges(makeDocx({ 'word/document.xml': xml }));
    expect(tracked.changes.map((c) => [c.kind, c.text, c.row ?? false])).toEqual([
      ['insertion', 'Thu hút đầu tư\n15.000 tỷ\n16.200 tỷ\n', true],
      ['deletion', 'Thu ngân sách\n120.000 tỷ\n126.838 tỷ\n', true],
      ['deletion', '31.500', false],
      ['insertion', '32.000', false],
      ['insertion', ' Hết.', false],
    ]);
    const merged = mergeWordSuggestions({ draftId: 'd-word-rows', doc: original }, tracked);
    expect(merged.unmatched).toEqual([]);
    expect(merged.added).toBe(5);
    expect(checkDocument(merged.doc).ok).toBe(true);
    expect(tableRows(merged.doc)).toEqual([
      'Chỉ tiêu|Kế hoạch|Thực hiện',
      'Tăng trưởng GRDP|7,0%|7,12%',
      'Thu hút đầu tư|15.000 tỷ|16.200 tỷ [row insertion:Lê Văn Cường]',
      'Thu ngân sách|120.000 tỷ|126.838 tỷ [row deletion:Lê Văn Cường]',
      'Giải quyết việc làm|30.000 người|31.50032.000 người [text deletion:Lê Văn Cường,insertion:Lê Văn Cường]',
    ]);
    expect(listSuggestions(merged.doc).map((s) => [s.kind, s.inserted || s.deleted])).toEqual([
      ['insert', 'Thu hút đầu tư 15.000 tỷ 16.200 tỷ'],
      ['delete', 'Thu ngân sách 120.000 tỷ 126.838 tỷ'],
      ['delete', '31.500'],
      ['insert', '32.000'],
      ['insert', ' Hết.'],
    ]);
    const accepted = acceptAllSuggestions(merged.doc);
    expect(tableRows(accepted)).toEqual(['Chỉ tiêu|Kế hoạch|Thực hiện', 'Tăng trưởng GRDP|7,0%|7,12%', 'Thu hút đầu tư|15.000 tỷ|16.200 tỷ', 'Giải quyết việc làm|30.000 người|32.000 người']);
    expect(bodyText(accepted)).toContain('Đoạn cuối. Hết.');
    expect(bodyText(rejectAllSuggestions(merged.doc))).toBe(bodyText(original));
  });

  it('an inserted row whose cells do not fit the table is named as not placed, never pushed into a cell', async () => {
    const by = `w:id="1" w:author="Lê Văn Cường" w:date="2026-12-03T10:00:00Z"`;
    const cell = (text: string) => `<w:tc><w:p><w:ins ${by}><w:r><w:t>${text}</w:t></w:r></w:ins></w:p></w:tc>`;
    const plain = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const xml = documentXml(
      `<w:tbl><w:tr>${plain('Tăng trưởng GRDP')}${plain('7,0%')}${plain('7,12%')}</w:tr><w:tr><w:trPr><w:ins ${by}/></w:trPr>${cell('Hai')}${cell('cột')}</w:tr>` +
        `<w:tr>${plain('Thu ngân sách')}${plain('120.000 tỷ')}${plain('126.838 tỷ')}</w:tr></w:tbl>`,
    );
    const merged = mergeWordSuggestions({ draftId: 'd-misfit', doc: original }, await readWordTrackedChanges(makeDocx({ 'word/document.xml': xml })));
    expect(merged.unmatched).toEqual([{ kind: 'insertion', author: 'Lê Văn Cường', text: 'Hai\ncột\n' }]);
    expect(merged.docChanged).toBe(false);
  });
});
