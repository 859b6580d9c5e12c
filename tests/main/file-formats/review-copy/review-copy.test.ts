// The review copy (.duthao): written, read back, refused with a clear reason
// when it is not one, newer, truncated or altered, and merged into the
// original draft without touching the drafter's text.
import { describe, expect, it } from 'vitest';
import { Node as PMNode } from 'prosemirror-model';
import { documentSchema } from '../../../../common/document/schema';
import type { DocJSON } from '../../../../common/document/types';
import { collectThreadRanges } from '../../../../common/review/thread-ranges';
import { packReviewCopy, readReviewCopy, reviewCopyFileName, type ReviewCopyInput } from '../../../../main/file-formats/review-copy/review-copy';
import { ReviewCopyError } from '../../../../main/file-formats/review-copy/review-copy-error';
import { mergeReviewCopy } from '../../../../main/services/review/merge-review-copy';
import { drafter, entry, json, makeDoc, reviewer, thread, withComments } from '../../../helpers/review-fixtures';

const DRAFT = 'draft-1';
const original = makeDoc(
  'Năm 2025, kinh tế tăng trưởng 7,12%, cao hơn bình quân chung.',
  'Thu ngân sách đạt 126.838 tỷ đồng, vượt dự toán.',
  'Công tác cải cách hành chính còn chậm.',
);
const drafterThread = thread('t-drafter', DRAFT, 'kinh tế', [entry('e-d1', 't-drafter', 'Kiểm tra lại số liệu', drafter)]);
const currentDoc = withComments(original, [['t-drafter', 'kinh tế']]);

/** The reviewer's copy after commenting on two passages and replying to the drafter's thread. */
function reviewedCopy(): ReviewCopyInput {
  const doc = withComments(currentDoc, [
    ['t-rev1', '126.838 tỷ đồng'],
    ['t-rev2', 'cải cách hành chính còn chậm'],
  ]);
  return {
    draftId: DRAFT,
    title: 'Báo cáo công tác năm 2025',
    profile: 'dang',
    exportedAt: '2026-11-21T09:00:00.000Z',
    exportedBy: reviewer,
    doc: json(doc),
    threads: [
      { ...drafterThread, entries: [...drafterThread.entries, entry('e-r0', 't-drafter', 'Số liệu đúng theo Cục Thống kê.')] },
      thread('t-rev1', DRAFT, '126.838 tỷ đồng', [entry('e-r1', 't-rev1', 'Ghi rõ nguồn số liệu.')]),
      thread('t-rev2', DRAFT, 'cải cách hành chính còn chậm', [entry('e-r2', 't-rev2', 'Nêu nguyên nhân cụ thể <b>chậm</b>.')]),
    ],
  };
}

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ReviewCopyError) return `${err.problem}|${err.code}|${err.message}`;
    throw err;
  }
  return 'no error';
}

const text = (doc: DocJSON) => PMNode.fromJSON(documentSchema, doc).textContent;

describe('review copy file', () => {
  it('reads back what it wrote', () => {
    const input = reviewedCopy();
    const copy = readReviewCopy(packReviewCopy(input));
    expect(copy.format).toBe('duthao-review-copy');
    expect(copy.version).toBe(1);
    expect(copy.draftId).toBe(DRAFT);
    expect(copy.exportedBy).toEqual(reviewer);
    expect(copy.threads.map((t) => t.id)).toEqual(['t-drafter', 't-rev1', 't-rev2']);
    expect(copy.doc).toEqual(input.doc);
    expect(reviewCopyFileName('Báo cáo: năm/2025')).toBe('Báo cáo năm 2025 (gửi góp ý).duthao');
  });

  it('names a returned copy differently from the one sent, with the reviewer', () => {
    const sent = reviewCopyFileName('Báo cáo năm 2025');
    const returned = reviewCopyFileName('Báo cáo năm 2025', 'Trần Thị B');
    expect(returned).toBe('Báo cáo năm 2025 (đã góp ý - Trần Thị B).duthao');
    expect(returned).not.toBe(sent);
    expect(reviewCopyFileName('Báo cáo', '')).toBe('Báo cáo (đã góp ý).duthao');
  });

  it('refuses a file that is not a review copy', () => {
    expect(problemOf(() => readReviewCopy(new TextEncoder().encode('PK\u0003\u0004 not json')))).toMatch(/^not-a-review-copy\|INVALID_ARGUMENT\|Tệp này không phải/);
    expect(problemOf(() => readReviewCopy(new TextEncoder().encode('{"format":"something-else"}')))).toMatch(/^not-a-review-copy/);
    expect(problemOf(() => readReviewCopy(new Uint8Array([0xff, 0xfe, 0x00])))).toMatch(/^not-a-review-copy/);
  });

  it('refuses a copy from a newer DuThao with a message saying so', () => {
    const obj = JSON.parse(new TextDecoder().decode(packReviewCopy(reviewedCopy()))) as Record<string, unknown>;
    obj.version = 2;
    expect(problemOf(() => readReviewCopy(new TextEncoder().encode(JSON.stringify(obj))))).toMatch(/^newer-version\|.*phiên bản DuThao mới hơn/);
  });

  it('refuses a truncated or altered copy', () => {
    const bytes = packReviewCopy(reviewedCopy());
    expect(problemOf(() => readReviewCopy(bytes.slice(0, Math.floor(bytes.length / 2))))).toMatch(/^truncated\|.*không trọn vẹn/);
    expect(problemOf(() => readReviewCopy(new Uint8Array()))).toMatch(/^truncated/);
    const altered = new TextDecoder().decode(bytes).replace('Ghi rõ nguồn số liệu.', 'Ghi rõ nguồn.');
    expect(problemOf(() => readReviewCopy(new TextEncoder().encode(altered)))).toMatch(/^truncated/);
  });

  it('accepts any spacing of the same content (the checksum is over canonical JSON)', () => {
    const obj = JSON.parse(new TextDecoder().decode(packReviewCopy(reviewedCopy()))) as Record<string, unknown>;
    const { checksum, ...rest } = obj;
    const reordered = { checksum, ...Object.fromEntries(Object.entries(rest).reverse()) };
    expect(readReviewCopy(new TextEncoder().encode(JSON.stringify(reordered, null, 4))).draftId).toBe(DRAFT);
  });
});

