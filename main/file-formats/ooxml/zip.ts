/**
 * Reading the zip container of an OOXML file (.docx) from outside, with caps:
 * the number of entries, the inflated size of each part and of all parts read
 * together. Sizes declared in the zip are never trusted: each part is
 * inflated as a stream (fflate) and reading stops as soon as a cap is passed,
 * so a zip bomb costs at most the cap in memory and time. Every way a file
 * can be wrong is a `FileRejectedError`.
 */
import { Inflate } from 'fflate';
import { FileRejectedError, megabytes } from './file-rejected';

/** The caps applied while reading one archive. */
export interface ZipLimits {
  /** Most entries (files and folders) in the central directory. */
  readonly maxEntries: number;
  /** Most bytes one part may inflate to. */
  readonly maxPartBytes: number;
  /** Most bytes all parts read from this archive may inflate to together. */
  readonly maxTotalBytes: number;
}

/** Caps fit for a Word document: far above any real file, far below what exhausts memory. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** One entry of the archive, as listed in its central directory. */
export interface ZipEntry {
  /** The entry's path inside the archive, without a leading '/'. */
  readonly name: string;
  /** The size the zip declares once inflated (not trusted; for information only). */
  readonly declaredSize: number;
}

/** An open archive: list its entries, read parts as bytes within the caps. */
export interface ZipArchive {
  /** The entries, in central-directory order. */
  readonly entries: readonly ZipEntry[];
  /** Whether a part exists (names compare case-insensitively, as OOXML part names do). */
  has(name: string): boolean;
  /** The inflated bytes of a part, or null when there is none. Throws `FileRejectedError` past a cap. */
  read(name: string): Uint8Array | null;
  /** Like `read`, but lets other work run (other API calls) between chunks of a big part. */
  readAsync(name: string): Promise<Uint8Array | null>;
  /** Bytes inflated so far, counted against `maxTotalBytes`. */
  readonly inflatedBytes: number;
}

interface RawEntry extends ZipEntry {
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

const NOT_ZIP = 'Tệp này không phải là tệp Word (.docx) hợp lệ.';
const UNSUPPORTED = 'Tệp Word này dùng kiểu nén hoặc mã hóa mà DuThao không đọc được. Hãy mở bằng Word và lưu lại dưới dạng .docx.';
const CORRUPT = 'Tệp Word bị hỏng (có phần không giải nén được). Hãy mở bằng Word và lưu lại.';

/** Input slice pushed to the inflater at a time: bounds the output of one step to about 1032 × this. */
const STEP_INPUT = 16 * 1024;

/** Bytes of inflated output joined per step. */
const JOIN_STEP = 4 * 1024 * 1024;

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  const name = new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(raw);
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

function listEntries(bytes: Uint8Array, limits: ZipLimits): RawEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new FileRejectedError('not-zip', NOT_ZIP, 'no end-of-central-directory record');
  const declaredCount = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0) {
    throw new FileRejectedError('zip-unsupported', UNSUPPORTED, 'multi-disk archive');
  }
  if (declaredCount === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new FileRejectedError('zip-unsupported', UNSUPPORTED, 'ZIP64 archive');
  }
  const tooMany = (n: number) =>
    new FileRejectedError(
      'too-many-entries',
      `Tệp Word có quá nhiều phần bên trong (hơn ${limits.maxEntries.toLocaleString('vi-VN')}), có thể là tệp bị hỏng hoặc độc hại. DuThao không mở tệp này.`,
      `${n} entries, cap ${limits.maxEntries}`,
    );
  if (declaredCount > limits.maxEntries) throw tooMany(declaredCount);
  if (cdOffset + cdSize > bytes.length) throw new FileRejectedError('not-zip', NOT_ZIP, 'central directory past the end of the file');
  const out: RawEntry[] = [];
  let p = cdOffset;
  const end = cdOffset + cdSize;
  while (p + 46 <= end && u32(bytes, p) === 0x02014b50) {
    if (out.length >= limits.maxEntries) throw tooMany(out.length + 1);
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > end) throw new FileRejectedError('not-zip', NOT_ZIP, 'central directory entry past its end');
    out.push({
      name: decodeName(bytes.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0),
      flags,
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      declaredSize: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p = next;
  }
  return out;
}

