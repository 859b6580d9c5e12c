/**
 * Reading and writing review threads and entries in SQLite. Pure data in and
 * out (timestamps are given by the caller), every multi-row change in one
 * transaction, so a failed write leaves nothing half-done.
 */
import type Database from 'better-sqlite3';
import type { Reconciliation } from '../../../common/review/reconcile';
import type { Author, Entry, Thread } from '../../../common/review/types';
import { createSettledSuggestionRepository, type SettledSuggestionRepository } from './settled-suggestions';

interface ThreadRow {
  id: string;
  draft_id: string;
  quote: string;
  status: 'open' | 'resolved';
  detached: number;
  author: string;
  author_role: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolved_by_role: string | null;
}

interface EntryRow {
  id: string;
  thread_id: string;
  author: string;
  author_role: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted: number;
}

/** An entry with the draft its thread belongs to (for ownership checks). */
export interface LocatedEntry extends Entry {
  readonly draftId: string;
}

/** The review tables of one database. */
export interface ReviewRepository {
  /** The threads of a draft, oldest first, with their entries. */
  listThreads(draftId: string): Thread[];
  getThread(id: string): Thread | null;
  getEntry(id: string): LocatedEntry | null;
  /** Inserts a thread and its entries. */
  insertThread(thread: Thread): void;
  insertEntry(entry: Entry): void;
  updateEntryBody(entryId: string, body: string, editedAt: string): void;
  /** Soft-deletes an entry: it keeps its place, loses its text. */
  markEntryDeleted(entryId: string, at: string): void;
  deleteThread(id: string): void;
  setResolved(threadId: string, resolved: boolean, at: string, by: Author): void;
  /** Stores what a save's reconciliation found (detached flags and current quotes). */
  applyReconciliation(draftId: string, rec: Reconciliation): void;
  /** Open, anchored-or-detached threads per draft (0 for drafts without any). */
  countOpen(draftIds: readonly string[]): Record<string, number>;
  /**
   * Inserts merged threads and entries in one transaction; ids already
   * present (in any draft) are skipped. Returns what was actually stored.
   */
  insertMerged(threads: readonly Thread[], entries: readonly Entry[]): { threads: Thread[]; entries: Entry[] };
  /** Of `ids` (thread or entry ids), those that belong to a draft other than `draftId`. */
  idsInOtherDrafts(draftId: string, ids: readonly string[]): Set<string>;
  /** The suggestions each draft has accepted or rejected (settled-suggestions.ts). */
  readonly settledSuggestions: SettledSuggestionRepository;
}

function toEntry(r: EntryRow): Entry {
  return {
    id: r.id,
    threadId: r.thread_id,
    author: { name: r.author, role: r.author_role },
    body: r.body,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    deleted: r.deleted === 1,
  };
}

function toThread(r: ThreadRow, entries: Entry[]): Thread {
  return {
    id: r.id,
    draftId: r.draft_id,
    quote: r.quote,
    status: r.status,
    detached: r.detached === 1,
    author: { name: r.author, role: r.author_role },
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by === null ? null : { name: r.resolved_by, role: r.resolved_by_role ?? '' },
    entries,
  };
}