describe('merging a returned review copy', () => {
  const target = { draftId: DRAFT, doc: json(currentDoc), threads: [drafterThread] };

  it('adds the new threads anchored to their passages and the new replies, keeping the text', () => {
    const out = mergeReviewCopy(target, readReviewCopy(packReviewCopy(reviewedCopy())));
    expect(out.addedThreads.map((t) => t.id)).toEqual(['t-rev1', 't-rev2']);
    expect(out.addedEntries.map((e) => e.id)).toEqual(['e-r0']);
    expect(out.detached).toEqual([]);
    expect(text(out.doc)).toBe(text(target.doc));
    const anchors = collectThreadRanges(PMNode.fromJSON(documentSchema, out.doc));
    expect(anchors.get('t-rev1')?.quote).toBe('126.838 tỷ đồng');
    expect(anchors.get('t-rev2')?.quote).toBe('cải cách hành chính còn chậm');
    expect(anchors.get('t-drafter')?.quote).toBe('kinh tế');
    expect(out.addedThreads[1]?.entries[0]?.body).toBe('Nêu nguyên nhân cụ thể <b>chậm</b>.');
  });

  it('adds nothing on a second import', () => {
    const copy = readReviewCopy(packReviewCopy(reviewedCopy()));
    const first = mergeReviewCopy(target, copy);
    const after = {
      draftId: DRAFT,
      doc: first.doc,
      threads: [{ ...drafterThread, entries: [...drafterThread.entries, ...first.addedEntries] }, ...first.addedThreads],
    };
    const second = mergeReviewCopy(after, copy);
    expect(second.addedThreads).toEqual([]);
    expect(second.addedEntries).toEqual([]);
    expect(second.docChanged).toBe(false);
    expect(second.doc).toBe(after.doc);
    expect(second.skipped).toBeGreaterThan(0);
  });

  it('re-anchors where the drafter edited around the passage, and keeps it detached where the passage is gone', () => {
    // Meanwhile the drafter rewrote the first paragraph, added one before, and deleted the third.
    const edited = withComments(
      makeDoc(
        'Đánh giá chung.',
        'Năm 2025, kinh tế tăng trưởng khá, đạt 7,12%.',
        'Thu  ngân sách đạt 126.838 tỷ  đồng, vượt xa dự toán.',
      ),
      [['t-drafter', 'kinh tế']],
    );
    const out = mergeReviewCopy({ ...target, doc: json(edited) }, readReviewCopy(packReviewCopy(reviewedCopy())));
    expect(text(out.doc)).toBe(edited.textContent);
    const anchors = collectThreadRanges(PMNode.fromJSON(documentSchema, out.doc));
    expect(anchors.get('t-rev1')?.quote).toBe('126.838 tỷ  đồng');
    expect(anchors.has('t-rev2')).toBe(false);
    expect(out.detached).toEqual(['t-rev2']);
    const kept = out.addedThreads.find((t) => t.id === 't-rev2');
    expect(kept?.detached).toBe(true);
    expect(kept?.quote).toBe('cải cách hành chính còn chậm');
    expect(kept?.entries[0]?.body).toBe('Nêu nguyên nhân cụ thể <b>chậm</b>.');
  });

  it('refuses a copy of another draft', () => {
    const copy = readReviewCopy(packReviewCopy({ ...reviewedCopy(), draftId: 'draft-2', threads: [] }));
    expect(problemOf(() => mergeReviewCopy(target, copy))).toMatch(/^other-draft\|CONFLICT\|Bản góp ý này thuộc dự thảo khác/);
  });
});
