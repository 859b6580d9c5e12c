import { describe, expect, it } from 'vitest';
import { appendixLabels, appendixNoteLine, bodyNameInText, typeNameInText, type AppendixSource } from '../../../common/document/appendix-numbering';
import { documentSchema } from '../../../common/document/schema';
import { checkDocument } from '../../../common/document/check';
import { checkFormat } from '../../../common/format-check/check-format';
import { DANG_PROFILE } from '../../../common/profile/builtin';
import { makeDoc, p } from '../../helpers/editor';

const DANG: AppendixSource = { profile: 'dang', number: '123', typeCode: 'BC', bodyCode: 'TU', date: '2024-12-15', issuingBody: 'THÀNH ỦY CẦN THƠ', documentType: 'BÁO CÁO' };
const NHA_NUOC: AppendixSource = { profile: 'nha-nuoc', number: '5', typeCode: 'QĐ', bodyCode: 'UBND', date: '2025-02-05', issuingBody: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', documentType: 'QUYẾT ĐỊNH' };

describe('appendix labels (Phụ lục)', () => {
  it('one appendix is "Phụ lục" alone, in both profiles', () => {
    expect(appendixLabels(1, 'dang')).toEqual(['Phụ lục']);
    expect(appendixLabels(1, 'nha-nuoc')).toEqual(['Phụ lục']);
    expect(appendixLabels(0, 'dang')).toEqual([]);
  });

  it('two or more are numbered: Roman in nha-nuoc, Arabic in dang', () => {
    expect(appendixLabels(2, 'nha-nuoc')).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(appendixLabels(4, 'nha-nuoc')[3]).toBe('Phụ lục IV');
    expect(appendixLabels(2, 'dang')).toEqual(['Phụ lục 1', 'Phụ lục 2']);
  });

  it('renumbers after one of two appendices is deleted: the survivor is "Phụ lục" again', () => {
    expect(appendixLabels(3, 'nha-nuoc')).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III']);
    expect(appendixLabels(2, 'nha-nuoc')).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(appendixLabels(1, 'nha-nuoc')).toEqual(['Phụ lục']);
  });
});

describe('the "(Kèm theo …)" line', () => {
  it('dang: type name in ordinary case, the composed number without "Số", the padded date, the body as in a sentence', () => {
    expect(appendixNoteLine(DANG)).toBe('(Kèm theo Báo cáo số 123-BC/TU ngày 15 tháng 12 năm 2024 của Thành ủy Cần Thơ)');
  });

  it('nha-nuoc: number padded to two digits, months 1–2 with a leading zero', () => {
    expect(appendixNoteLine(NHA_NUOC)).toBe('(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Hậu Giang)');
  });

  it('blanks "…" for a missing number, date and issuing body', () => {
    expect(appendixNoteLine({ ...DANG, number: '', date: '', issuingBody: '' })).toBe('(Kèm theo Báo cáo số …-BC/TU ngày … tháng … năm … của …)');
    expect(appendixNoteLine({ ...NHA_NUOC, number: ' ', date: '2025-02-30' })).toBe('(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh Hậu Giang)');
  });

  it('a note written by the drafter replaces the generated text', () => {
    expect(appendixNoteLine(DANG, 'Kèm theo Tờ trình số 07-TTr/TU')).toBe('(Kèm theo Tờ trình số 07-TTr/TU)');
    expect(appendixNoteLine(DANG, '(Biểu mẫu)')).toBe('(Biểu mẫu)');
  });

  it('writes type names and bodies as they read in a sentence', () => {
    expect(typeNameInText('NGHỊ QUYẾT')).toBe('Nghị quyết');
    expect(bodyNameInText('BAN THƯỜNG VỤ TỈNH ỦY BẠC LIÊU')).toBe('Ban Thường vụ Tỉnh ủy Bạc Liêu');
    expect(bodyNameInText('ĐẢNG ỦY KHỐI CƠ QUAN TỈNH')).toBe('Đảng ủy khối cơ quan tỉnh');
    expect(bodyNameInText('VĂN PHÒNG')).toBe('Văn phòng');
  });
});

describe('schema', () => {
  it('accepts an appendixHeading with a title and a note in the body, and a landscape table', () => {
    const doc = makeDoc([
      p('Nội dung.'),
      { type: 'appendixHeading', attrs: { note: '' }, content: [{ type: 'text', text: 'Biểu tổng hợp' }] },
      { type: 'table', attrs: { landscape: true }, content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p('1')] }] }] },
    ]);
    expect(() => documentSchema.nodeFromJSON(doc).check()).not.toThrow();
    expect(checkDocument(doc).ok).toBe(true);
    expect(documentSchema.nodes.table!.create().attrs.landscape).toBe(false);
    expect(documentSchema.nodes.appendixHeading!.create().attrs.note).toBe('');
  });
});

describe('format check with appendices', () => {
  const withBody = (blocks: ReturnType<typeof p>[]) => makeDoc(blocks);
  const endMark = (doc: ReturnType<typeof makeDoc>) => checkFormat(doc, DANG_PROFILE, new Date(2027, 0, 1)).filter((i) => i.ruleId === 'end-mark');

  it('end-mark looks at the content before the first appendix, not at the appendix text', () => {
    const appendix = { type: 'appendixHeading', content: [{ type: 'text', text: 'Biểu số liệu' }] };
    expect(endMark(withBody([p('Đề nghị các cấp ủy thực hiện.'), appendix, p('Số liệu ước tính')]))).toEqual([]);
    expect(endMark(withBody([p('Đề nghị các cấp ủy thực hiện'), appendix, p('Kết thúc phụ lục.')]))).toMatchObject([{ severity: 'warning', target: { part: 'body', path: [0] } }]);
  });
});

describe('section numbers inside appendices', () => {
  it('start again at I in each appendix, as each appendix is a document of its own', async () => {
    const { numberBlocks, numberedBlockOf } = await import('../../../common/document/numbering');
    const blocks = [
      numberedBlockOf('heading', { level: 1 }),
      numberedBlockOf('heading', { level: 2 }),
      numberedBlockOf('heading', { level: 1 }),
      numberedBlockOf('appendixHeading'),
      numberedBlockOf('heading', { level: 1 }),
      numberedBlockOf('heading', { level: 2 }),
      numberedBlockOf('appendixHeading'),
      numberedBlockOf('heading', { level: 1 }),
    ];
    expect(numberBlocks(blocks, { romanSeparator: '.', thirdLevel: 'letter' })).toEqual(['I.', '1.', 'II.', null, 'I.', '1.', null, 'I.']);
  });

  it('search text keeps an appendix title on one line', async () => {
    const { documentPlainText } = await import('../../../common/document/plain-text');
    const doc = makeDoc([{ type: 'appendixHeading', content: [{ type: 'text', text: 'Danh mục ' }, { type: 'text', text: 'công trình', marks: [{ type: 'bold' }] }] }]);
    expect(documentPlainText(doc)).toContain('Danh mục công trình');
  });
});
