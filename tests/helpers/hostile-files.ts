// Generators of hostile files for the tests of main/file-formats/ooxml and
// the Word-comment import: zip bombs (small files that inflate to GiB,
// built from a hand-written deflate stream in milliseconds), zips with too
// many entries, and minimal .docx packages around a given document.xml.
import { deflateSync, strToU8, zipSync } from 'fflate';

/** A raw zip entry: `data` is written as is with `method` (0 stored, 8 deflate). */
export interface RawZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** What the zip claims the inflated size is (a bomb lies). */
  readonly declaredSize: number;
  /** Extra central-directory entries (other names) pointing at this same data. */
  readonly aliases?: readonly string[];
}

/**
 * A deflate stream (fixed Huffman) that inflates to `size` zero bytes:
 * one literal, then back-references of 258 bytes at distance 1, 13 bits
 * each, so the stream is about size / 160 bytes.
 */
export function zeroBombDeflate(size: number): Uint8Array {
  const copies = Math.floor((size - 1) / 258);
  const tail = size - 1 - copies * 258; // 0..257 literal zeros at the end
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + tail * 8 + 7) / 8) + 2);
  let acc = 0;
  let bits = 0;
  let at = 0;
  const put = (value: number, n: number) => {
    acc |= value << bits;
    bits += n;
    while (bits >= 8) {
      out[at++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  };
  put(3, 3); // BFINAL=1, BTYPE=01 (fixed Huffman)
  put(0x0c, 8); // literal 0 (code 00110000, bit-reversed)
  for (let i = 0; i < copies; i++) put(0xa3, 13); // length 258 (code 285) + distance 1 (code 0)
  for (let i = 0; i < tail; i++) put(0x0c, 8);
  put(0, 7); // end of block
  if (bits > 0) put(0, 8 - bits);
  return out.subarray(0, at);
}

/** Writes a zip by hand, so entries can lie about sizes or share data. */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    for (const alias of [e.name, ...(e.aliases ?? [])]) {
      const an = enc.encode(alias);
      const c = new Uint8Array(46 + an.length);
      const cv = new DataView(c.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(8, 0x800, true);
      cv.setUint16(10, e.method, true);
      cv.setUint32(20, e.data.length, true);
      cv.setUint32(24, e.declaredSize, true);
      cv.setUint16(28, an.length, true);
      cv.setUint32(42, offset, true);
      c.set(an, 46);
      central.push(c);
      count++;
    }
    locals.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, Math.min(count, 0xfffe), true);
  ev.setUint16(10, Math.min(count, 0xfffe), true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...central, eocd];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A deflated entry of `rawZip` holding `text`. */
export function deflatedEntry(name: string, text: string | Uint8Array): RawZipEntry {
  const bytes = typeof text === 'string' ? strToU8(text) : text;
  return { name, data: deflateSync(bytes), method: 8, declaredSize: bytes.length };
}

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

/** word/document.xml around `body` (WordprocessingML with the `w:` prefix). */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:w14="${W14}"><w:body>${body}</w:body></w:document>`;
}

/** word/comments.xml with the given comments (`id`, author, text). */
export function commentsXml(comments: ReadonlyArray<{ id: string; author: string; text: string; date?: string }>): string {
  const items = comments
    .map(
      (c) =>
        `<w:comment w:id="${c.id}" w:author="${c.author}" w:initials="X"${c.date ? ` w:date="${c.date}"` : ''}><w:p><w:r><w:t>${c.text}</w:t></w:r></w:p></w:comment>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}" xmlns:w14="${W14}">${items}</w:comments>`;
}

/** A minimal .docx (as Word needs it to open) with the given parts (strings are UTF-8, bytes as they are). */
export function makeDocx(parts: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  };
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

/** UTF-16 LE bytes with a byte-order mark. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}
