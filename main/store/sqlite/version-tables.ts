/**
 * The storage schema of versions, as a migration for the store's numbered
 * list (main/store/sqlite/migrations.ts): one row per version of a draft,
 * its document and comment threads as deflated JSON, deleted with the draft.
 */
import type Database from 'better-sqlite3';

/** The SQL that creates the versions table (run once, inside the migration's transaction). */
export const VERSIONS_SCHEMA_SQL = `
  CREATE TABLE versions (
    draft_id       TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    number         INTEGER NOT NULL,
    label          TEXT NOT NULL DEFAULT '',
    trigger        TEXT NOT NULL,
    author         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    -- The draft's revision when frozen.
    draft_revision INTEGER NOT NULL,
    -- sha256 of the document and threads JSON: an automatic version identical to the last one is not stored again.
    content_hash   TEXT NOT NULL,
    words          INTEGER NOT NULL,
    -- zlib-deflated JSON of the document and of the threads with their entries.
    doc_z          BLOB NOT NULL,
    threads_z      BLOB NOT NULL,
    PRIMARY KEY (draft_id, number)
  ) WITHOUT ROWID;
`;

/** The versions migration, in the store's `Migration` shape: appended to `MIGRATIONS`. */
export function versionsMigration(db: Database.Database): void {
  db.exec(VERSIONS_SCHEMA_SQL);
}
