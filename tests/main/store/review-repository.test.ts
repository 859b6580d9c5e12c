// Threads and entries in SQLite: written and read back, resolved and
// reopened, reconciled on save, counted for the library, merged without
// duplicates, and deleted with their draft.
import { describe, expect, it, beforeEach } from 'vitest';
import Database from 'better-sqlite3';
import { reviewMigration } from '../../../main/store/sqlite/review-tables';
import { createReviewRepository, type ReviewRepository } from '../../../main/store/sqlite/review-repository';
import { reconcile } from '../../../common/review/reconcile';
import { drafter, entry, makeDoc, reviewer, thread, withComments } from '../../helpers/review-fixtures';

let db: Database.Database;
let repo: ReviewRepository;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE drafts (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)');
  db.exec("INSERT INTO drafts (id) VALUES ('d1'), ('d2')");
  reviewMigration(db);
  repo = createReviewRepository(db);
});

describe('review repository', () => {
  it('stores a thread with its replies and lists it back in order', () => {
    const t = thread('t1', 'd1', 'kinh tế', [entry('e1', 't1', 'Xem lại <i>số liệu</i>', drafter)]);
    repo.insertThread(t);
    repo.insertEntry(entry('e2', 't1', 'Đã xem', reviewer, '2026-11-20T09:00:00.000Z'));
    const [got] = repo.listThreads('d1');
    expect(got?.entries.map((e) => e.body)).toEqual(['Xem lại <i>số liệu</i>', 'Đã xem']);
    expect(got?.author).toEqual(drafter);
    expect(repo.listThreads('d2')).toEqual([]);
    expect(repo.getEntry('e2')?.draftId).toBe('d1');
  });

  it('edits and soft-deletes entries, resolves and reopens threads', () => {
    repo.insertThread(thread('t1', 'd1', 'q', [entry('e1', 't1', 'một'), entry('e2', 't1', 'hai')]));
    repo.updateEntryBody('e1', 'một (sửa)', '2026-11-21T00:00:00.000Z');
    repo.markEntryDeleted('e2', '2026-11-21T00:01:00.000Z');
    repo.setResolved('t1', true, '2026-11-21T00:02:00.000Z', drafter);
    let t = repo.getThread('t1');
    expect(t?.entries[0]).toMatchObject({ body: 'một (sửa)', editedAt: '2026-11-21T00:00:00.000Z', deleted: false });
    expect(t?.entries[1]).toMatchObject({ body: '', deleted: true });
    expect(t).toMatchObject({ status: 'resolved', resolvedBy: drafter });
    expect(repo.countOpen(['d1', 'd2'])).toEqual({ d1: 0, d2: 0 });
    repo.setResolved('t1', false, '2026-11-21T00:03:00.000Z', drafter);
    t = repo.getThread('t1');
    expect(t).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });
    expect(repo.countOpen(['d1', 'd2'])).toEqual({ d1: 1, d2: 0 });
  });

  it('refuses an oversized body at the database level too', () => {
    repo.insertThread(thread('t1', 'd1', 'q', [entry('e1', 't1', 'một')]));
    expect(() => repo.insertEntry(entry('e2', 't1', 'x'.repeat(10_001)))).toThrow(/CHECK/);
  });

  it('marks threads detached when their passage is deleted, keeping the quote, and back when it returns', () => {
    repo.insertThread(thread('a', 'd1', 'hai', [entry('e1', 'a', 'một')]));
    repo.insertThread(thread('b', 'd1', 'năm', [entry('e2', 'b', 'hai')]));
    const doc = withComments(makeDoc('Một hai ba', 'Bốn năm mới'), [['b', 'năm mới']]);
    repo.applyReconciliation('d1', reconcile(doc, repo.listThreads('d1')));
    expect(repo.getThread('a')).toMatchObject({ detached: true, quote: 'hai' });
    expect(repo.getThread('b')).toMatchObject({ detached: false, quote: 'năm mới' });
    const back = withComments(makeDoc('Một hai ba'), [['a', 'hai']]);
    repo.applyReconciliation('d1', reconcile(back, repo.listThreads('d1')));
    expect(repo.getThread('a')?.detached).toBe(false);
    expect(repo.getThread('b')).toMatchObject({ detached: true, quote: 'năm mới' });
  });

  it('merges without duplicates and deletes threads with their draft', () => {
    const t = thread('t1', 'd1', 'q', [entry('e1', 't1', 'một')]);
    repo.insertMerged([t], [entry('e2', 't1', 'hai')]);
    repo.insertMerged([t], [entry('e2', 't1', 'hai'), entry('e3', 'missing', 'ba')]);
    expect(repo.getThread('t1')?.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    db.exec("DELETE FROM drafts WHERE id = 'd1'");
    expect(repo.getThread('t1')).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM thread_entries').get()).toEqual({ n: 0 });
  });
});
