// The review service end to end without a transport: a drafter comments,
// exports a review copy, a reviewer on another machine opens it, comments and
// replies, sends it back, and the drafter merges it: nothing lost, nothing
// duplicated, the drafter's text untouched.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Node as PMNode } from 'prosemirror-model';
import { Transform } from '@tiptap/pm/transform';
import { documentSchema } from '../../../../common/document/schema';
import type { DocJSON } from '../../../../common/document/types';
import { addCommentMark } from '../../../../common/review/comment-marks';
import { reviewApiMethods } from '../../../../common/review/api';
import { collectThreadRanges } from '../../../../common/review/thread-ranges';
import type { Author } from '../../../../common/review/types';
import type { DraftRecord, DraftWithDoc, NewDraft } from '../../../../main/store/draft-store';
import { reviewMigration } from '../../../../main/store/sqlite/review-tables';
import { createReviewRepository } from '../../../../main/store/sqlite/review-repository';
import { draftSuggestionsMigration } from '../../../../main/store/sqlite/settled-suggestions';
import { reconcileAfterSave, reviewHandlers, type ReviewDeps } from '../../../../main/services/review/review-handlers';
import { drafter, find, json, makeDoc, reviewer } from '../../../helpers/review-fixtures';

/** One installation: a draft store in memory, the review tables in SQLite. */
function machine(user: Author) {
  const tag = user.name.split(' ').pop()?.normalize('NFD').replace(/[^A-Za-z]/g, '') || 'u';
  const drafts = new Map<string, DraftWithDoc>();
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  // The columns the review tables read (the documents themselves live in the in-memory store here).
  db.exec("CREATE TABLE drafts (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc_json TEXT NOT NULL DEFAULT '{}')");
  reviewMigration(db);
  draftSuggestionsMigration(db);
  let n = 0;
  let clock = Date.parse('2026-11-20T08:00:00Z');
  const meta = (r: DraftWithDoc): DraftRecord => {
    const { docJson: _d, ...m } = r;
    return m;
  };
  const store: ReviewDeps['store'] = {
    getDraft: (id) => drafts.get(id) ?? null,
    getDraftMeta: (id) => {
      const r = drafts.get(id);
      return r ? meta(r) : null;
    },
    insertDraft: (d: NewDraft) => {
      db.prepare('INSERT INTO drafts (id) VALUES (?)').run(d.id);
      const r: DraftWithDoc = { ...d, revision: 1, createdAt: d.now, updatedAt: d.now, deletedAt: null, docJson: d.docJson };
      drafts.set(d.id, r);
      return meta(r);
    },
    updateDoc: (id, docJson, now) => {
      const r = drafts.get(id);
      if (!r) return null;
      const next = { ...r, docJson, updatedAt: now, revision: r.revision + 1 };
      drafts.set(id, next);
      return meta(next);
    },
  };
  const reviews = createReviewRepository(db);
  const api = reviewHandlers({
    store,
    reviews,
    now: () => new Date((clock += 60_000)),
    newId: () => `${tag}-${++n}`,
    author: () => user,
    transaction: (fn) => db.transaction(fn)(),
  });
  /** Calls a method through its contract schema, as the dispatcher does. */
  const call = async <M extends keyof typeof reviewApiMethods>(m: M, args: unknown) =>
    (api[m] as (a: unknown) => unknown)(reviewApiMethods[m].parse(args)) as ReturnType<(typeof api)[M]>;
  /** What the editor does: mark the selection, then save the document. */
  const comment = async (draftId: string, text: string, body: string) => {
    const r = drafts.get(draftId)!;
    const doc = PMNode.fromJSON(documentSchema, JSON.parse(r.docJson));
    const id = `${tag}-t${++n}`;
    const range = find(doc, text);
    const tr = new Transform(doc);
    addCommentMark(tr, range.from, range.to, id);
    store.updateDoc(draftId, JSON.stringify(tr.doc.toJSON()), new Date(clock).toISOString());
    return call('addThread', { draftId, threadId: id, quote: text, body });
  };
  const docOf = (id: string) => PMNode.fromJSON(documentSchema, JSON.parse(drafts.get(id)!.docJson) as DocJSON);
  return { drafts, store, reviews, api, call, comment, docOf };
}

