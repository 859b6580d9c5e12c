/**
 * Opens a .docx for import through a capped zip reader: only the parts the
 * import reads are inflated, each within a size cap, with a cap on the
 * number of entries and on the whole, so a zip bomb or a huge file gives a
 * clear error instead of exhausting memory. Nothing else (mammoth included)
 * ever sees the original archive.
 */
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { ApiError } from '../../../common/api/errors';

/** Caps of the import's zip reader. */
export const DOCX_LIMITS = {
  /** The .docx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the archive. */
  entries: 10_000,
  /** One inflated part. */
  partBytes: 64 * 1024 * 1024,
  /** All inflated parts together. */
  totalBytes: 160 * 1024 * 1024,
} as const;

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
const TOO_BIG = 'Tệp Word quá lớn hoặc bị nén bất thường nên không nhập được.';

/** The parts of a .docx, as text. */
export interface DocxPackage {
  /** A part's text, or null when the file has none. */
  text(path: string): string | null;
  /** A new .docx holding only the read parts, with `replaced` parts swapped in (what mammoth reads). */
  rezip(replaced: Readonly<Record<string, string>>): Uint8Array;
}

/** Opens the bytes of a .docx; throws an INVALID_ARGUMENT ApiError when they are not one, or too big. */
export function openDocxPackage(bytes: Uint8Array): DocxPackage {
  if (bytes.byteLength > DOCX_LIMITS.fileBytes) throw new ApiError('INVALID_ARGUMENT', TOO_BIG, `file is ${bytes.byteLength} bytes, over ${DOCX_LIMITS.fileBytes}`);
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ApiError('INVALID_ARGUMENT', NOT_DOCX, 'not a zip archive');
  const wanted = new Set<string>(IMPORT_PARTS);
  let entries = 0;
  let declared = 0;
  let problem: string | null = null;
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        if (entries > DOCX_LIMITS.entries) problem ??= `more than ${DOCX_LIMITS.entries} entries`;
        if (!wanted.has(f.name)) return false;
        if (f.originalSize > DOCX_LIMITS.partBytes) problem ??= `${f.name} inflates to ${f.originalSize} bytes`;
        declared += f.originalSize;
        if (declared > DOCX_LIMITS.totalBytes) problem ??= `parts inflate to more than ${DOCX_LIMITS.totalBytes} bytes`;
        return problem === null;
      },
    });
  } catch (err) {
    throw new ApiError('INVALID_ARGUMENT', NOT_DOCX, `unzip failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (problem !== null) throw new ApiError('INVALID_ARGUMENT', TOO_BIG, problem);
  if (!parts['word/document.xml']) throw new ApiError('INVALID_ARGUMENT', NOT_DOCX, 'no word/document.xml');
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const cache = new Map<string, string>();
  return {
    text(path) {
      const cached = cache.get(path);
      if (cached !== undefined) return cached;
      const data = parts[path];
      if (!data) return null;
      const t = decoder.decode(data);
      cache.set(path, t);
      return t;
    },
    rezip(replaced) {
      const out: Record<string, Uint8Array> = {};
      const encoder = new TextEncoder();
      for (const [name, data] of Object.entries(parts)) out[name] = replaced[name] !== undefined ? encoder.encode(replaced[name]) : data;
      return zipSync(out, { level: 0 });
    },
  };
}
