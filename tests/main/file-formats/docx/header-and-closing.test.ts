/**
 * Export details an audit found untested: the page number's size and
 * alignment in the header part, the gap left for the signature, the secrecy
 * mark, the nha-nuoc superior body, the `I-` heading separator and the
 * decimal third level, as a reader of the Word file sees them.
 */
import { describe, expect, it } from 'vitest';
import type { DocJSON, NodeJSON } from '../../../../common/document/types';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../../helpers/export-samples';
import { firstRunProps, headerPart, isOn, paragraphs, paragraphWithText, sizeOf, styleById, textOf, topLevelTables, unzipDocx } from '../../../helpers/export-xml';

async function exported(doc: DocJSON, variant: 'final' | 'draft' = 'final') {
  return unzipDocx(await exportDocx(doc, { variant }));
}

/** The paragraph style id of a paragraph, or '' when it has none. */
function styleOf(paragraph: string): string {
  return paragraph.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1] ?? '';
}

/** The alignment a paragraph ends up with: its own `w:jc`, else its style's. */
function alignmentOf(paragraph: string, stylesXml: string): string | undefined {
  const own = paragraph.match(/<w:pPr>.*?<\/w:pPr>/s)?.[0].match(/<w:jc w:val="([^"]+)"\/>/)?.[1];
  if (own) return own;
  const style = styleOf(paragraph);
  return style ? styleById(stylesXml, style).match(/<w:jc w:val="([^"]+)"\/>/)?.[1] : undefined;
}

/** Replaces the body of a sample with the given blocks. */
function withBody(doc: DocJSON, body: NodeJSON[]): DocJSON {
  return { ...doc, content: doc.content!.map((n) => (n.type === 'body' ? { ...n, content: body } : n)) };
}

const heading = (level: number, text: string): NodeJSON => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const para = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The cells (`w:tc`) of a table's rows, as XML. */
function cells(table: string): string[][] {
  return (table.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).map((row) => row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []);
}

describe('page number in the page header', () => {
  it('every run of the PAGE field is 14 pt and the paragraph is centred, in both profiles', async () => {
    for (const doc of [sampleDangDoc(), sampleNhaNuocDoc()]) {
      const parts = await exported(doc);
      const header = headerPart(parts, 'default');
      const withField = paragraphs(header).filter((p) => /<w:instrText[^>]*>\s*PAGE\s*</.test(p));
      expect(withField).toHaveLength(1);
      const p = withField[0]!;
      const runs = p.match(/<w:r>.*?<\/w:r>/gs)!;
      expect(runs.length).toBeGreaterThanOrEqual(3);
      for (const r of runs) expect(r.match(/<w:sz w:val="(\d+)"\/>/)?.[1], 'page number run size').toBe('28');
      expect(alignmentOf(p, parts['word/styles.xml']!)).toBe('center');
      // The style a clerk sees also says 14 pt, so a re-typed number keeps the size.
      expect(sizeOf(styleById(parts['word/styles.xml']!, styleOf(p)))).toBe(28);
    }
  });
});

describe('the closing: room for the signature', () => {
  it('leaves about four empty lines between the signer title and the name, in the right cell', async () => {
    for (const doc of [sampleDangDoc(), sampleNhaNuocDoc()]) {
      const parts = await exported(doc);
      const tables = topLevelTables(parts['word/document.xml']!);
      const closing = tables[tables.length - 1]!;
      const [left, right] = cells(closing)[0]!;
      expect(textOf(left!)).toContain('Nơi nhận:');
      const ps = paragraphs(right!);
      const texts = ps.map(textOf);
      const signerTitle = doc.content![3]!.attrs!.signerTitle as string;
      const signerName = doc.content![3]!.attrs!.signerName as string;
      const ti = texts.indexOf(signerTitle);
      const ni = texts.indexOf(signerName);
      expect(ti).toBeGreaterThanOrEqual(0);
      expect(ni - ti - 1, 'empty lines between title and name').toBeGreaterThanOrEqual(3);
      expect(ni - ti - 1, 'empty lines between title and name').toBeLessThanOrEqual(5);
      for (const gap of ps.slice(ti + 1, ni)) {
        expect(textOf(gap)).toBe('');
        // Each empty line is a full 14 pt line, not a collapsed one.
        const style = styleById(parts['word/styles.xml']!, styleOf(gap));
        expect(sizeOf(style)).toBe(28);
        expect(style).not.toMatch(/w:lineRule="exact"/);
      }
    }
  });
});