describe('review service', () => {
  it('round-trips comments between two machines through a review copy', async () => {
    const office = machine(drafter);
    office.store.insertDraft({
      id: 'bc2025',
      title: 'Báo cáo công tác năm 2025',
      templateId: 't',
      templateTitle: 'Báo cáo',
      profile: 'dang',
      docJson: JSON.stringify(json(makeDoc('Kinh tế tăng trưởng 7,12%.', 'Thu ngân sách vượt dự toán.', 'Cải cách hành chính còn chậm.'))),
      now: '2026-11-19T00:00:00Z',
    });
    const mine = await office.comment('bc2025', 'Thu ngân sách', 'Nhờ anh xem số liệu thu.');

    const copy = await office.call('exportReviewCopy', { draftId: 'bc2025' });
    expect(copy.fileName).toBe('Báo cáo công tác năm 2025 (gửi góp ý).duthao');

    // On the reviewer's machine.
    const leader = machine(reviewer);
    const opened = await leader.call('openReviewCopy', { file: copy.file });
    expect(opened).toMatchObject({ draftId: 'bc2025', created: true, threadCount: 1, exportedBy: drafter });
    await leader.call('addReply', { threadId: mine.id, body: 'Số liệu đúng.' });
    await leader.comment('bc2025', 'còn chậm', 'Nêu rõ nguyên nhân.');
    const back = await leader.call('exportReviewCopy', { draftId: 'bc2025' });
    // The returned copy can't be confused with the one sent.
    expect(back.fileName).toBe(`Báo cáo công tác năm 2025 (đã góp ý - ${reviewer.name}).duthao`);

    // Meanwhile the drafter edited the text.
    const edited = office.docOf('bc2025');
    const at = find(edited, 'còn chậm.').to;
    const tr = new Transform(edited).insert(at, documentSchema.text(' Đã khắc phục một phần.'));
    office.store.updateDoc('bc2025', JSON.stringify(tr.doc.toJSON()), '2026-11-22T00:00:00Z');
    const textBefore = office.docOf('bc2025').textContent;

    const report = await office.call('mergeReviewCopy', { draftId: 'bc2025', file: back.file });
    expect(report.addedThreads.map((t) => t.entries[0]!.body)).toEqual(['Nêu rõ nguyên nhân.']);
    expect(report.addedEntries.map((e) => [e.author.name, e.body])).toEqual([['Nguyễn Văn An', 'Số liệu đúng.']]);
    expect(report.revision).toBe(4);
    expect(office.docOf('bc2025').textContent).toBe(textBefore);
    expect(collectThreadRanges(office.docOf('bc2025')).get(report.addedThreads[0]!.id)?.quote).toBe('còn chậm');
    expect((await office.call('listThreads', { draftId: 'bc2025' })).map((t) => t.entries.length)).toEqual([2, 1]);

    const again = await office.call('mergeReviewCopy', { draftId: 'bc2025', file: back.file });
    expect(again).toMatchObject({ addedThreads: [], addedEntries: [], revision: null });
    expect(await office.call('countOpenThreads', { draftIds: ['bc2025'] })).toEqual({ bc2025: 2 });
  });

  it('stamps the user on comments, lets them edit and delete only their own, resolves and reopens', async () => {
    const m = machine(drafter);
    m.store.insertDraft({ id: 'd', title: 'T', templateId: 't', templateTitle: 't', profile: 'dang', docJson: JSON.stringify(json(makeDoc('Một hai ba'))), now: '2026-11-19T00:00:00Z' });
    const t = await m.comment('d', 'hai', 'Góp ý đầu');
    expect(t.author).toEqual(drafter);
    const foreign = { id: 'x1', threadId: t.id, author: reviewer, body: 'Của người khác', createdAt: '2026-11-20T08:30:00.000Z', editedAt: null, deleted: false };
    m.reviews.insertEntry(foreign);
    await expect(m.call('editEntry', { entryId: 'x1', body: 'sửa' })).rejects.toThrow('Bạn chỉ có thể sửa hoặc xóa góp ý của chính mình.');
    const edited = await m.call('editEntry', { entryId: t.entries[0]!.id, body: 'Góp ý đầu (sửa)' });
    expect(edited.editedAt).not.toBeNull();
    const resolved = await m.call('setThreadResolved', { threadId: t.id, resolved: true });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: drafter });
    expect((await m.call('setThreadResolved', { threadId: t.id, resolved: false })).status).toBe('open');
    // Deleting the opening comment while a reply remains keeps the thread.
    const del = await m.call('deleteEntry', { entryId: t.entries[0]!.id });
    expect(del.thread?.entries.map((e) => e.deleted)).toEqual([true, false]);
    expect(() => reviewApiMethods.addReply.parse({ threadId: t.id, body: '   ' })).toThrow('Nội dung góp ý không được để trống.');
  });

  it('asks for the user name before the first comment', async () => {
    const m = machine({ name: '', role: '' });
    m.store.insertDraft({ id: 'd', title: 'T', templateId: 't', templateTitle: 't', profile: 'dang', docJson: JSON.stringify(json(makeDoc('Một'))), now: '2026-11-19T00:00:00Z' });
    await expect(m.call('addThread', { draftId: 'd', quote: 'Một', body: 'x' })).rejects.toThrow('Hãy nhập họ tên');
  });

  it('marks a thread detached on save when its passage is deleted, and keeps it', async () => {
    const m = machine(drafter);
    m.store.insertDraft({ id: 'd', title: 'T', templateId: 't', templateTitle: 't', profile: 'dang', docJson: JSON.stringify(json(makeDoc('Một hai ba', 'Bốn'))), now: '2026-11-19T00:00:00Z' });
    const t = await m.comment('d', 'hai ba', 'x');
    reconcileAfterSave(m.reviews, 'd', json(makeDoc('Bốn')));
    const [kept] = await m.call('listThreads', { draftId: 'd' });
    expect(kept).toMatchObject({ id: t.id, detached: true, quote: 'hai ba' });
  });
});
