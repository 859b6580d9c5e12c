// The zip and XML readers for files from outside (main/file-formats/ooxml):
// zip bombs and archives with too many entries are refused with a clear
// message before memory runs out; XML parts in UTF-16 or Latin-1, with any
// prefix, attributes containing '>' and hostile nesting are read correctly
// or refused clearly, in linear time.
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'fflate';
import { openZip } from '../../../../main/file-formats/ooxml/zip';
import { FileRejectedError } from '../../../../main/file-formats/ooxml/file-rejected';
import { descendants, parseXml, visitXml, type XmlElement } from '../../../../main/file-formats/ooxml/xml';
import { W_NS } from '../../../../main/file-formats/ooxml/namespaces';
import { deflatedEntry, rawZip, utf16le, zeroBombDeflate } from '../../../helpers/hostile-files';

const GiB = 1024 * 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);

function rejection(fn: () => unknown): FileRejectedError {
  try {
    fn();
  } catch (err) {
    if (err instanceof FileRejectedError) return err;
    throw err;
  }
  throw new Error('expected a FileRejectedError');
}

function textOf(el: XmlElement): string {
  let s = '';
  for (const d of descendants(el)) for (const c of d.children) if (typeof c === 'string') s += c;
  return s;
}

describe('zip reader', () => {
  it('the bomb generator really inflates (so the tests below test something)', () => {
    expect(inflateSync(zeroBombDeflate(100_000)).length).toBe(100_000);
  });

  it('refuses a part that inflates to 1 GiB while the zip declares 1 KB, without inflating it all', () => {
    const bomb = rawZip([{ name: 'word/document.xml', data: zeroBombDeflate(GiB), method: 8, declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const zip = openZip(bomb, { maxPartBytes: 64 * 1024 * 1024 });
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const err = rejection(() => zip.read('word/document.xml'));
    expect(err.problem).toBe('part-too-large');
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toMatch(/word\/document\.xml.*quá lớn.*64 MB/);
    expect(err.detail).toContain('declared 1000');
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });

  it('refuses when many entries sharing one compressed block inflate past the total cap', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `word/media/image${i}.bin`);
    const bomb = rawZip([{ name: 'word/a.bin', data: zeroBombDeflate(32 * 1024 * 1024), method: 8, declaredSize: 10, aliases }]);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const zip = openZip(bomb, { maxTotalBytes: 256 * 1024 * 1024 });
    const err = await (async () => {
      try {
        for (const e of zip.entries) await zip.readAsync(e.name);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(FileRejectedError);
    expect((err as FileRejectedError).problem).toBe('total-too-large');
    expect((err as FileRejectedError).message).toMatch(/giải nén ra quá lớn/);
    expect(zip.inflatedBytes).toBeLessThanOrEqual(256 * 1024 * 1024);
  });

  it('refuses an archive with too many entries, even when the end record understates the count', () => {
    const entries = Array.from({ length: 12_000 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), method: 0 as const, declaredSize: 0 }));
    const zip = rawZip(entries);
    const err = rejection(() => openZip(zip));
    expect(err.problem).toBe('too-many-entries');
    expect(err.message).toMatch(/quá nhiều phần/);
    // The end record says 3 entries; the directory holds 12,000.
    const lying = zip.slice();
    const eocd = lying.length - 22;
    lying[eocd + 8] = 3;
    lying[eocd + 9] = 0;
    lying[eocd + 10] = 3;
    lying[eocd + 11] = 0;
    expect(rejection(() => openZip(lying)).problem).toBe('too-many-entries');
  });

  it('refuses what is not a zip, and a truncated one, with a Vietnamese message', () => {
    expect(rejection(() => openZip(enc('PK but not really a zip'))).message).toMatch(/không phải là tệp Word/);
    const good = rawZip([deflatedEntry('word/document.xml', '<a/>')]);
    expect(rejection(() => openZip(good.subarray(0, good.length - 30))).problem).toBe('not-zip');
  });

  it('reads stored and deflated parts, case-insensitively, and reports missing ones as null', () => {
    const zip = openZip(rawZip([deflatedEntry('word/document.xml', 'xin chào'), { name: 'a.txt', data: enc('abc'), method: 0, declaredSize: 3 }]));
    expect(new TextDecoder().decode(zip.read('Word/Document.xml')!)).toBe('xin chào');
    expect(new TextDecoder().decode(zip.read('a.txt')!)).toBe('abc');
    expect(zip.read('word/comments.xml')).toBeNull();
  });
});

describe('XML reader', () => {
  it('reads a UTF-16 part with a byte-order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="${W_NS}"><w:t>Tiếng Việt có dấu</w:t></w:document>`;
    const root = parseXml(utf16le(xml));
    expect(root.local).toBe('document');
    expect(textOf(root)).toBe('Tiếng Việt có dấu');
  });

  it('reads a part declared ISO-8859-1 and one declared windows-1258', () => {
    const latin1 = new Uint8Array([...enc('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf'), 0xe9, ...enc('</a>')]);
    expect(textOf(parseXml(latin1))).toBe('café');
    // windows-1258: 0xEA = ê, 0xD2 = combining hook above → "Tể" after NFC
    const cp1258 = new Uint8Array([...enc('<?xml version="1.0" encoding="windows-1258"?><a>T'), 0xea, 0xd2, ...enc('</a>')]);
    expect(textOf(parseXml(cp1258)).normalize('NFC')).toBe('Tể');
  });

  it('resolves any namespace prefix to its URI, and Strict OOXML to Transitional', () => {
    const custom = parseXml(enc(`<x:document xmlns:x="${W_NS}"><x:body><x:t x:space="keep">một</x:t></x:body></x:document>`));
    const t = [...descendants(custom)].find((e) => e.local === 't')!;
    expect(t.uri).toBe(W_NS);
    expect(t.attr(W_NS, 'space')).toBe('keep');
    const defaultNs = parseXml(enc(`<document xmlns="${W_NS}"><t>hai</t></document>`));
    expect(defaultNs.uri).toBe(W_NS);
    const strict = parseXml(enc('<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>'));
    expect(strict.uri).toBe(W_NS);
  });

  it('keeps attribute values that contain ">" and entities', () => {
    const root = parseXml(enc(`<w:c xmlns:w="${W_NS}" w:author="A > B &amp; C" w:id="7"><w:t>x &lt; y</w:t></w:c>`));
    expect(root.attr(W_NS, 'author')).toBe('A > B & C');
    expect(root.attr(W_NS, 'id')).toBe('7');
    expect(textOf(root)).toBe('x < y');
  });

  it('refuses 400k "<" in a part quickly and clearly (the old scanner took 88 s)', () => {
    const hostile = enc(`<w:document xmlns:w="${W_NS}"><w:t>${'<'.repeat(400_000)}</w:t></w:document>`);
    const t0 = performance.now();
    const err = rejection(() => parseXml(hostile, { part: 'word/document.xml' }));
    expect(err.problem).toBe('not-xml');
    expect(err.message).toMatch(/word\/document\.xml.*không phải XML hợp lệ/);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('reads 400k elements in linear time, and refuses nesting deeper than the cap', () => {
    const many = enc(`<a>${'<b x="1">t</b>'.repeat(400_000)}</a>`);
    let opened = 0;
    const t0 = performance.now();
    visitXml(many, { open: () => opened++ });
    expect(opened).toBe(400_001);
    expect(performance.now() - t0).toBeLessThan(20_000);
    const deep = enc(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
    expect(rejection(() => parseXml(deep)).problem).toBe('xml-too-deep');
    expect(rejection(() => visitXml(many, {}, { limits: { maxNodes: 1000 } })).problem).toBe('xml-too-many-nodes');
  });

  it('refuses invalid UTF-8 and unknown encodings with a message naming the part', () => {
    expect(rejection(() => parseXml(new Uint8Array([...enc('<a>'), 0xc3, 0x28, ...enc('</a>')]), { part: 'word/comments.xml' })).message).toMatch(
      /word\/comments\.xml/,
    );
    expect(rejection(() => parseXml(enc('<?xml version="1.0" encoding="x-klingon"?><a/>'))).problem).toBe('encoding');
  });
});