describe('header marks and bodies', () => {
  it('secrecy MẬT: caps, bold, 14 pt, under the number in the left column, like the urgency', async () => {
    for (const doc of [sampleDangDoc({ header: { secrecy: 'mật', urgency: '' } }), sampleNhaNuocDoc({ header: { secrecy: 'Mật', urgency: 'khẩn' } })]) {
      const d = (await exported(doc))['word/document.xml']!;
      const header = topLevelTables(d)[0]!;
      const rows = cells(header);
      expect(rows).toHaveLength(2);
      const leftTexts = paragraphs(rows[1]![0]!).map(textOf);
      const numberAt = leftTexts.findIndex((t) => t.startsWith('Số'));
      const secrecyAt = leftTexts.indexOf('MẬT');
      expect(numberAt).toBe(0);
      expect(secrecyAt, `left column: ${leftTexts.join(' | ')}`).toBeGreaterThan(numberAt);
      const rPr = firstRunProps(paragraphWithText(d, 'MẬT'));
      expect(isOn(rPr, 'b')).toBe(true);
      expect(isOn(rPr, 'i')).toBe(false);
      expect(sizeOf(rPr)).toBe(28);
      expect(textOf(rows[1]![1]!)).not.toContain('MẬT');
      if (leftTexts.includes('KHẨN')) {
        const urgency = firstRunProps(paragraphWithText(d, 'KHẨN'));
        expect([isOn(urgency, 'b'), sizeOf(urgency)]).toEqual([isOn(rPr, 'b'), sizeOf(rPr)]);
      }
    }
  });

  it('nha-nuoc superior body: caps 13 pt upright and not bold, above the bold issuing body', async () => {
    const doc = sampleNhaNuocDoc({ header: { superiorBody: 'Ủy ban nhân dân tỉnh Hậu Giang', issuingBody: 'SỞ TÀI CHÍNH' } });
    const d = (await exported(doc))['word/document.xml']!;
    const left = cells(topLevelTables(d)[0]!)[0]![0]!;
    const texts = paragraphs(left).map(textOf).filter((t) => t !== '');
    expect(texts.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', 'SỞ TÀI CHÍNH']);
    const sup = firstRunProps(paragraphWithText(d, 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG'));
    expect(sizeOf(sup)).toBe(26);
    expect(isOn(sup, 'b')).toBe(false);
    expect(isOn(sup, 'i')).toBe(false);
    const issuing = firstRunProps(paragraphWithText(d, 'SỞ TÀI CHÍNH'));
    expect(isOn(issuing, 'b')).toBe(true);
    expect(sizeOf(issuing)).toBe(26);
  });
});

describe('heading numbers chosen per document', () => {
  const outline = [heading(1, 'Kết quả'), heading(2, 'Kinh tế'), heading(3, 'Nông nghiệp'), heading(2, 'Xã hội'), heading(3, 'Giáo dục'), heading(3, 'Y tế'), para('Nội dung.'), heading(1, 'Nhiệm vụ'), heading(2, 'Mục tiêu'), heading(3, 'Chỉ tiêu')];

  it('prints the I- separator as text: "I- KẾT QUẢ", "II- NHIỆM VỤ"', async () => {
    const d = (await exported(withBody(sampleDangDoc({ header: { romanSeparator: '-' } }), outline)))['word/document.xml']!;
    const texts = paragraphs(d).map(textOf);
    expect(texts).toContain('I- KẾT QUẢ');
    expect(texts).toContain('II- NHIỆM VỤ');
    expect(texts.some((t) => /^I\. /.test(t))).toBe(false);
    expect(paragraphWithText(d, 'I- KẾT QUẢ')).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('prints decimal third level 2.1., 2.2. in bold italic, restarting under each second level', async () => {
    for (const doc of [sampleDangDoc({ header: { thirdLevel: 'decimal' } }), sampleNhaNuocDoc({ header: { thirdLevel: 'decimal' } })]) {
      const d = (await exported(withBody(doc, outline)))['word/document.xml']!;
      const texts = paragraphs(d).map(textOf);
      for (const t of ['1.1. Nông nghiệp', '2.1. Giáo dục', '2.2. Y tế', '1.1. Chỉ tiêu']) {
        expect(texts, t).toContain(t);
        const rPr = firstRunProps(paragraphWithText(d, t));
        expect(isOn(rPr, 'b'), `${t} bold`).toBe(true);
        expect(isOn(rPr, 'i'), `${t} italic`).toBe(true);
        expect(paragraphWithText(d, t)).toContain('<w:pStyle w:val="Heading3"/>');
      }
    }
  });
});
