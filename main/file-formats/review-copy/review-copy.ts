/**
 * The review copy (`.duthao`): one JSON file holding a draft's document, its
 * threads and who exported it, so a reviewer on another computer can comment
 * and send it back. Format: docs/review-copy-format.md. Bytes in, data out;
 * every way a file can be wrong gets a `ReviewCopyError`.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DocJSON, ProfileId } from '../../../common/document/types';
import { authorSchema, threadSchema } from '../../../common/review/thread-schema';
import type { Author, Thread } from '../../../common/review/types';
import { toNfc } from '../../../common/text/normalize';
import { checkDocument } from '../../../common/document/check';
import { canonicalJson } from './canonical-json';
import { ReviewCopyError } from './review-copy-error';

/** The `format` field of every review copy. */
export const REVIEW_COPY_FORMAT = 'duthao-review-copy';

/** The format version this build writes and the newest it reads. */
export const REVIEW_COPY_VERSION = 1;

/** The largest review copy read, in bytes. */
export const MAX_REVIEW_COPY_BYTES = 50 * 1024 * 1024;

/** The most threads a review copy may hold (a year of intense review is a few hundred). */
export const MAX_REVIEW_COPY_THREADS = 10_000;

/** The most entries (comments and replies) a review copy may hold in all. */
export const MAX_REVIEW_COPY_ENTRIES = 50_000;

/** A review copy, read and checked. */
export interface ReviewCopy {
  readonly format: typeof REVIEW_COPY_FORMAT;
  readonly version: number;
  readonly draftId: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly exportedAt: string;
  readonly exportedBy: Author;
  readonly doc: DocJSON;
  readonly threads: readonly Thread[];
}

/** What `packReviewCopy` needs. */
export type ReviewCopyInput = Omit<ReviewCopy, 'format' | 'version'>;

/** The checksum of a payload (the copy without its `checksum` field). */
export function reviewCopyChecksum(payload: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex')}`;
}

/** Writes a review copy: UTF-8 JSON with a checksum of its canonical payload. */
export function packReviewCopy(input: ReviewCopyInput): Uint8Array {
  const payload = {
    format: REVIEW_COPY_FORMAT,
    version: REVIEW_COPY_VERSION,
    draftId: input.draftId,
    title: input.title,
    profile: input.profile,
    exportedAt: input.exportedAt,
    exportedBy: input.exportedBy,
    doc: input.doc,
    threads: input.threads,
  };
  const text = JSON.stringify({ ...payload, checksum: reviewCopyChecksum(payload) }, null, 1);
  return new TextEncoder().encode(text);
}