/** Creates the repository over an open database that has the review tables. */
export function createReviewRepository(db: Database.Database): ReviewRepository {
  const q = {
    threadsOf: db.prepare<[string], ThreadRow>('SELECT * FROM threads WHERE draft_id = ? ORDER BY created_at, rowid'),
    entriesOf: db.prepare<[string], EntryRow>(
      'SELECT e.* FROM thread_entries e JOIN threads t ON t.id = e.thread_id WHERE t.draft_id = ? ORDER BY e.created_at, e.rowid',
    ),
    thread: db.prepare<[string], ThreadRow>('SELECT * FROM threads WHERE id = ?'),
    entriesOfThread: db.prepare<[string], EntryRow>('SELECT * FROM thread_entries WHERE thread_id = ? ORDER BY created_at, rowid'),
    entry: db.prepare<[string], EntryRow & { draft_id: string }>(
      'SELECT e.*, t.draft_id FROM thread_entries e JOIN threads t ON t.id = e.thread_id WHERE e.id = ?',
    ),
    insertThread: db.prepare(
      `INSERT INTO threads (id, draft_id, quote, status, detached, author, author_role, created_at, resolved_at, resolved_by, resolved_by_role)
       VALUES (@id, @draftId, @quote, @status, @detached, @author, @authorRole, @createdAt, @resolvedAt, @resolvedBy, @resolvedByRole)`,
    ),
    insertEntry: db.prepare(
      `INSERT INTO thread_entries (id, thread_id, author, author_role, body, created_at, edited_at, deleted)
       VALUES (@id, @threadId, @author, @authorRole, @body, @createdAt, @editedAt, @deleted)`,
    ),
    updateBody: db.prepare('UPDATE thread_entries SET body = ?, edited_at = ? WHERE id = ? AND deleted = 0'),
    markDeleted: db.prepare("UPDATE thread_entries SET body = '', deleted = 1, edited_at = ? WHERE id = ?"),
    deleteThread: db.prepare('DELETE FROM threads WHERE id = ?'),
    resolve: db.prepare(
      "UPDATE threads SET status = 'resolved', resolved_at = ?, resolved_by = ?, resolved_by_role = ? WHERE id = ?",
    ),
    reopen: db.prepare("UPDATE threads SET status = 'open', resolved_at = NULL, resolved_by = NULL, resolved_by_role = NULL WHERE id = ?"),
    setDetached: db.prepare('UPDATE threads SET detached = ? WHERE id = ? AND draft_id = ?'),
    setQuote: db.prepare('UPDATE threads SET quote = ? WHERE id = ? AND draft_id = ?'),
    countOpen: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM threads WHERE draft_id = ? AND status = 'open'"),
    hasThread: db.prepare<[string], { id: string }>('SELECT id FROM threads WHERE id = ?'),
    hasEntry: db.prepare<[string], { id: string }>('SELECT id FROM thread_entries WHERE id = ?'),
    threadDraft: db.prepare<[string], { draft_id: string }>('SELECT draft_id FROM threads WHERE id = ?'),
    entryDraft: db.prepare<[string], { draft_id: string }>(
      'SELECT t.draft_id FROM thread_entries e JOIN threads t ON t.id = e.thread_id WHERE e.id = ?',
    ),
  };

  const insertEntryRow = (e: Entry) =>
    q.insertEntry.run({
      id: e.id,
      threadId: e.threadId,
      author: e.author.name,
      authorRole: e.author.role,
      body: e.body,
      createdAt: e.createdAt,
      editedAt: e.editedAt,
      deleted: e.deleted ? 1 : 0,
    });

  const insertThreadRows = (t: Thread) => {
    q.insertThread.run({
      id: t.id,
      draftId: t.draftId,
      quote: t.quote,
      status: t.status,
      detached: t.detached ? 1 : 0,
      author: t.author.name,
      authorRole: t.author.role,
      createdAt: t.createdAt,
      resolvedAt: t.resolvedAt,
      resolvedBy: t.resolvedBy?.name ?? null,
      resolvedByRole: t.resolvedBy?.role ?? null,
    });
    for (const e of t.entries) insertEntryRow(e);
  };

  const getThread = (id: string): Thread | null => {
    const row = q.thread.get(id);
    return row ? toThread(row, q.entriesOfThread.all(id).map(toEntry)) : null;
  };

  return {
    settledSuggestions: createSettledSuggestionRepository(db),
    listThreads(draftId) {
      const byThread = new Map<string, Entry[]>();
      for (const r of q.entriesOf.all(draftId)) {
        const list = byThread.get(r.thread_id) ?? [];
        list.push(toEntry(r));
        byThread.set(r.thread_id, list);
      }
      return q.threadsOf.all(draftId).map((r) => toThread(r, byThread.get(r.id) ?? []));
    },
    getThread,
    getEntry(id) {
      const r = q.entry.get(id);
      return r ? { ...toEntry(r), draftId: r.draft_id } : null;
    },
    insertThread: db.transaction((t: Thread) => insertThreadRows(t)),
    insertEntry(entry) {
      insertEntryRow(entry);
    },
    updateEntryBody(entryId, body, editedAt) {
      q.updateBody.run(body, editedAt, entryId);
    },
    markEntryDeleted(entryId, at) {
      q.markDeleted.run(at, entryId);
    },
    deleteThread(id) {
      q.deleteThread.run(id);
    },
    setResolved(threadId, resolved, at, by) {
      if (resolved) q.resolve.run(at, by.name, by.role, threadId);
      else q.reopen.run(threadId);
    },
    applyReconciliation: db.transaction((draftId: string, rec: Reconciliation) => {
      for (const id of rec.newlyDetached) q.setDetached.run(1, id, draftId);
      for (const id of rec.reattached) q.setDetached.run(0, id, draftId);
      for (const [id, quote] of rec.quoteChanged) q.setQuote.run(quote, id, draftId);
    }),
    countOpen(draftIds) {
      const out: Record<string, number> = {};
      for (const id of draftIds) out[id] = q.countOpen.get(id)?.n ?? 0;
      return out;
    },
    insertMerged: db.transaction((threads: readonly Thread[], entries: readonly Entry[]) => {
      const stored: { threads: Thread[]; entries: Entry[] } = { threads: [], entries: [] };
      for (const t of threads) {
        if (q.hasThread.get(t.id)) continue;
        const fresh = t.entries.filter((e) => !q.hasEntry.get(e.id));
        if (fresh.length === 0) continue; // a thread is never stored without entries
        insertThreadRows({ ...t, entries: fresh });
        stored.threads.push(fresh.length === t.entries.length ? t : { ...t, entries: fresh });
      }
      for (const e of entries) {
        if (q.hasEntry.get(e.id) || !q.hasThread.get(e.threadId)) continue;
        insertEntryRow(e);
        stored.entries.push(e);
      }
      return stored;
    }),
    idsInOtherDrafts(draftId, ids) {
      const out = new Set<string>();
      for (const id of ids) {
        const owner = q.threadDraft.get(id)?.draft_id ?? q.entryDraft.get(id)?.draft_id;
        if (owner !== undefined && owner !== draftId) out.add(id);
      }
      return out;
    },
  };
}
