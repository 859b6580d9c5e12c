import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { appendixDoc, wideTable } from '../../../helpers/appendix-samples';
import { sampleDangDoc } from '../../../helpers/export-samples';
import { firstRunProps, isOn, paragraphs, paragraphWithText, sizeOf, styleById, textOf, topLevelTables, unzipDocx } from '../../../helpers/export-xml';

async function parts(doc = appendixDoc()) {
  return unzipDocx(await exportDocx(doc, { variant: 'final' }));
}

/** The section properties in document order (inside paragraphs, then the body's last). */
function sections(documentXml: string): string[] {
  return documentXml.match(/<w:sectPr[ >].*?<\/w:sectPr>/gs) ?? [];
}

function orientationOf(sectPr: string): 'landscape' | 'portrait' {
  const size = sectPr.match(/<w:pgSz [^>]*\/>/)![0];
  return /w:orient="landscape"/.test(size) ? 'landscape' : 'portrait';
}

describe('landscape sections for wide tables', () => {
  it('a landscape table gets its own A4 landscape section, then the content returns to portrait', async () => {
    const d = (await parts())['word/document.xml']!;
    const secs = sections(d);
    // body portrait | table landscape | rest + closing + Phụ lục I portrait | Phụ lục II with its table landscape | rest portrait
    expect(secs.map(orientationOf)).toEqual(['portrait', 'landscape', 'portrait', 'landscape', 'portrait']);
    const landscape = secs[1]!;
    expect(landscape).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Margins turned with the page: the 30 mm binding margin at the top, 20 mm at the sides.
    const mar = landscape.match(/<w:pgMar [^>]*\/>/)![0];
    expect(mar).toContain('w:top="1701"');
    expect(mar).toContain('w:bottom="850"');
    expect(mar).toContain('w:left="1134"');
    expect(mar).toContain('w:right="1134"');
    expect(mar).toContain('w:header="567"');
    expect(secs[2]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(secs[2]!.match(/<w:pgMar [^>]*\/>/)![0]).toContain('w:left="1701"');
    // Each section is a new page.
    for (const s of secs) expect(s).not.toMatch(/<w:type w:val="(continuous|nextColumn)"\/>/);
  });

  it('the landscape table spans the landscape text area and sits between the text before and after it', async () => {
    const d = (await parts())['word/document.xml']!;
    const tables = topLevelTables(d).filter((t) => textOf(t).includes('Bảng ngang'));
    expect(tables).toHaveLength(2);
    for (const t of tables) expect(t).toContain('<w:tblW w:type="dxa" w:w="14570"/>');
    const before = d.indexOf('Các chỉ tiêu chủ yếu như bảng sau:');
    const table = d.indexOf('Bảng ngang thân');
    // The section's properties sit in its last paragraph: the text before the table ends section 1.
    const firstBreak = d.indexOf('</w:p>', d.indexOf('</w:sectPr>'));
    const after = d.indexOf('Sau bảng ngang, nội dung trở lại trang dọc.');
    expect(before).toBeLessThan(firstBreak);
    expect(firstBreak).toBeLessThan(table);
    expect(table).toBeLessThan(after);
    // The text after the table is in the third (portrait) section.
    const secondBreakEnd = d.indexOf('</w:p>', d.indexOf('</w:sectPr>', d.indexOf('</w:sectPr>') + 1));
    expect(after).toBeGreaterThan(secondBreakEnd);
  });

  it('only the first section has a title page; every later one shows the page number and continues the count', async () => {
    const p = await parts();
    const secs = sections(p['word/document.xml']!);
    expect(secs[0]).toContain('<w:titlePg/>');
    for (const s of secs.slice(1)) {
      expect(s).not.toContain('w:titlePg');
      expect(s).not.toMatch(/<w:pgNumType [^>]*w:start=/);
      const ref = s.match(/<w:headerReference w:type="default" r:id="([^"]+)"\/>/);
      expect(ref, 'a later section names its numbered header').not.toBeNull();
    }
    const headersWithPage = Object.entries(p).filter(([name, xml]) => /^word\/header\d+\.xml$/.test(name) && /PAGE/.test(xml));
    expect(headersWithPage.length).toBeGreaterThanOrEqual(secs.length);
  });

  it('a document without landscape tables or appendices keeps one portrait section', async () => {
    const d = (await parts(sampleDangDoc()))['word/document.xml']!;
    expect(sections(d)).toHaveLength(1);
    expect(d).not.toContain('w:orient="landscape"');
  });

  it('a portrait table (landscape false) stays in the running section', async () => {
    const doc = appendixDoc();
    const body = doc.content!.find((n) => n.type === 'body')!;
    const plain = { ...doc, content: doc.content!.map((n) => (n === body ? { ...body, content: [body.content![0]!, wideTable(false)] } : n)) };
    const d = (await parts(plain as typeof doc))['word/document.xml']!;
    expect(sections(d)).toHaveLength(1);
  });
});

