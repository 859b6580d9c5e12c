/**
 * The storage schema of review comments, as a migration for the store's
 * numbered list (main/store/sqlite/migrations.ts): threads and their entries,
 * keyed by id, deleted with their draft. The `comment` marks in the draft's
 * document point at `threads.id`.
 */
import type Database from 'better-sqlite3';

/** The SQL that creates the review tables (run once, inside the migration's transaction). */
export const REVIEW_SCHEMA_SQL = `
  CREATE TABLE threads (
    id               TEXT PRIMARY KEY,
    draft_id         TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    -- The passage's text when last seen anchored; kept when detached.
    quote            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    -- 1 when no comment mark with this id is left in the document.
    detached         INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
    author           TEXT NOT NULL,
    author_role      TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    resolved_at      TEXT,
    resolved_by      TEXT,
    resolved_by_role TEXT
  );
  CREATE INDEX threads_by_draft ON threads (draft_id, created_at);
  CREATE INDEX threads_open_by_draft ON threads (draft_id) WHERE status = 'open';

  -- The opening comment and the replies of a thread.
  CREATE TABLE thread_entries (
    id          TEXT PRIMARY KEY,
    thread_id   TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author      TEXT NOT NULL,
    author_role TEXT NOT NULL DEFAULT '',
    -- Plain text, never HTML; '' once deleted.
    body        TEXT NOT NULL CHECK (length(body) <= 10000),
    created_at  TEXT NOT NULL,
    edited_at   TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
  );
  CREATE INDEX thread_entries_by_thread ON thread_entries (thread_id, created_at);
`;

/** The review migration, in the store's `Migration` shape: append it to `MIGRATIONS`. */
export function reviewMigration(db: Database.Database): void {
  db.exec(REVIEW_SCHEMA_SQL);
}
