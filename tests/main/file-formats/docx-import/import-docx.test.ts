// Word import ("Nhập từ Word"): hostile files give a clear Vietnamese error,
// the original file is never changed, header lines are read back into
// fields, the recogniser keeps what it cannot map, and the year shift moves
// the title block's years only; tracked formatting changes follow the
// accept-all / reject-all choice.
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../common/document/types';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { FileRejectedError } from '../../../../main/file-formats/ooxml/file-rejected';
import type { WordBlock, WordInline, WordParagraph } from '../../../../main/file-formats/docx-import/blocks';
import { parseDateLine, parseNumberLine } from '../../../../main/file-formats/docx-import/header-text';
import { importDocx } from '../../../../main/file-formats/docx-import/import-docx';
import { recognise } from '../../../../main/file-formats/docx-import/recognise';
import { proposeYearShift, shiftYears } from '../../../../main/file-formats/docx-import/year-shift';
import { sampleDangDoc } from '../../../helpers/export-samples';
import { documentXml, makeDocx, rawZip, W, zeroBombDeflate } from '../../../helpers/hostile-files';

const GiB = 1024 * 1024 * 1024;

async function rejection(p: Promise<unknown>): Promise<FileRejectedError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FileRejectedError) return err;
    throw err;
  }
  throw new Error('expected a FileRejectedError');
}

