/**
 * Word files made by other programs, generated here: python-docx (a Party
 * report; a state report with Kính gửi, a landscape section and tracked
 * changes) and LibreOffice from HTML (a Party resolution with QUYẾT NGHỊ,
 * (1)…(n) items, merged cells, a footnote and an appendix; a report in
 * parts with its header typed as paragraphs). Each imports with its
 * structure recognised: header fields, heading levels, table shape, closing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeJSON } from '../../common/document/types';
import { importDocx, type ImportedDocx } from '../../main/file-formats/docx-import/import-docx';
import { dateHoldsYearAlone, deepestHeadingLevel, hasAddresseesBlock, hasIndicatorLists } from '../../main/file-formats/docx-import/schema-features';
import { PARTS_REPORT_HTML, RESOLUTION_HTML } from './import-fixture-html';
import { sofficeConvert } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'duthao-import-'));

beforeAll(() => {
  execFileSync('/usr/bin/python3', [join(__dirname, 'make_import_fixtures.py'), dir], { timeout: 120_000 });
  writeFileSync(join(dir, 'resolution.html'), RESOLUTION_HTML);
  writeFileSync(join(dir, 'parts-report.html'), PARTS_REPORT_HTML);
  sofficeConvert([join(dir, 'resolution.html'), join(dir, 'parts-report.html')], dir, 'docx:MS Word 2007 XML', 600_000);
}, 600_000);

const load = (name: string) => new Uint8Array(readFileSync(join(dir, `${name}.docx`)));
const attrsOf = (r: ImportedDocx, type: string) => r.doc.content!.find((n) => n.type === type)!.attrs!;
const bodyOf = (r: ImportedDocx) => r.doc.content!.find((n) => n.type === 'body')!.content!;
const textOf = (n: NodeJSON): string => (n.text ?? '') + (n.content ?? []).map(textOf).join('');
/** The body as [type, level, text] rows, for readable assertions. */
const outline = (r: ImportedDocx) => bodyOf(r).map((n) => [n.type, n.type === 'heading' ? n.attrs?.level : null, textOf(n)]);
/** A table's shape: per row, the cells as `type colspan×rowspan`. */
const shape = (t: NodeJSON) => (t.content ?? []).map((row) => (row.content ?? []).map((c) => `${c.type === 'tableHeader' ? 'H' : 'C'}${String(c.attrs?.colspan)}x${String(c.attrs?.rowspan)}`).join(' '));

