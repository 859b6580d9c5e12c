/**
 * Suggestions travel in review copies (.duthao) and merge like comments,
 * through the real API and SQLite: added to the draft's paragraphs, never
 * twice when the same copy is merged again, never overwriting the drafter's
 * text; a suggestion whose paragraph the drafter changed since comes in as a
 * conflicting comment ("Xung đột: đoạn văn đã thay đổi") and is not applied;
 * a copy with a hostile suggestion is refused by the document check.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocJSON, NodeJSON } from '../../../../common/document/types';
import { resolveAllSuggestions } from '../../../../common/document/suggestions';
import { mergeNotices } from '../../../../common/review/merge-notices';
import { listSuggestions } from '../../../../common/suggestions/list-suggestions';
import { packReviewCopy } from '../../../../main/file-formats/review-copy/review-copy';
import { openTestServices } from '../../../helpers/hostile-services';
import { docWith } from '../../../helpers/store';
import { reviewer } from '../../../helpers/review-fixtures';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const WHO = { author: 'Nguyễn Văn An', date: '2026-12-04T13:05:00Z' };

let svc: ReturnType<typeof openTestServices>;
beforeEach(() => {
  svc = openTestServices();
});
afterEach(() => svc.close());

/** `doc` with body paragraph `index` replaced by `content`. */
function withParagraph(doc: DocJSON, index: number, content: NodeJSON[]): DocJSON {
  const parts = doc.content!.slice();
  const body = parts[2]!;
  const blocks = body.content!.slice();
  blocks[index] = { type: 'paragraph', content };
  parts[2] = { ...body, content: blocks };
  return { ...doc, content: parts };
}

const t = (text: string, ...marks: { type: string; attrs?: Record<string, unknown> }[]): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });

/** A reviewer's copy of `draftId` with an insertion in paragraph 0 and a deletion in paragraph 1. */
async function reviewerCopy(draftId: string, attrs: Record<string, unknown> = {}): Promise<string> {
  const stored = (await svc.call('getDraft', { id: draftId })) as { doc: DocJSON };
  let doc = withParagraph(stored.doc, 0, [t('Kết quả '), t('rất ', { type: 'insertion', attrs: { id: 's-ins1', ...WHO, ...attrs } }), t('tốt.')]);
  doc = withParagraph(doc, 1, [t('Tiếp tục '), t('cố gắng ', { type: 'deletion', attrs: { id: 's-del1', ...WHO } }), t('phấn đấu.')]);
  return b64(packReviewCopy({ draftId, title: 'Báo cáo', profile: 'dang', exportedAt: '2026-12-04T13:10:00.000Z', exportedBy: reviewer, doc, threads: [] }));
}

async function docOf(draftId: string): Promise<DocJSON> {
  return ((await svc.call('getDraft', { id: draftId })) as { doc: DocJSON }).doc;
}