function safeName(text: string, max: number): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * A file name for a review copy of a draft titled `title`. The copy a
 * drafter sends reads `(gửi góp ý)`; the copy a reviewer sends back
 * (`returnedBy` = the reviewer's name) reads `(đã góp ý - Name)`, so the two
 * can't be confused in a mail folder.
 */
export function reviewCopyFileName(title: string, returnedBy?: string): string {
  const safe = safeName(title, 120) || 'Du thao';
  if (returnedBy === undefined) return `${safe} (gửi góp ý).duthao`;
  const who = safeName(returnedBy, 40);
  return `${safe} (đã góp ý${who ? ` - ${who}` : ''}).duthao`;
}

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const bodySchema = z
  .object({
    format: z.literal(REVIEW_COPY_FORMAT),
    version: z.number().int().min(1),
    draftId: id,
    title: z.string().min(1).max(500).transform(toNfc),
    profile: z.enum(['dang', 'nha-nuoc']),
    exportedAt: z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
    exportedBy: authorSchema,
    doc: z.unknown(),
    threads: z.array(threadSchema).max(MAX_REVIEW_COPY_THREADS),
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  })
  .strict();

const NOT_A_COPY = 'Tệp này không phải là bản góp ý của DuThao (.duthao).';
const TRUNCATED = 'Tệp bản góp ý bị hỏng hoặc không trọn vẹn (có thể bị cắt ngắn khi sao chép). Hãy xin người góp ý gửi lại tệp.';

/** The copy's document checked and cleaned by the one gatekeeper (`checkDocument`), as the save path stores it. */
function checkedDoc(json: unknown): DocJSON {
  const checked = checkDocument(json);
  if (!checked.ok) throw new ReviewCopyError('invalid', `Văn bản trong bản góp ý không hợp lệ, không thể mở. ${checked.message}`, checked.detail);
  return checked.doc;
}

const INVALID = 'Bản góp ý có nội dung không hợp lệ, không thể mở.';

/** Refuses a copy with more threads or entries than DuThao takes in one merge, before any costly work. */
function checkCounts(threads: unknown): void {
  if (!Array.isArray(threads)) return; // the schema check says what is wrong
  let entries = 0;
  for (const t of threads as unknown[]) {
    const list = t !== null && typeof t === 'object' ? (t as { entries?: unknown }).entries : undefined;
    if (Array.isArray(list)) entries += list.length;
  }
  if (threads.length > MAX_REVIEW_COPY_THREADS || entries > MAX_REVIEW_COPY_ENTRIES) {
    const max = (n: number) => n.toLocaleString('vi-VN');
    throw new ReviewCopyError(
      'invalid',
      `Bản góp ý có quá nhiều góp ý (${max(threads.length)} luồng, ${max(entries)} góp ý và trả lời; tối đa ${max(MAX_REVIEW_COPY_THREADS)} luồng và ${max(MAX_REVIEW_COPY_ENTRIES)} góp ý). DuThao không mở tệp này.`,
      `${threads.length} threads, ${entries} entries; caps ${MAX_REVIEW_COPY_THREADS} / ${MAX_REVIEW_COPY_ENTRIES}`,
    );
  }
}

/**
 * Refuses a copy in which two threads, or two entries, share an id, or a
 * thread has no entry: DuThao never writes such a file (it was edited by
 * hand or crafted), and merging it would store a thread without its entries.
 */
function checkUniqueIds(threads: readonly Thread[]): void {
  const threadIds = new Set<string>();
  const entryIds = new Set<string>();
  const bad = (what: string, detail: string) =>
    new ReviewCopyError('invalid', `Bản góp ý bị lỗi: ${what}. Tệp có thể đã bị sửa tay; hãy xin người góp ý gửi lại tệp.`, detail);
  for (const t of threads) {
    if (threadIds.has(t.id)) throw bad(`có hai luồng góp ý trùng mã "${t.id}"`, `duplicate thread id ${t.id}`);
    threadIds.add(t.id);
    if (t.entries.length === 0) throw bad(`luồng góp ý "${t.id}" không có nội dung`, `thread ${t.id} has no entries`);
    for (const e of t.entries) {
      if (entryIds.has(e.id)) throw bad(`có hai góp ý trùng mã "${e.id}"`, `duplicate entry id ${e.id}`);
      entryIds.add(e.id);
    }
  }
}

/** Reads and checks a review copy; throws `ReviewCopyError` naming what is wrong. */
export function readReviewCopy(bytes: Uint8Array): ReviewCopy {
  if (bytes.byteLength > MAX_REVIEW_COPY_BYTES) {
    throw new ReviewCopyError('invalid', 'Tệp bản góp ý quá lớn (tối đa 50 MB).', `file is ${bytes.byteLength} bytes`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ReviewCopyError('not-a-review-copy', NOT_A_COPY, 'not UTF-8 text');
  }
  if (text.trim() === '') throw new ReviewCopyError('truncated', TRUNCATED, 'the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const looksLikeCopy = text.trimStart().startsWith('{') && text.includes(`"${REVIEW_COPY_FORMAT}"`);
    const detail = `JSON parse failed: ${err instanceof Error ? err.message : String(err)}`;
    throw looksLikeCopy ? new ReviewCopyError('truncated', TRUNCATED, detail) : new ReviewCopyError('not-a-review-copy', NOT_A_COPY, detail);
  }
  const obj = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (!obj || obj.format !== REVIEW_COPY_FORMAT) {
    throw new ReviewCopyError('not-a-review-copy', NOT_A_COPY, `format is ${JSON.stringify(obj?.format)}`);
  }
  if (typeof obj.version === 'number' && obj.version > REVIEW_COPY_VERSION) {
    throw new ReviewCopyError(
      'newer-version',
      `Bản góp ý này được tạo bằng phiên bản DuThao mới hơn (định dạng ${obj.version}). Hãy cập nhật DuThao để mở tệp.`,
      `format version ${obj.version} > supported ${REVIEW_COPY_VERSION}`,
    );
  }
  checkCounts(obj.threads);
  const { checksum, ...payload } = obj;
  let actual: string;
  try {
    actual = reviewCopyChecksum(payload);
  } catch (err) {
    // JSON nested deeper than the stack allows: no DuThao file looks like that.
    throw new ReviewCopyError('invalid', INVALID, `checksum failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof checksum !== 'string' || actual !== checksum) {
    throw new ReviewCopyError('truncated', TRUNCATED, 'checksum mismatch');
  }
  const parsed = bodySchema.safeParse(obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewCopyError('invalid', INVALID, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  checkUniqueIds(parsed.data.threads);
  const doc = checkedDoc(parsed.data.doc);
  const v = parsed.data;
  if (v.threads.some((t) => t.draftId !== v.draftId)) {
    throw new ReviewCopyError('invalid', INVALID, 'a thread belongs to another draft');
  }
  return {
    format: REVIEW_COPY_FORMAT,
    version: v.version,
    draftId: v.draftId,
    title: v.title,
    profile: v.profile,
    exportedAt: v.exportedAt,
    exportedBy: v.exportedBy,
    doc,
    threads: v.threads,
  };
}
