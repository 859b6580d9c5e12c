/**
 * The suggestions a draft has settled (accepted or rejected), so that merging
 * the same review copy again does not bring them back (docs/suggestions.md).
 * One row per draft and suggestion id: the outcome when the editor told
 * ("accepted" / "rejected", who, when), or '' when a save found the id gone
 * from the document without being told. Deleted with the draft.
 */
import type Database from 'better-sqlite3';
import type { Author, SuggestionOutcome } from '../../../common/review/types';

/** The SQL that creates the table (run once, inside the migration's transaction). */
export const SETTLED_SUGGESTIONS_SQL = `
  CREATE TABLE settled_suggestions (
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    -- '' when a save found the suggestion gone without being told how.
    outcome  TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'accepted', 'rejected')),
    by_name  TEXT NOT NULL DEFAULT '',
    by_role  TEXT NOT NULL DEFAULT '',
    at       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, id)
  ) WITHOUT ROWID;
`;

/** The migration, in the store's `Migration` shape: appended to `MIGRATIONS`. */
export function settledSuggestionsMigration(db: Database.Database): void {
  db.exec(SETTLED_SUGGESTIONS_SQL);
}

/** A settled suggestion of a draft. */
export interface SettledSuggestion {
  readonly id: string;
  /** How it was settled, when known. */
  readonly outcome: SuggestionOutcome | null;
}

/** Reading and writing the settled suggestions of drafts. */
export interface SettledSuggestionRepository {
  /** The stored document of a draft when it holds a suggestion mark (checked in SQLite), else null. */
  storedJsonWithSuggestions(draftId: string): string | null;
  /** The ids a draft has settled. */
  settledIds(draftId: string): Set<string>;
  /** The settled suggestions of a draft whose outcome is known, by id. */
  outcomes(draftId: string): Map<string, SuggestionOutcome>;
  /** Notes ids found gone at a save (an outcome recorded before is kept). */
  noteGone(draftId: string, ids: Iterable<string>): void;
  /** Forgets ids that are back in the document (an undone accept or reject). */
  forget(draftId: string, ids: Iterable<string>): void;
  /** Records how ids were settled, by whom and when (replacing what was known). */
  record(draftId: string, ids: Iterable<string>, outcome: 'accepted' | 'rejected', by: Author, at: string): void;
}

interface Row {
  id: string;
  outcome: '' | 'accepted' | 'rejected';
  by_name: string;
  by_role: string;
  at: string;
}

/** The suggestion marks as they appear in stored JSON (`"type":"insertion"`…). */
const MARK_TESTS = ['insertion', 'deletion', 'modification'].map((n) => `instr(doc_json, '"type":"${n}"') > 0`).join(' OR ');

function statements(db: Database.Database) {
  return {
    stored: db.prepare<[string], { doc_json: string }>(`SELECT doc_json FROM drafts WHERE id = ? AND (${MARK_TESTS})`),
    ids: db.prepare<[string], { id: string }>('SELECT id FROM settled_suggestions WHERE draft_id = ?'),
    known: db.prepare<[string], Row>("SELECT id, outcome, by_name, by_role, at FROM settled_suggestions WHERE draft_id = ? AND outcome <> ''"),
    gone: db.prepare<[string, string]>('INSERT OR IGNORE INTO settled_suggestions (draft_id, id) VALUES (?, ?)'),
    forget: db.prepare<[string, string]>('DELETE FROM settled_suggestions WHERE draft_id = ? AND id = ?'),
    record: db.prepare<[string, string, string, string, string, string]>(
      'INSERT OR REPLACE INTO settled_suggestions (draft_id, id, outcome, by_name, by_role, at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };
}

/** The repository over `db` (its statements are prepared on first use). */
export function createSettledSuggestionRepository(db: Database.Database): SettledSuggestionRepository {
  let prepared: ReturnType<typeof statements> | null = null;
  const q = (): ReturnType<typeof statements> => (prepared ??= statements(db));
  const each = db.transaction((fn: (id: string) => void, ids: Iterable<string>) => {
    for (const id of ids) fn(id);
  });
  return {
    storedJsonWithSuggestions: (draftId) => q().stored.get(draftId)?.doc_json ?? null,
    settledIds: (draftId) => new Set(q().ids.all(draftId).map((r) => r.id)),
    outcomes: (draftId) =>
      new Map(
        q()
          .known.all(draftId)
          .map((r) => [r.id, { outcome: r.outcome === 'accepted' ? 'accepted' : 'rejected', by: { name: r.by_name, role: r.by_role }, at: r.at }] as const),
      ),
    noteGone: (draftId, ids) => each((id) => q().gone.run(draftId, id), ids),
    forget: (draftId, ids) => each((id) => q().forget.run(draftId, id), ids),
    record: (draftId, ids, outcome, by, at) => each((id) => q().record.run(draftId, id, outcome, by.name, by.role, at), ids),
  };
}