describe('Word files from python-docx', () => {
  it('a Party report: header table, I./1./a) headings, a numbered sentence kept as text, dash list, merged cells, closing table', async () => {
    const r = await importDocx(load('party-report'));
    expect(attrsOf(r, 'header')).toMatchObject({ profile: 'dang', superiorBody: 'ĐẢNG BỘ TỈNH HẬU GIANG', issuingBody: 'HUYỆN ỦY CHÂU THÀNH', number: '15', typeCode: 'BC', bodyCode: 'HU', place: 'Châu Thành', date: '2024-12-10' });
    expect(attrsOf(r, 'documentTitle')).toEqual({ documentType: 'BÁO CÁO', subject: 'tình hình, kết quả thực hiện nhiệm vụ năm 2024;\nmục tiêu, nhiệm vụ năm 2025' });
    expect(outline(r).map(([type, level, text]) => [type, level, String(text).slice(0, 24)])).toEqual([
      ['paragraph', null, 'Năm 2024, Đảng bộ huyện '],
      ['heading', 1, 'KẾT QUẢ ĐẠT ĐƯỢC'],
      ['heading', 2, 'Về phát triển kinh tế'],
      ['heading', 3, 'Nông nghiệp'],
      ['bulletList', null, 'Giá trị sản xuất nông ng'],
      ['paragraph', null, '1. Tổng thu ngân sách tr'],
      ['table', null, 'Chỉ tiêuKế hoạchThực hiệ'],
      ['heading', 1, 'PHƯƠNG HƯỚNG NĂM 2025'],
      ['paragraph', null, 'Tiếp tục đẩy mạnh phát t'],
    ]);
    const list = bodyOf(r).find((n) => n.type === 'bulletList')!;
    expect(list.content!.map(textOf)).toEqual(['Giá trị sản xuất nông nghiệp tăng 3,5%;', 'Xây dựng nông thôn mới đạt 100% số xã.']);
    const first = bodyOf(r)[0]!.content!;
    expect(first.find((n) => n.text === 'đoàn kết')?.marks).toEqual([{ type: 'bold' }]);
    expect(first.find((n) => n.text === 'hoàn thành')?.marks).toEqual([{ type: 'italic' }]);
    const table = bodyOf(r).find((n) => n.type === 'table')!;
    expect(shape(table)).toEqual(['H1x1 H1x1 H1x1', 'C1x2 C1x1 C1x1', 'C2x1']);
    expect(attrsOf(r, 'closing')).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ', signerName: 'Nguyễn Văn An', recipients: ['Ban Thường vụ Tỉnh ủy', 'Lưu Văn phòng Huyện ủy'] });
    expect(r.report.notes).toEqual([]);
  });

  it('a state report: Kính gửi kept, 1./1.1. headings, 7.4.1. brought to level 3, blank date with its year, landscape table, closing as paragraphs', async () => {
    const r = await importDocx(load('state-report'));
    // Where the model holds a year alone, the date is "2025"; else it stays blank and the year is reported.
    const yearAlone = dateHoldsYearAlone();
    expect(attrsOf(r, 'header')).toMatchObject({ profile: 'nha-nuoc', superiorBody: 'UBND TỈNH HẬU GIANG', issuingBody: 'SỞ TÀI CHÍNH', number: '45', typeCode: 'BC', bodyCode: 'STC', place: 'Hậu Giang', date: yearAlone ? '2025' : '', thirdLevel: 'decimal' });
    expect(r.blankDateYear).toBe(yearAlone ? null : 2025);
    expect(attrsOf(r, 'documentTitle')).toEqual({ documentType: 'BÁO CÁO', subject: 'Kết quả thực hiện dự toán ngân sách năm 2024' });
    const rows = outline(r);
    // The Kính gửi block where the model has one; else the line kept as typed.
    if (hasAddresseesBlock()) expect(bodyOf(r)[0]).toEqual({ type: 'addressees', attrs: { names: ['Ủy ban nhân dân tỉnh Hậu Giang'] } });
    else expect(rows[0]).toEqual(['paragraph', null, 'Kính gửi: Ủy ban nhân dân tỉnh Hậu Giang.']);
    const deep = deepestHeadingLevel('nha-nuoc') >= 4 ? 4 : 3;
    expect(rows.filter((x) => x[0] === 'heading')).toEqual([
      ['heading', 2, 'Kết quả thu ngân sách'],
      ['heading', 3, 'Thu nội địa'],
      ['heading', deep, 'Thu từ doanh nghiệp nhà nước'],
      ['heading', 2, 'Nhiệm vụ năm 2025'],
    ]);
    const table = bodyOf(r).find((n) => n.type === 'table')!;
    expect(table.attrs).toEqual({ landscape: true });
    expect(shape(table)).toEqual(['C1x1 C1x1 C1x1 C1x1 C1x1 C1x1', 'C1x1 C1x1 C1x1 C1x1 C1x1 C1x1']);
    expect(attrsOf(r, 'closing')).toEqual({ authority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Trần Văn Bình', recipients: ['UBND tỉnh', 'Lưu: VT, NS'] });
    const codes = r.report.notes.map((n) => n.code);
    const expected = ['tracked-changes', ...(hasAddresseesBlock() ? [] : ['kinh-gui']), ...(deep === 4 ? [] : ['deep-heading']), ...(yearAlone ? [] : ['blank-date-year'])];
    expect([...codes].sort()).toEqual(expected.sort());
    if (!yearAlone) expect(r.report.notes.find((n) => n.code === 'blank-date-year')!.message).toContain('2025');
  });

  it('tracked changes: accept all keeps the insertion, reject all brings the deleted word back, never both', async () => {
    const accepted = await importDocx(load('state-report'), { trackedChanges: 'accept' });
    const rejected = await importDocx(load('state-report'), { trackedChanges: 'reject' });
    const sentence = (r: ImportedDocx) => bodyOf(r).map(textOf).find((t) => t.startsWith('Phấn đấu thu ngân sách'));
    expect(sentence(accepted)).toBe('Phấn đấu thu ngân sách vượt dự toán được giao.');
    expect(sentence(rejected)).toBe('Phấn đấu thu ngân sách đạt dự toán được giao.');
    expect(accepted.trackedChanges).toBe(2);
    expect(rejected.report.notes.find((n) => n.code === 'tracked-changes')!.message).toBe('2 thay đổi được theo dõi (track changes) đã được từ chối tất cả.');
  });
});

describe('Word files from LibreOffice (HTML converted with soffice)', () => {
  it('a Party resolution: QUYẾT NGHỊ, (1)…(n) items kept as text, header row and merged cells, footnote, appendix after the closing', async () => {
    const r = await importDocx(load('resolution'));
    expect(attrsOf(r, 'header')).toMatchObject({ profile: 'dang', issuingBody: 'HUYỆN ỦY CHÂU THÀNH', number: '08', typeCode: 'NQ', bodyCode: 'HU', date: '2024-12-20' });
    expect(attrsOf(r, 'documentTitle')).toEqual({ documentType: 'NGHỊ QUYẾT', subject: 'về nhiệm vụ năm 2025' });
    // (1)…(n) items: a `(1)` indicator list where the model has one, else the paragraphs as typed.
    const indicators = hasIndicatorLists();
    const items = indicators ? [['orderedList', null]] : [['paragraph', null], ['paragraph', null], ['paragraph', null]];
    expect(outline(r).map((x) => x.slice(0, 2))).toEqual([
      ['paragraph', null],
      ['paragraph', null],
      ['resolutionClause', null],
      ['heading', 1],
      ['paragraph', null],
      ['heading', 1],
      ...items,
      ['table', null],
      ['heading', 1],
      ['paragraph', null],
      ['appendixHeading', null],
      ['table', null],
    ]);
    const body = bodyOf(r);
    const at = (type: string, k = 0) => body.filter((n) => n.type === type)[k]!;
    if (indicators) {
      expect(at('orderedList').attrs).toEqual({ start: 1, type: '(1)', continueNumbering: false });
      expect(at('orderedList').content!.map(textOf)).toEqual(['Tốc độ tăng trưởng kinh tế đạt 7%.', 'Thu ngân sách đạt 1.300 tỷ đồng.', 'Tỷ lệ hộ nghèo giảm còn dưới 1%.']);
    } else expect(body.slice(6, 9).map(textOf)).toEqual(['(1) Tốc độ tăng trưởng kinh tế đạt 7%.', '(2) Thu ngân sách đạt 1.300 tỷ đồng.', '(3) Tỷ lệ hộ nghèo giảm còn dưới 1%.']);
    expect(body[4]!.content!.find((n) => n.type === 'footnote')?.attrs).toEqual({ text: 'Theo Nghị quyết Đại hội Đảng bộ huyện lần thứ XII.' });
    expect(shape(at('table'))).toEqual(['H1x1 H1x1 H1x1', 'C1x2 C1x1 C1x1', 'C1x1 C1x1', 'C3x1']);
    expect(textOf(at('appendixHeading'))).toBe('DANH MỤC CÔNG TRÌNH TRỌNG ĐIỂM NĂM 2025');
    expect(at('appendixHeading').attrs?.note).toBe('(Kèm theo Nghị quyết số 08-NQ/HU ngày 20/12/2024 của Huyện ủy Châu Thành)');
    expect(attrsOf(r, 'closing')).toEqual({ authority: 'T/M HUYỆN ỦY', signerTitle: 'BÍ THƯ', signerName: 'Nguyễn Văn An', recipients: ['Ban Thường vụ Tỉnh ủy', 'Các chi, đảng bộ trực thuộc', 'Lưu Văn phòng Huyện ủy'] });
  });

  it('a report in parts with its header typed as paragraphs (tabs between the columns) and a numbered list', async () => {
    const r = await importDocx(load('parts-report'));
    expect(attrsOf(r, 'header')).toMatchObject({ profile: 'dang', issuingBody: 'THÀNH ỦY CẦN THƠ', number: '210', typeCode: 'BC', bodyCode: 'TU', place: 'Cần Thơ', date: '2024-12-05' });
    expect(attrsOf(r, 'documentTitle')).toEqual({ documentType: 'BÁO CÁO', subject: 'tổng kết công tác năm 2024, phương hướng năm 2025' });
    expect(outline(r)).toEqual([
      ['partHeading', null, 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024'],
      ['heading', 1, 'VỀ KINH TẾ'],
      ['paragraph', null, 'Kinh tế tăng trưởng khá, đạt 7,12%.'],
      ['partHeading', null, 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025'],
      ['heading', 1, 'MỤC TIÊU'],
      ['paragraph', null, 'Phấn đấu tăng trưởng 8%.'],
      ['orderedList', null, 'Đẩy mạnh chuyển đổi số.Cải thiện môi trường đầu tư.'],
    ]);
    expect(attrsOf(r, 'closing')).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ', signerName: 'Trần Văn Cường', recipients: ['Ban Thường vụ Thành ủy', 'Lưu Văn phòng Thành ủy'] });
  });
});