describe('hostile and broken .docx files', () => {
  it('a zip bomb (document.xml inflating to 1 GiB) is refused with a Vietnamese message, before mammoth sees it', async () => {
    const bomb = rawZip([{ name: 'word/document.xml', data: zeroBombDeflate(GiB), method: 8, declaredSize: 1000 }]);
    const err = await rejection(importDocx(bomb));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.problem).toBe('part-too-large');
    expect(err.message).toMatch(/giải nén ra quá lớn/);
  });

  it('malformed XML in document.xml is refused as a damaged file', async () => {
    const bad = makeDocx({ 'word/document.xml': documentXml('<w:p><w:r><w:t>Chưa đóng thẻ</w:r></w:p>') });
    const err = await rejection(importDocx(bad));
    expect(err.problem).toBe('not-xml');
    expect(err.message).toMatch(/Tệp Word/);
  });

  it('a file that is not a zip at all is refused as "không phải là tệp Word"', async () => {
    const err = await rejection(importDocx(new TextEncoder().encode('Đây là một tệp văn bản thường.')));
    expect(err.message).toBe('Tệp này không phải là tệp Word (.docx) hợp lệ.');
  });

  it('a well-formed package whose document has no body gives a Vietnamese error, not a crash', async () => {
    const empty = makeDocx({ 'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="${W}"/>` });
    await expect(importDocx(empty)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'Tệp Word có cấu trúc mà DuThao không đọc được. Hãy mở bằng Word và lưu lại dưới dạng .docx.' });
  });

  it('leaves the bytes it was given unchanged', async () => {
    const bytes = await exportDocx(sampleDangDoc(), { variant: 'final' });
    const copy = bytes.slice();
    await importDocx(bytes, { trackedChanges: 'reject' });
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});

describe('header lines read back into fields', () => {
  it('splits the number and symbol of both profiles, blank numbers included', () => {
    expect(parseNumberLine('Số 123-BC/TU', 'dang')).toEqual({ number: '123', typeCode: 'BC', bodyCode: 'TU' });
    expect(parseNumberLine('Số       -NQ/HU', 'dang')).toEqual({ number: '', typeCode: 'NQ', bodyCode: 'HU' });
    expect(parseNumberLine('Số: 45/BC-UBND', 'nha-nuoc')).toEqual({ number: '45', typeCode: 'BC', bodyCode: 'UBND' });
    expect(parseNumberLine('Số: 05/UBND-VP', 'nha-nuoc')).toEqual({ number: '05', typeCode: '', bodyCode: 'UBND-VP' });
    expect(parseNumberLine('Số liệu năm 2024', 'dang')).toBeNull();
  });

  it('reads place and date; a blank day and month keeps the year apart', () => {
    expect(parseDateLine('Cần Thơ, ngày 05 tháng 02 năm 2025')).toEqual({ place: 'Cần Thơ', date: '2025-02-05', blankYear: null });
    expect(parseDateLine('Hà Nội, ngày …  tháng …  năm 2025')).toEqual({ place: 'Hà Nội', date: '', blankYear: 2025 });
    expect(parseDateLine('ngày 31 tháng 02 năm 2025')).toEqual({ place: '', date: '', blankYear: 2025 });
  });
});

const text = (t: string, look: Partial<{ bold: boolean; italic: boolean }> = {}): WordInline => ({ kind: 'text', text: t, bold: look.bold ?? false, italic: look.italic ?? false, underline: false });
const p = (inlines: WordInline[] | string, extra: Partial<WordParagraph> = {}): WordParagraph => ({
  kind: 'paragraph',
  styleId: '',
  styleName: '',
  align: '',
  numbering: null,
  pageBreakBefore: false,
  inlines: typeof inlines === 'string' ? [text(inlines)] : inlines,
  pageBreakInside: false,
  landscape: false,
  ...extra,
});

describe('the recogniser', () => {
  it('keeps every paragraph it cannot map, and says how many in the report', () => {
    const blocks: WordBlock[] = [
      p('THÀNH ỦY CẦN THƠ\tĐẢNG CỘNG SẢN VIỆT NAM'),
      p('Số 12-BC/TU\tCần Thơ, ngày 05 tháng 12 năm 2024'),
      p('Mật danh: ABC\tghi chú lạ'),
      p([text('BÁO CÁO', { bold: true })], { align: 'center' }),
      p([text('công tác năm 2024', { bold: true })], { align: 'center' }),
      p('Nội dung báo cáo.'),
    ];
    const r = recognise(blocks);
    const body = r.doc.content![2]!.content!;
    expect(body.map((n) => n.content?.map((c) => c.text).join(''))).toEqual(['Mật danh: ABC', 'ghi chú lạ', 'Nội dung báo cáo.']);
    expect(r.report.notes.find((n) => n.code === 'unrecognised')!.message).toBe('2 đoạn không nhận dạng được, giữ nguyên dạng đoạn văn.');
    expect(r.report.notes.map((n) => n.code)).toContain('no-closing');
  });

  it('makes a heading only of a title-like numbered line; a numbered sentence stays text with its number', () => {
    const r = recognise([p([text('2. Về văn hóa - xã hội', { bold: true })]), p('2. Trong năm, toàn tỉnh giải quyết việc làm cho 25.000 lao động.'), p([text('a) Giáo dục', { italic: true })])]);
    const body = r.doc.content![2]!.content!;
    expect(body.map((n) => [n.type, n.attrs?.level ?? null, n.content?.[0]?.text])).toEqual([
      ['heading', 2, 'Về văn hóa - xã hội'],
      ['paragraph', null, '2. Trong năm, toàn tỉnh giải quyết việc làm cho 25.000 lao động.'],
      ['heading', 3, 'Giáo dục'],
    ]);
  });

  it('an empty file still gives a valid document with one empty paragraph', () => {
    const r = recognise([]);
    expect(r.doc.content!.map((n) => n.type)).toEqual(['header', 'documentTitle', 'body', 'closing']);
    expect(r.doc.content![2]!.content).toEqual([{ type: 'paragraph' }]);
  });
});

describe('year shift on import', () => {
  const doc = (subject: string): DocJSON => ({ type: 'doc', content: [{ type: 'header', attrs: {} }, { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject } }, { type: 'body', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Năm 2024 đạt 7%.' }] }] }, { type: 'closing', attrs: {} }] });

  it('proposes last year → this year from the subject, and shifts "năm 2024 … năm 2025" to "năm 2025 … năm 2026", not the body', () => {
    const d = doc('kết quả năm 2024; phương hướng năm 2025');
    expect(proposeYearShift(d, 2025)).toEqual({ from: 2024, to: 2025 });
    expect(proposeYearShift(doc('nhiệm vụ năm 2025'), 2025)).toBeNull();
    const shifted = shiftYears(d, { from: 2024, to: 2025 });
    expect(shifted.count).toBe(2);
    expect(shifted.doc.content![1]!.attrs!.subject).toBe('kết quả năm 2025; phương hướng năm 2026');
    expect(shifted.doc.content![2]).toEqual(d.content![2]);
  });
});

describe('tracked formatting changes in a new document', () => {
  const by = (id: number) => `w:id="${id}" w:author="Lê Văn Cường" w:date="2026-12-03T10:00:00Z"`;
  const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  // "vượt mức" made bold, "dự toán" no longer italic, the paragraph centred (was justified); one inserted word so the file has tracked changes.
  const file = makeDocx({
    'word/document.xml': documentXml(
      `<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange ${by(1)}><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrChange></w:pPr>${run('Thu ngân sách ')}` +
        `${run('vượt mức', `<w:b/><w:bCs/><w:rPrChange ${by(2)}><w:rPr/></w:rPrChange>`)}${run(' ')}` +
        `${run('dự toán', `<w:rPrChange ${by(3)}><w:rPr><w:i/><w:iCs/></w:rPr></w:rPrChange>`)}` +
        `<w:ins ${by(4)}>${run(' năm')}</w:ins>${run('.')}</w:p>`,
    ),
  });
  /** The marks of each text run of the paragraph holding `needle`. */
  const looks = (doc: DocJSON, needle: string): string[] => {
    const para = findParagraph(doc, needle);
    return (para?.content ?? []).map((c) => `${c.text ?? ''}[${(c.marks ?? []).map((m) => m.type).join('+')}]`);
  };
  function findParagraph(node: DocJSON | NonNullable<DocJSON['content']>[number], needle: string): NonNullable<DocJSON['content']>[number] | null {
    if (node.type === 'paragraph' && (node.content ?? []).map((c) => c.text ?? '').join('').includes(needle)) return node;
    for (const c of node.content ?? []) {
      const found = findParagraph(c, needle);
      if (found) return found;
    }
    return null;
  }

  it('accept all keeps the new look; reject all gives the old look back (not bold, italic again)', async () => {
    const accepted = (await importDocx(file, { trackedChanges: 'accept' })).doc;
    expect(looks(accepted, 'Thu ngân sách')).toEqual(['Thu ngân sách []', 'vượt mức[bold]', ' dự toán năm.[]']);
    const rejected = (await importDocx(file, { trackedChanges: 'reject' })).doc;
    expect(looks(rejected, 'Thu ngân sách')).toEqual(['Thu ngân sách vượt mức []', 'dự toán[italic]', '.[]']);
  });
});

describe('tracked table rows in a new document', () => {
  const by = (id: number) => `w:id="${id}" w:author="Lê Văn Cường" w:date="2026-12-03T10:00:00Z"`;
  const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p>${content}</w:p></w:tc>`;
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const row = (cells: string[], trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.map(cell).join('')}</w:tr>`;
  const file = makeDocx({
    'word/document.xml': documentXml(
      `<w:p>${run('Kết quả thực hiện các chỉ tiêu:')}</w:p><w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>` +
        row([run('Chỉ tiêu'), run('Thực hiện')]) +
        row([`<w:ins ${by(2)}>${run('Thu hút đầu tư')}</w:ins>`, `<w:ins ${by(3)}>${run('16.200 tỷ')}</w:ins>`], `<w:ins ${by(1)}/>`) +
        row([`<w:del ${by(5)}><w:r><w:delText>Thu ngân sách</w:delText></w:r></w:del>`, `<w:del ${by(6)}><w:r><w:delText>126.838 tỷ</w:delText></w:r></w:del>`], `<w:cantSplit/><w:del ${by(4)}/>`) +
        row([run('Giải quyết việc làm'), run('31.500 người')]) +
        `</w:tbl><w:p>${run('Đoạn cuối.')}</w:p>`,
    ),
  });
  const rows = (doc: DocJSON): string[] => {
    const text = (n: NonNullable<DocJSON['content']>[number]): string => (n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(text).join('|'));
    const tables: string[] = [];
    const visit = (n: NonNullable<DocJSON['content']>[number]) => {
      if (n.type === 'table') for (const r of n.content ?? []) tables.push(text(r).replace(/\|+/g, '|'));
      else (n.content ?? []).forEach(visit);
    };
    visit(doc as NonNullable<DocJSON['content']>[number]);
    return tables;
  };

  it('accept all keeps the inserted row and removes the deleted one; reject all the reverse (no empty rows left)', async () => {
    expect(rows((await importDocx(file, { trackedChanges: 'accept' })).doc)).toEqual(['Chỉ tiêu|Thực hiện', 'Thu hút đầu tư|16.200 tỷ', 'Giải quyết việc làm|31.500 người']);
    expect(rows((await importDocx(file, { trackedChanges: 'reject' })).doc)).toEqual(['Chỉ tiêu|Thực hiện', 'Thu ngân sách|126.838 tỷ', 'Giải quyết việc làm|31.500 người']);
  });
});
