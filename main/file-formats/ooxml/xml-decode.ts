/**
 * Turning the bytes of an XML part into text the way an XML processor does:
 * a byte-order mark first (UTF-8, UTF-16 LE/BE), else UTF-16 recognised by
 * its zero bytes, else the encoding the XML declaration names (UTF-8,
 * ISO-8859-1/Latin-1, windows-1252, windows-1258, …), else UTF-8. Decoded in
 * slices, so a big part never exists twice in memory.
 */
import { TextDecoder } from 'node:util';
import { FileRejectedError } from './file-rejected';

/** Bytes decoded (and then parsed) per slice: small enough that one slice never holds up other work for long. */
const SLICE = 256 * 1024;

/** The encoding of an XML part, as a WHATWG label, and how many BOM bytes to skip. */
export interface XmlEncoding {
  readonly label: string;
  readonly bomLength: number;
}

/** Detects the encoding of an XML part from its first bytes. */
export function detectXmlEncoding(bytes: Uint8Array): XmlEncoding {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', bomLength: 2 };
  if (a === 0x3c && b === 0x00) return { label: 'utf-16le', bomLength: 0 };
  if (a === 0x00 && b === 0x3c) return { label: 'utf-16be', bomLength: 0 };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1];
  // A UTF-16 declaration on bytes without zero bytes is a mislabelled 8-bit file: read it as UTF-8.
  if (!declared || /^utf-?16/i.test(declared)) return { label: 'utf-8', bomLength: 0 };
  return { label: declared.toLowerCase(), bomLength: 0 };
}

function decoderFor(label: string, part: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new FileRejectedError(
      'encoding',
      `Tệp Word có phần "${part}" dùng bảng mã "${label}" mà DuThao không đọc được.`,
      `${part}: unknown encoding ${label}`,
    );
  }
}

/** Decodes an XML part slice by slice; throws `FileRejectedError('encoding')` on bytes invalid in its encoding. */
export function* decodeXmlSlices(bytes: Uint8Array, part: string): Generator<string> {
  const { label, bomLength } = detectXmlEncoding(bytes);
  const decoder = decoderFor(label, part);
  try {
    for (let at = bomLength; at < bytes.length; at += SLICE) {
      const text = decoder.decode(bytes.subarray(at, Math.min(at + SLICE, bytes.length)), { stream: at + SLICE < bytes.length });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (err) {
    if (err instanceof FileRejectedError) throw err;
    throw new FileRejectedError(
      'encoding',
      `Tệp Word có phần "${part}" chứa ký tự không hợp lệ theo bảng mã ${label}, không đọc được.`,
      `${part}: invalid ${label} bytes (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}
