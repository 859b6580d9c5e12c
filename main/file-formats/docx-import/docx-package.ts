/**
 * Opens a .docx for import through the capped readers of
 * `main/file-formats/ooxml/` (zip: entry count, per-part and total inflated
 * size; XML: well-formed, namespace-aware, depth and node caps): only the
 * parts the import reads are inflated, each XML part is checked before
 * anything else reads it, and mammoth is given a rebuilt package of those
 * checked parts — never the original archive (its jszip has no caps).
 */
import { zipSync } from 'fflate';
import { FileRejectedError } from '../ooxml/file-rejected';
import { decodeXmlSlices } from '../ooxml/xml-decode';
import { visitXml } from '../ooxml/xml';
import { openZip } from '../ooxml/zip';

/** The parts an import reads (everything else, media included, is never inflated). */
export const IMPORT_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
  'word/_rels/footnotes.xml.rels',
] as const;

const NOT_DOCX = 'Tệp này không phải là tệp Word (.docx) hợp lệ.';

/** The checked parts of a .docx, as text. */
export interface DocxPackage {
  /** word/document.xml as read (not yet parsed: `readParagraphLayouts` checks it). */
  readonly documentXml: Uint8Array;
  /** A part's text, or null when the file has none. */
  text(path: string): string | null;
  /** A new .docx of the read parts (UTF-8), with `replaced` parts swapped in: what mammoth reads. */
  rezip(replaced: Readonly<Record<string, string>>): Uint8Array;
}

/** An XML part as UTF-8 text whose declaration says so (a UTF-16 part is re-encoded). */
function asUtf8Text(bytes: Uint8Array, part: string): string {
  let text = '';
  for (const slice of decodeXmlSlices(bytes, part)) text += slice;
  return text.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/u, '$1UTF-8$2');
}

/** Opens the bytes of a .docx; throws a `FileRejectedError` (INVALID_ARGUMENT, Vietnamese message) when they are not a usable one. */
export function openDocxPackage(bytes: Uint8Array): DocxPackage {
  const zip = openZip(bytes);
  const texts = new Map<string, string>();
  let documentBytes: Uint8Array | null = null;
  for (const part of IMPORT_PARTS) {
    const data = zip.read(part);
    if (!data) continue;
    if (part === 'word/document.xml') {
      // Checked by the layout pass (`readParagraphLayouts`), which parses it before mammoth reads it.
      documentBytes = data;
      texts.set(part, asUtf8Text(data, part));
    } else if (part.endsWith('.xml') || part.endsWith('.rels')) {
      // Well-formed and within the XML caps before anyone else reads it.
      visitXml(data, {}, { part });
      texts.set(part, asUtf8Text(data, part));
    }
  }
  if (!documentBytes) throw new FileRejectedError('not-zip', NOT_DOCX, 'no word/document.xml part');
  const body = documentBytes;
  return {
    documentXml: body,
    text: (path) => texts.get(path) ?? null,
    rezip(replaced) {
      const encoder = new TextEncoder();
      const out: Record<string, Uint8Array> = {};
      for (const [name, text] of texts) out[name] = encoder.encode(replaced[name] ?? text);
      return zipSync(out, { level: 0 });
    },
  };
}