describe('merging suggestions from a review copy', () => {
  it('adds the suggestions to the paragraphs; merging the same copy again adds nothing', async () => {
    const id = await svc.draft('Kết quả tốt.', 'Tiếp tục cố gắng phấn đấu.');
    const file = await reviewerCopy(id);
    const first = await svc.call('mergeReviewCopy', { draftId: id, file });
    expect(first.suggestions).toEqual({ added: 2, conflicting: 0 });
    const after = await docOf(id);
    expect(listSuggestions(after).map((s) => [s.id, s.kind, s.inserted || s.deleted, s.author])).toEqual([
      ['s-ins1', 'insert', 'rất ', 'Nguyễn Văn An'],
      ['s-del1', 'delete', 'cố gắng ', 'Nguyễn Văn An'],
    ]);
    const second = await svc.call('mergeReviewCopy', { draftId: id, file });
    expect(second.suggestions).toEqual({ added: 0, conflicting: 0 });
    expect(await docOf(id)).toEqual(after);
  });

  it('a suggestion whose paragraph the drafter changed is brought in as a conflict, not applied; the drafter\'s text stays', async () => {
    const id = await svc.draft('Kết quả tốt.', 'Tiếp tục cố gắng phấn đấu.');
    const file = await reviewerCopy(id);
    // Meanwhile the drafter rewrites the first paragraph.
    await svc.call('saveDraft', { id, doc: docWith('Kết quả khá tốt.', 'Tiếp tục cố gắng phấn đấu.') });
    const report = await svc.call('mergeReviewCopy', { draftId: id, file });
    expect(report.suggestions).toEqual({ added: 1, conflicting: 1 });
    const after = await docOf(id);
    expect(listSuggestions(after).map((s) => s.id)).toEqual(['s-del1']);
    expect(JSON.stringify(after)).toContain('Kết quả khá tốt.');
    const threads = await svc.call('listThreads', { draftId: id });
    expect(threads.map((x) => [x.id, x.entries[0]!.body])).toEqual([['s-ins1', 'Xung đột: đoạn văn đã thay đổi. Đề xuất: chèn «rất » (chưa áp dụng).']]);
    // Merged again: neither the conflict nor the applied suggestion comes twice.
    const again = await svc.call('mergeReviewCopy', { draftId: id, file });
    expect(again.suggestions).toEqual({ added: 0, conflicting: 0 });
    expect(await svc.call('listThreads', { draftId: id })).toHaveLength(1);
  });

  it('a reply to a suggestion is a thread with the suggestion id and no passage: the text is not marked, and it travels with the copy', async () => {
    const id = await svc.draft('Kết quả tốt.', 'Tiếp tục cố gắng phấn đấu.');
    await svc.call('mergeReviewCopy', { draftId: id, file: await reviewerCopy(id) });
    const before = await docOf(id);
    await svc.call('updateSettings', { userName: 'Trần Thị Bình', userRole: 'Chuyên viên' });
    const thread = await svc.call('addThread', { draftId: id, threadId: 's-ins1', quote: '', body: 'Đồng ý, nhưng xem lại số liệu.' });
    expect(thread.id).toBe('s-ins1');
    expect(await docOf(id)).toEqual(before);
    expect((await svc.call('listThreads', { draftId: id })).map((t) => [t.id, t.entries[0]!.body])).toEqual([['s-ins1', 'Đồng ý, nhưng xem lại số liệu.']]);
  });

  it('a suggestion the drafter rejected or accepted does not come back when the same copy is merged again; the report says so', async () => {
    const id = await svc.draft('Kết quả tốt.', 'Tiếp tục cố gắng phấn đấu.');
    const file = await reviewerCopy(id);
    await svc.call('mergeReviewCopy', { draftId: id, file });
    // The drafter rejects the insertion and accepts the deletion in the editor, which then saves.
    const settled = resolveAllSuggestions(resolveAllSuggestions(await docOf(id), 'reject', { id: 's-ins1' }), 'accept', { id: 's-del1' });
    await svc.call('saveDraft', { id, doc: settled });
    const before = await docOf(id);
    expect(listSuggestions(before)).toEqual([]);
    const again = await svc.call('mergeReviewCopy', { draftId: id, file });
    expect(again.suggestions).toEqual({ added: 0, conflicting: 0, settled: 2 });
    expect(mergeNotices(again)).toContain('2 đề xuất sửa đã xử lý trước đó (đã chấp nhận hoặc từ chối) nên không được thêm lại.');
    expect(await docOf(id)).toEqual(before);
    expect(await svc.call('listThreads', { draftId: id })).toEqual([]);
  });

  it('accepting a suggestion with replies resolves its thread with the outcome; brought back by Ctrl+Z, the thread no longer shows the outcome', async () => {
    const id = await svc.draft('Kết quả tốt.', 'Tiếp tục cố gắng phấn đấu.');
    await svc.call('mergeReviewCopy', { draftId: id, file: await reviewerCopy(id) });
    await svc.call('updateSettings', { userName: 'Trần Thị Bình', userRole: 'Chuyên viên' });
    await svc.call('addThread', { draftId: id, threadId: 's-ins1', quote: '', body: 'Xem lại số liệu.' });
    const merged = await docOf(id);
    await svc.call('saveDraft', { id, doc: resolveAllSuggestions(merged, 'accept', { id: 's-ins1' }) });
    const threads = await svc.call('recordSuggestionOutcomes', { draftId: id, ids: ['s-ins1'], outcome: 'accepted' });
    // Its reply thread is done with, as in Google Docs: resolved by the drafter, saying how the suggestion ended.
    expect(threads.map((t) => [t.id, t.settled?.outcome, t.settled?.by.name, t.status, t.resolvedBy?.name])).toEqual([['s-ins1', 'accepted', 'Trần Thị Bình', 'resolved', 'Trần Thị Bình']]);
    // Undone: the suggestion is in the saved document again.
    await svc.call('saveDraft', { id, doc: merged });
    expect((await svc.call('listThreads', { draftId: id })).map((t) => [t.id, t.settled])).toEqual([['s-ins1', undefined]]);
  });

  it('a copy with a hostile suggestion (bad id, script as author time) is refused with a clear message, storing nothing', async () => {
    const id = await svc.draft('Kết quả tốt.', 'Tiếp tục cố gắng phấn đấu.');
    const before = await docOf(id);
    for (const attrs of [{ id: '../../etc' }, { date: '<script>' }, { author: 'x'.repeat(300) }]) {
      const err = await svc.fail('mergeReviewCopy', { draftId: id, file: await reviewerCopy(id, attrs) });
      expect(err.code).toBe('INVALID_ARGUMENT');
      expect(err.message).toMatch(/(mã đề xuất|thời điểm đề xuất|người đề xuất) không hợp lệ/);
    }
    expect(await docOf(id)).toEqual(before);
  });
});