describe('appendices (Phụ lục) in the exported file', () => {
  it('each appendix starts on a new page after the signature block, labelled I and II in nha-nuoc', async () => {
    const d = (await parts())['word/document.xml']!;
    const label1 = paragraphWithText(d, 'Phụ lục I');
    expect(label1).toContain('<w:pageBreakBefore/>');
    expect(d.indexOf('TM. ỦY BAN NHÂN DÂN')).toBeLessThan(d.indexOf('Phụ lục I<'));
    // Phụ lục II opens with a landscape table: it starts the landscape section (new page) itself.
    const label2 = paragraphWithText(d, 'Phụ lục II');
    const secs = sections(d);
    const thirdEnd = d.indexOf(secs[2]!) + secs[2]!.length;
    expect(d.indexOf(label2)).toBeGreaterThan(thirdEnd);
    expect(d.indexOf(label2)).toBeLessThan(d.indexOf('Bảng ngang phụ lục'));
    expect(label2).not.toContain('<w:pageBreakBefore/>');
  });

  it('prints the label 14 bold centred, the title in caps bold centred, the italic Kèm theo line centred with the composed number', async () => {
    const p = await parts();
    const d = p['word/document.xml']!;
    const styles = p['word/styles.xml']!;
    const label = paragraphWithText(d, 'Phụ lục I');
    const lr = firstRunProps(label);
    expect(sizeOf(lr)).toBe(28);
    expect(isOn(lr, 'b')).toBe(true);
    expect(isOn(lr, 'i')).toBe(false);
    const title = paragraphWithText(d, 'DANH MỤC CÔNG TRÌNH TRỌNG ĐIỂM');
    expect(isOn(firstRunProps(title), 'b')).toBe(true);
    const noteText = '(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Hậu Giang)';
    const notes = paragraphs(d).filter((x) => textOf(x) === noteText);
    expect(notes).toHaveLength(2);
    const nr = firstRunProps(notes[0]!);
    expect(isOn(nr, 'i')).toBe(true);
    expect(isOn(nr, 'b')).toBe(false);
    expect(sizeOf(nr)).toBe(28);
    for (const [para, id] of [[label, 'DuThaoAppendixLabel'], [title, 'DuThaoAppendixTitle'], [notes[0]!, 'DuThaoAppendixNote']] as const) {
      expect(para).toContain(`<w:pStyle w:val="${id}"/>`);
      const style = styleById(styles, id);
      expect(style).toContain('<w:jc w:val="center"/>');
      expect(style).toMatch(/<w:ind [^>]*w:firstLine="0"/);
    }
    // Order: label, title, Kèm theo line.
    expect(d.indexOf('Phụ lục I<')).toBeLessThan(d.indexOf('DANH MỤC CÔNG TRÌNH'));
    expect(d.indexOf('DANH MỤC CÔNG TRÌNH')).toBeLessThan(d.indexOf(noteText));
  });

  it('dang numbers two appendices 1 and 2 and one appendix is just "Phụ lục"', async () => {
    const d = (await parts(appendixDoc('dang')))['word/document.xml']!;
    expect(paragraphWithText(d, 'Phụ lục 1')).toContain('<w:pageBreakBefore/>');
    paragraphWithText(d, 'Phụ lục 2');
    expect(d).toContain('(Kèm theo Báo cáo số 123-BC/HU ngày 05 tháng 12 năm 2024 của Huyện ủy Châu Thành)');
    const one = appendixDoc('dang');
    const body = one.content!.find((n) => n.type === 'body')!;
    const single = { ...one, content: one.content!.map((n) => (n === body ? { ...body, content: body.content!.slice(0, 6) } : n)) };
    const d1 = (await parts(single as typeof one))['word/document.xml']!;
    paragraphWithText(d1, 'Phụ lục');
    expect(d1).not.toContain('Phụ lục 1');
  });
});
