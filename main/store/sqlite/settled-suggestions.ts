/**
 * The suggestion ids of each draft's stored document ('open') and those the
 * drafter has since accepted or rejected ('settled'), so that merging the
 * same review copy again does not bring a settled one back
 * (docs/suggestions.md). A settled row keeps how it ended when the editor
 * told ("accepted" / "rejected", who, when). Rows go with their draft.
 *
 * Keeping the open ids here lets a save learn what was settled without
 * reading the stored document back (`main/services/review/settled-at-save.ts`).
 */
import type Database from 'better-sqlite3';
import type { Author, SuggestionOutcome } from '../../../common/review/types';

/** The SQL that creates the table (run once, inside the migration's transaction). */
export const DRAFT_SUGGESTIONS_SQL = `
  CREATE TABLE draft_suggestions (
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    -- 'open': in the stored document; 'settled': was, and a save found it gone.
    state    TEXT NOT NULL CHECK (state IN ('open', 'settled')),
    -- How it was settled, when the editor told ('' when not known).
    outcome  TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'accepted', 'rejected')),
    by_name  TEXT NOT NULL DEFAULT '',
    by_role  TEXT NOT NULL DEFAULT '',
    at       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, id)
  ) WITHOUT ROWID;
`;

/** A suggestion mark in document JSON as it is stored: type, then attrs with the id first. */
const MARK_ID = /"type":"(?:insertion|deletion|modification)","attrs":\{"id":"((?:[^"\\]|\\.)*)"/g;

/** The suggestion ids in a stored (or to-be-stored) document JSON string: one regular-expression pass, no parse. */
export function suggestionIdsInJson(json: string): Set<string> {
  const ids = new Set<string>();
  for (const m of json.matchAll(MARK_ID)) ids.add(m[1]!);
  return ids;
}

const ANY_MARK = /"type":"(?:insertion|deletion|modification)"/;

/** Whether the document JSON may hold a suggestion mark (false means it certainly holds none). One native scan, faster than three `includes`. */
export function mayHaveSuggestionMarks(json: string): boolean {
  return ANY_MARK.test(json);
}

/**
 * The migration, in the store's `Migration` shape (appended to `MIGRATIONS`):
 * the table, and the open suggestions of the drafts stored so far.
 */
export function draftSuggestionsMigration(db: Database.Database): void {
  db.exec(DRAFT_SUGGESTIONS_SQL);
  const insert = db.prepare<[string, string]>("INSERT OR IGNORE INTO draft_suggestions (draft_id, id, state) VALUES (?, ?, 'open')");
  // all(), not iterate(): the connection cannot write while a read is open. Only drafts with suggestion ids are read.
  const rows = db.prepare<[], { id: string; doc_json: string }>("SELECT id, doc_json FROM drafts WHERE instr(doc_json, '\"attrs\":{\"id\":\"s-') > 0").all();
  for (const row of rows) {
    if (mayHaveSuggestionMarks(row.doc_json)) for (const id of suggestionIdsInJson(row.doc_json)) insert.run(row.id, id);
  }
}

/** Reading and writing the suggestion ids of drafts. */
export interface SettledSuggestionRepository {
  /** The ids of the draft's stored document, as last noted. */
  openIds(draftId: string): Set<string>;
  /** The ids the draft has settled. */
  settledIds(draftId: string): Set<string>;
  /** The settled suggestions whose outcome is known, by id. */
  outcomes(draftId: string): Map<string, SuggestionOutcome>;
  /** Notes ids now in the stored document (open again if they were settled: an undone accept). */
  noteOpen(draftId: string, ids: Iterable<string>): void;
  /** Notes ids gone from the stored document: settled (an outcome recorded before is kept). */
  noteSettled(draftId: string, ids: Iterable<string>): void;
  /** Records how ids were settled, by whom and when (their open/settled state is the saves' business). */
  record(draftId: string, ids: Iterable<string>, outcome: 'accepted' | 'rejected', by: Author, at: string): void;
}

interface Row {
  id: string;
  outcome: '' | 'accepted' | 'rejected';
  by_name: string;
  by_role: string;
  at: string;
}

function statements(db: Database.Database) {
  return {
    ids: db.prepare<[string, string], { id: string }>('SELECT id FROM draft_suggestions WHERE draft_id = ? AND state = ?'),
    known: db.prepare<[string], Row>("SELECT id, outcome, by_name, by_role, at FROM draft_suggestions WHERE draft_id = ? AND state = 'settled' AND outcome <> ''"),
    open: db.prepare<[string, string]>(
      "INSERT INTO draft_suggestions (draft_id, id, state) VALUES (?, ?, 'open') ON CONFLICT (draft_id, id) DO UPDATE SET state = 'open'",
    ),
    settled: db.prepare<[string, string]>("UPDATE draft_suggestions SET state = 'settled' WHERE draft_id = ? AND id = ?"),
    record: db.prepare<[string, string, string, string, string, string]>(
      `INSERT INTO draft_suggestions (draft_id, id, state, outcome, by_name, by_role, at) VALUES (?, ?, 'settled', ?, ?, ?, ?)
       ON CONFLICT (draft_id, id) DO UPDATE SET outcome = excluded.outcome, by_name = excluded.by_name, by_role = excluded.by_role, at = excluded.at`,
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
    openIds: (draftId) => new Set(q().ids.all(draftId, 'open').map((r) => r.id)),
    settledIds: (draftId) => new Set(q().ids.all(draftId, 'settled').map((r) => r.id)),
    outcomes: (draftId) =>
      new Map(
        q()
          .known.all(draftId)
          .map((r) => [r.id, { outcome: r.outcome === 'accepted' ? 'accepted' : 'rejected', by: { name: r.by_name, role: r.by_role }, at: r.at }] as const),
      ),
    noteOpen: (draftId, ids) => each((id) => q().open.run(draftId, id), ids),
    noteSettled: (draftId, ids) => each((id) => q().settled.run(draftId, id), ids),
    record: (draftId, ids, outcome, by, at) => each((id) => q().record.run(draftId, id, outcome, by.name, by.role, at), ids),
  };
}