/** The compressed bytes of an entry, located through its local header. */
function compressedData(bytes: Uint8Array, e: RawEntry): Uint8Array {
  const o = e.localOffset;
  if (o + 30 > bytes.length || u32(bytes, o) !== 0x04034b50) {
    throw new FileRejectedError('corrupt', CORRUPT, `${e.name}: bad local header offset ${o}`);
  }
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  if (start + e.compressedSize > bytes.length) throw new FileRejectedError('corrupt', CORRUPT, `${e.name}: data past the end of the file`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** Opens a zip held in memory. Throws `FileRejectedError` for what is not a readable zip within `limits`. */
export function openZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipArchive {
  const caps: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const raw = listEntries(bytes, caps);
  const byName = new Map<string, RawEntry>();
  for (const e of raw) if (!byName.has(e.name.toLowerCase())) byName.set(e.name.toLowerCase(), e);
  let total = 0;

  const partTooLarge = (e: RawEntry) =>
    new FileRejectedError(
      'part-too-large',
      `Tệp Word có phần "${e.name}" giải nén ra quá lớn (hơn ${megabytes(caps.maxPartBytes)}), có thể là tệp bị hỏng hoặc độc hại. DuThao không mở tệp này.`,
      `${e.name} inflates past ${caps.maxPartBytes} bytes (declared ${e.declaredSize})`,
    );
  const totalTooLarge = (e: RawEntry) =>
    new FileRejectedError(
      'total-too-large',
      `Tệp Word giải nén ra quá lớn (hơn ${megabytes(caps.maxTotalBytes)}), có thể là tệp bị hỏng hoặc độc hại. DuThao không mở tệp này.`,
      `inflated total passes ${caps.maxTotalBytes} bytes while reading ${e.name}`,
    );

  /** Inflates one entry step by step (a generator, so a sync and an async driver share it). */
  function* inflateSteps(e: RawEntry): Generator<void, Uint8Array> {
    if (e.flags & 1) throw new FileRejectedError('zip-unsupported', UNSUPPORTED, `${e.name} is encrypted`);
    const data = compressedData(bytes, e);
    const room = () => Math.min(caps.maxPartBytes, caps.maxTotalBytes - total);
    const fail = () => (caps.maxTotalBytes - total < caps.maxPartBytes ? totalTooLarge(e) : partTooLarge(e));
    if (e.method === 0) {
      if (data.length > room()) throw fail();
      total += data.length;
      return data;
    }
    if (e.method !== 8) throw new FileRejectedError('zip-unsupported', UNSUPPORTED, `${e.name}: compression method ${e.method}`);
    const limit = room();
    const chunks: Uint8Array[] = [];
    let size = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) over = true;
      else if (chunk.length > 0) chunks.push(chunk);
    });
    for (let at = 0; at < data.length || at === 0; at += STEP_INPUT) {
      const final = at + STEP_INPUT >= data.length;
      try {
        inflater.push(data.subarray(at, at + STEP_INPUT), final);
      } catch (err) {
        throw new FileRejectedError('corrupt', CORRUPT, `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (over) throw fail();
      if (final) break;
      yield;
    }
    total += size;
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    // Joined about JOIN_STEP bytes per step: one copy of a 100 MB part would hold up other work for a long moment.
    const out = new Uint8Array(size);
    let o = 0;
    let sinceStep = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
      sinceStep += c.length;
      if (sinceStep >= JOIN_STEP) {
        sinceStep = 0;
        yield;
      }
    }
    return out;
  }

  const entry = (name: string) => byName.get(name.replace(/^\/+/, '').toLowerCase());

  return {
    entries: raw.map(({ name, declaredSize }) => ({ name, declaredSize })),
    has: (name) => entry(name) !== undefined,
    read(name) {
      const e = entry(name);
      if (!e) return null;
      const steps = inflateSteps(e);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
      }
    },
    async readAsync(name) {
      const e = entry(name);
      if (!e) return null;
      const steps = inflateSteps(e);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
    get inflatedBytes() {
      return total;
    },
  };
}
