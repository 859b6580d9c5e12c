import { describe, expect, it } from 'vitest';
import { DANG_PROFILE, NHA_NUOC_PROFILE } from '../../../../common/profile/builtin';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../../helpers/export-samples';
import { firstRunProps, headerPart, isOn, paragraphStartingWith, paragraphs, paragraphWithText, sizeOf, styleById, textOf, topLevelTables, unzipDocx } from '../../../helpers/export-xml';

async function exported(doc = sampleDangDoc(), variant: 'final' | 'draft' = 'final') {
  return unzipDocx(await exportDocx(doc, { variant }));
}

function expectElement(xml: string, text: string, look: { size: number; bold: boolean; italic?: boolean; underline?: boolean }) {
  const rPr = firstRunProps(paragraphWithText(xml, text));
  expect(sizeOf(rPr), `${text}: size`).toBe(look.size);
  expect(isOn(rPr, 'b'), `${text}: bold`).toBe(look.bold);
  expect(isOn(rPr, 'i'), `${text}: italic`).toBe(look.italic ?? false);
  expect(/<w:u /.test(rPr), `${text}: underline`).toBe(look.underline ?? false);
}

describe('exported .docx structure', () => {
  it('is A4 with the profile margins, the page number header 10 mm from the edge', async () => {
    for (const [doc, profile] of [[sampleDangDoc(), DANG_PROFILE], [sampleNhaNuocDoc(), NHA_NUOC_PROFILE]] as const) {
      const parts = await exported(doc);
      const d = parts['word/document.xml']!;
      expect(d).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      const mar = d.match(/<w:pgMar [^>]*\/>/)![0];
      expect(mar).toContain('w:top="1134"');
      expect(mar).toContain('w:bottom="1134"');
      expect(mar).toContain('w:left="1701"');
      expect(mar).toContain('w:right="850"');
      expect(mar).toContain('w:header="567"');
      expect(profile.page.margins.left.default).toBe(30);
    }
  });

  it('resolves every run to Times New Roman: document defaults, styles and runs name no other font', async () => {
    const parts = await exported();
    const styles = parts['word/styles.xml']!;
    // Style ids and names are unique (Word repairs files where they are not).
    for (const attr of ['w:styleId="[^"]*"', '<w:name w:val="[^"]*"/>']) {
      const all = styles.match(new RegExp(attr, 'g'))!;
      expect(new Set(all).size).toBe(all.length);
    }
    expect(styles.match(/<w:docDefaults>.*<\/w:docDefaults>/s)![0]).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/header1.xml', 'word/header2.xml', 'word/numbering.xml']) {
      const xml = parts[name] ?? '';
      for (const f of xml.match(/<w:rFonts [^>]*\/>/g) ?? []) expect(f, name).toMatch(/^<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>$/);
      expect(xml, name).not.toMatch(/asciiTheme|hAnsiTheme/);
    }
    // Each text run also names the font itself; colour and language come from the document defaults and Normal.
    const runs = parts['word/document.xml']!.match(/<w:r>(?:(?!<\/w:r>).)*?<w:t[ >]/gs)!;
    expect(runs.length).toBeGreaterThan(40);
    for (const r of runs) expect(r).toContain('w:ascii="Times New Roman"');
    const defaults = styles.match(/<w:docDefaults>.*<\/w:docDefaults>/s)![0];
    expect(defaults).toContain('<w:color w:val="000000"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    for (const id of ['Normal', 'Heading1', 'DuThaoTableText', 'DuThaoTitle']) expect(styleById(styles, id)).toContain('<w:color w:val="000000"/>');
  });

  it('dang header: title 15 bold underlined, bodies 14, *, number without colon, italic padded date', async () => {
    const d = (await exported())['word/document.xml']!;
    expectElement(d, 'ĐẢNG CỘNG SẢN VIỆT NAM', { size: 30, bold: true, underline: true });
    expectElement(d, 'ĐẢNG BỘ TỈNH HẬU GIANG', { size: 28, bold: false });
    expectElement(d, 'HUYỆN ỦY CHÂU THÀNH', { size: 28, bold: true });
    expectElement(d, '*', { size: 28, bold: false });
    expectElement(d, 'Số 123-BC/HU', { size: 28, bold: false });
    expectElement(d, 'Châu Thành, ngày 05 tháng 12 năm 2024', { size: 28, bold: false, italic: true });
    expectElement(d, 'BÁO CÁO', { size: 32, bold: true });
    expectElement(d, 'tình hình, kết quả thực hiện nhiệm vụ năm 2024; mục tiêu, nhiệm vụ, giải pháp năm 2025', { size: 28, bold: true });
    expect(paragraphWithText(d, '-----')).toContain('<w:pStyle w:val="DuThaoSubject"/>');
    expect(paragraphWithText(d, 'BÁO CÁO')).toContain('<w:pStyle w:val="DuThaoTypeName"/>');
  });

  it('nha-nuoc header: quốc hiệu 13 bold, motto 14 bold underlined, number with colon, date 14 italic, urgency', async () => {
    const d = (await exported(sampleNhaNuocDoc()))['word/document.xml']!;
    expectElement(d, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 26, bold: true });
    expectElement(d, 'Độc lập - Tự do - Hạnh phúc', { size: 28, bold: true, underline: true });
    expectElement(d, 'ỦY BAN NHÂN DÂN', { size: 26, bold: true });
    expectElement(d, 'TỈNH HẬU GIANG', { size: 26, bold: true });
    expectElement(d, 'Số: 45/BC-UBND', { size: 26, bold: false });
    expectElement(d, 'Hậu Giang, ngày 05 tháng 02 năm 2025', { size: 28, bold: false, italic: true });
    expectElement(d, 'KHẨN', { size: 28, bold: true });
    expectElement(d, 'BÁO CÁO', { size: 28, bold: true });
    expect(d).not.toContain('>-----<');
    // Short rules under the issuing body and the subject: empty paragraphs with a bottom border.
    const rules = paragraphs(d).filter((p) => p.includes('DuThaoRule'));
    expect(rules).toHaveLength(2);
    for (const r of rules) expect(r).toMatch(/<w:bottom w:val="single"/);
  });

  it('header and closing tables are borderless, fixed, as wide as the text area', async () => {
    for (const [doc, split] of [[sampleDangDoc(), [4023, 5332]], [sampleNhaNuocDoc(), [3742, 5613]]] as const) {
      const tables = topLevelTables((await exported(doc))['word/document.xml']!);
      const header = tables[0]!;
      const closing = tables[tables.length - 1]!;
      for (const t of [header, closing]) {
        expect(t).toContain('<w:tblW w:type="dxa" w:w="9355"/>');
        expect(t).toContain('<w:tblLayout w:type="fixed"/>');
        expect(t).toContain(`<w:gridCol w:w="${split[0]}"/><w:gridCol w:w="${split[1]}"/>`);
        const borders = t.match(/<w:tblBorders>.*?<\/w:tblBorders>/s)![0];
        expect(borders.match(/w:val="none"/g)).toHaveLength(6);
      }
      expect(textOf(closing)).toContain('Nơi nhận:');
    }
  });

  it('body: Normal is justified with the first-line indent, 6 pt after, exact 18 pt (dang) or 1.15 lines (nha-nuoc)', async () => {
    const dang = styleById((await exported())['word/styles.xml']!, 'Normal');
    expect(dang).toContain('<w:jc w:val="both"/>');
    expect(dang).toMatch(/<w:ind w:firstLine="567"\/>/);
    const spacing = dang.match(/<w:spacing [^>]*\/>/)![0];
    for (const a of ['w:after="120"', 'w:line="360"', 'w:lineRule="exact"']) expect(spacing).toContain(a);
    expect(dang).toMatch(/<w:sz w:val="28"\/>/);
    const nn = styleById((await exported(sampleNhaNuocDoc()))['word/styles.xml']!, 'Normal');
    expect(nn).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(nn).toMatch(/w:line="276" w:lineRule="auto"/);
    expect(nn).not.toContain('exactly');
  });

  it('headings carry their generated numbers as text in Heading 1–3 styles; guidance is not exported', async () => {
    const d = (await exported())['word/document.xml']!;
    const h1 = paragraphWithText(d, 'I. VỀ PHÁT TRIỂN KINH TẾ');
    expect(h1).toContain('<w:pStyle w:val="Heading1"/>');
    expect(isOn(firstRunProps(h1), 'b')).toBe(true);
    expect(paragraphWithText(d, 'II. XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ')).toContain('w:pageBreakBefore');
    expect(paragraphWithText(d, '1. Tăng trưởng kinh tế')).toContain('<w:pStyle w:val="Heading2"/>');
    const h3 = paragraphWithText(d, 'a) Nông nghiệp');
    expect(h3).toContain('<w:pStyle w:val="Heading3"/>');
    // A third-level heading is a titled item: bold italic (spec §5 "a) italic, bold italic when titled").
    expect(isOn(firstRunProps(h3), 'i')).toBe(true);
    expect(isOn(firstRunProps(h3), 'b')).toBe(true);
    expect(textOf(d)).not.toContain('gợi ý, không in ra');
    const part = paragraphStartingWith(d, 'Phần thứ nhất');
    expect(textOf(part)).toBe('Phần thứ nhấtKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024');
    expect(part).toContain('<w:pStyle w:val="DuThaoPartHeading"/>');
    expect(styleById((await exported())['word/styles.xml']!, 'DuThaoPartHeading')).toContain('<w:jc w:val="center"/>');
    const quyetNghi = paragraphWithText(d, 'QUYẾT NGHỊ:');
    expect(isOn(firstRunProps(quyetNghi), 'b')).toBe(true);
    const nn = (await exported(sampleNhaNuocDoc()))['word/document.xml']!;
    const decimal = paragraphWithText(nn, '1.1. Nông nghiệp');
    expect(isOn(firstRunProps(decimal), 'b') && isOn(firstRunProps(decimal), 'i')).toBe(true);
  });

  it('lists: dash items print "- "; each numbered list has its own numbering instance', async () => {
    const d = (await exported())['word/document.xml']!;
    expect(paragraphWithText(d, '- Giá trị sản xuất nông nghiệp tăng 3,5%')).toContain('<w:pStyle w:val="Normal"/>');
    const first = paragraphWithText(d, 'Khởi công hai khu công nghiệp').match(/<w:numId w:val="(\d+)"\/>/)![1];
    const second = paragraphWithText(d, 'Thu hút 15 dự án mới').match(/<w:numId w:val="(\d+)"\/>/)![1];
    const other = paragraphWithText(d, 'Một danh sách khác bắt đầu lại từ 1').match(/<w:numId w:val="(\d+)"\/>/)![1];
    expect(first).toBe(second);
    expect(other).not.toBe(first);
  });

  it('tables: full grid, repeated header row, rows not split, table text size 13', async () => {
    const parts = await exported();
    const tables = topLevelTables(parts['word/document.xml']!);
    const data = tables.find((t) => textOf(t).includes('Chỉ tiêu'))!;
    const borders = data.match(/<w:tblBorders>.*?<\/w:tblBorders>/s)![0];
    expect(borders.match(/w:val="single"/g)).toHaveLength(6);
    const rows = data.match(/<w:tr>.*?<\/w:tr>/gs)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(paragraphWithText(data, 'Tăng trưởng GRDP')).toContain('<w:pStyle w:val="DuThaoTableText"/>');
    expect(sizeOf(styleById(parts['word/styles.xml']!, 'DuThaoTableText'))).toBe(26);
    expect(isOn(firstRunProps(paragraphWithText(data, 'Kế hoạch')), 'b')).toBe(true);
  });

  it('page numbers: a PAGE field centred in the default header, none on page 1 (titlePg)', async () => {
    const parts = await exported();
    const d = parts['word/document.xml']!;
    expect(d).toContain('<w:titlePg/>');
    const ref = (type: 'default' | 'first') => headerPart(parts, type);
    expect(ref('default')).toMatch(/PAGE/);
    expect(ref('default')).toContain('<w:pStyle w:val="DuThaoPageNumber"/>');
    expect(ref('first')).not.toMatch(/PAGE/);
  });

  it('footnotes, the closing block and the recipients endings per profile', async () => {
    const parts = await exported();
    expect(textOf(parts['word/footnotes.xml']!)).toContain('Số liệu ước tính của Cục Thống kê');
    expect(parts['word/document.xml']).toContain('<w:footnoteReference w:id="1"/>');
    const d = parts['word/document.xml']!;
    expectElement(d, 'Nơi nhận:', { size: 28, bold: false, underline: true });
    expectElement(d, '- Ban Thường vụ Tỉnh ủy,', { size: 24, bold: false });
    expectElement(d, '- Lưu Văn phòng Huyện ủy.', { size: 24, bold: false });
    expectElement(d, 'T/M BAN THƯỜNG VỤ', { size: 28, bold: true });
    expectElement(d, 'BÍ THƯ', { size: 28, bold: false });
    expectElement(d, 'Nguyễn Văn An', { size: 28, bold: true });
    const nn = (await exported(sampleNhaNuocDoc()))['word/document.xml']!;
    expectElement(nn, 'Nơi nhận:', { size: 24, bold: true, italic: true });
    expectElement(nn, '- Văn phòng Chính phủ;', { size: 22, bold: false });
    expectElement(nn, '- Lưu: VT, KT.', { size: 22, bold: false });
    expectElement(nn, 'CHỦ TỊCH', { size: 28, bold: true });
  });

  it('prints the DỰ THẢO mark in a box at the top of page 1 only, and only in a draft copy', async () => {
    const draft = await exported(sampleDangDoc(), 'draft');
    const mark = paragraphWithText(headerPart(draft, 'first'), 'DỰ THẢO lần 2');
    expect(mark.match(/<w:(top|bottom|left|right) w:val="single"/g)).toHaveLength(4);
    expect(isOn(firstRunProps(mark), 'b')).toBe(true);
    expect(sizeOf(firstRunProps(mark))).toBe(28);
    expect(textOf(headerPart(draft, 'default'))).not.toContain('DỰ THẢO');
    expect(textOf(draft['word/document.xml']!)).not.toContain('DỰ THẢO');
    const final = await exported(sampleDangDoc(), 'final');
    for (const xml of Object.values(final)) expect(xml).not.toContain('DỰ THẢO');
  });

  it('a draft with a blank number and no date prints blanks for the clerk', async () => {
    const d = (await exported(sampleDangDoc({ header: { number: '', date: '' } })))['word/document.xml']!;
    expect(paragraphStartingWith(d, 'Số ')).toContain('Số       -BC/HU');
    expect(textOf(paragraphStartingWith(d, 'Châu Thành, ngày'))).toMatch(/^Châu Thành, ngày\s+tháng\s+năm\s+$/);
  });

  it('keeps template placeholders intact in caps headings', async () => {
    const doc = sampleDangDoc();
    const body = doc.content!.find((n) => n.type === 'body')!;
    const withPlaceholder = { ...doc, content: doc.content!.map((n) => (n === body ? { ...n, content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Nhiệm vụ năm {{nextYear}}' }] }, ...n.content!] } : n)) };
    const d = (await exported(withPlaceholder))['word/document.xml']!;
    expect(paragraphWithText(d, 'I. NHIỆM VỤ NĂM {{nextYear}}')).toContain('Heading1');
  });

  it('merged table cells: a cell spanning two rows and one spanning two columns', async () => {
    const cell = (text: string, attrs: Record<string, unknown> = {}) => ({ type: 'tableCell', attrs, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const table = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('Kinh tế', { rowspan: 2 }), cell('GRDP'), cell('7%')] },
        { type: 'tableRow', content: [cell('Thu ngân sách'), cell('126.838 tỷ')] },
        { type: 'tableRow', content: [cell('Tổng cộng', { colspan: 3 })] },
      ],
    };
    const doc = sampleDangDoc();
    const merged = { ...doc, content: doc.content!.map((n) => (n.type === 'body' ? { ...n, content: [table] } : n)) };
    const tables = topLevelTables((await exported(merged))['word/document.xml']!);
    const t = tables.find((x) => textOf(x).includes('Kinh tế'))!;
    expect(t).toContain('<w:vMerge w:val="restart"/>');
    expect(t).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    expect(t).toContain('<w:gridSpan w:val="3"/>');
    expect(t.match(/<w:gridCol /g)).toHaveLength(3);
  });
});
