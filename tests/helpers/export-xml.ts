/**
 * Helpers for the export tests: unzip an exported .docx and find
 * paragraphs, runs and properties in its XML with plain string matching.
 */
import JSZip from 'jszip';

/** The XML parts of a .docx by path (word/document.xml…). */
export async function unzipDocx(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** Every `<w:p>` element of a part. */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >](?:(?!<w:p[ >]).)*?<\/w:p>/gs) ?? [];
}

/** The visible text of an XML fragment (all `w:t`). */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The one paragraph whose text is exactly `text` (throws when none or several). */
export function paragraphWithText(xml: string, text: string): string {
  const found = paragraphs(xml).filter((p) => textOf(p) === text);
  if (found.length !== 1) throw new Error(`expected one paragraph "${text}", found ${found.length}`);
  return found[0]!;
}

/** The paragraph whose text starts with `prefix` (first one). */
export function paragraphStartingWith(xml: string, prefix: string): string {
  const found = paragraphs(xml).find((p) => textOf(p).startsWith(prefix));
  if (!found) throw new Error(`no paragraph starting "${prefix}"`);
  return found;
}

/** The run properties of a paragraph's first text run. */
export function firstRunProps(paragraph: string): string {
  const run = paragraph.match(/<w:r>(?:(?!<\/w:r>).)*?<w:t[ >]/s)?.[0] ?? '';
  return run.match(/<w:rPr>.*?<\/w:rPr>/s)?.[0] ?? '';
}

/** Whether an on/off property (`b`, `i`) is on in run properties. */
export function isOn(rPr: string, name: string): boolean {
  const m = rPr.match(new RegExp(`<w:${name}(?: w:val="([^"]*)")?/>`));
  return !!m && m[1] !== 'false' && m[1] !== '0';
}

/** The half-point size in run properties. */
export function sizeOf(rPr: string): number | null {
  const m = rPr.match(/<w:sz w:val="(\d+)"\/>/);
  return m ? Number(m[1]) : null;
}

/** The definition of a style by id in styles.xml. */
export function styleById(stylesXml: string, id: string): string {
  const m = stylesXml.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's'));
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

/** Top-level tables of document.xml, in order (tables nested in cells are not counted separately). */
export function topLevelTables(documentXml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  const re = /<w:tbl>|<\/w:tbl>/g;
  for (let m = re.exec(documentXml); m; m = re.exec(documentXml)) {
    if (m[0] === '<w:tbl>') {
      if (depth === 0) start = m.index;
      depth++;
    } else {
      depth--;
      if (depth === 0) out.push(documentXml.slice(start, m.index + m[0].length));
    }
  }
  return out;
}

/** The header part (`default` or `first`) the section of document.xml refers to. */
export function headerPart(parts: Record<string, string>, type: 'default' | 'first'): string {
  const d = parts['word/document.xml']!;
  const rels = parts['word/_rels/document.xml.rels']!;
  const id = d.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`))![1];
  const rel = rels.match(new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`))![0];
  return parts[`word/${rel.match(/Target="([^"]+)"/)![1]}`]!;
}
