/**
 * Schema migrations, numbered by `PRAGMA user_version`: migration N takes a
 * database at version N-1 to version N. Append new ones at the end; never
 * edit one that has shipped.
 */
import type Database from 'better-sqlite3';
import { reviewMigration } from './review-tables';
import { versionsMigration } from './version-tables';
import { draftSuggestionsMigration } from './settled-suggestions';

/** One schema step; runs inside the transaction that also sets `user_version`. */
export type Migration = (db: Database.Database) => void;

/** Migration 1: drafts, their search index, settings and user templates. */
const initialSchema: Migration = (db) => {
  db.exec(`
    -- key is the stable integer rowid the search index refers to; id is the public id.
    CREATE TABLE drafts (
      key            INTEGER PRIMARY KEY,
      id             TEXT NOT NULL UNIQUE,
      title          TEXT NOT NULL,
      template_id    TEXT NOT NULL,
      template_title TEXT NOT NULL,
      profile        TEXT NOT NULL CHECK (profile IN ('dang', 'nha-nuoc')),
      revision       INTEGER NOT NULL DEFAULT 1,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      deleted_at     TEXT,
      -- 1 while drafts_fts and draft_texts do not yet reflect this row
      -- (drafts in the trash are not in drafts_fts).
      search_dirty   INTEGER NOT NULL DEFAULT 1,
      doc_json       TEXT NOT NULL
    );
    CREATE INDEX drafts_by_update ON drafts (updated_at DESC);
    CREATE INDEX drafts_search_dirty ON drafts (key) WHERE search_dirty = 1;

    -- Plain text for snippets, in chunks of whole lines (~4,000 characters)
    -- so a snippet reads one chunk, not the whole draft: the original, and a
    -- folded copy with punctuation as spaces (same length in characters,
    -- between two spaces) to find where a word occurs.
    CREATE TABLE draft_texts (
      key         INTEGER NOT NULL REFERENCES drafts (key) ON DELETE CASCADE,
      seq         INTEGER NOT NULL,
      body_text   TEXT NOT NULL,
      body_folded TEXT NOT NULL,
      PRIMARY KEY (key, seq)
    );

    -- Folded title and text (no diacritics, đ → d, lower case) of drafts
    -- not in the trash; contentless, so the folded text is not stored twice.
    -- rank = bm25 with a title match worth ten in the text.
    CREATE VIRTUAL TABLE drafts_fts USING fts5 (
      title_f, body_f,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );

    CREATE TABLE user_templates (
      id          TEXT PRIMARY KEY,
      title       TEXT NOT NULL,
      profile     TEXT NOT NULL CHECK (profile IN ('dang', 'nha-nuoc')),
      description TEXT NOT NULL DEFAULT '',
      doc_json    TEXT NOT NULL,
      created_at  TEXT NOT NULL
    );
  `);
};

/** Every migration, in order; the database's version is the length of this list. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, reviewMigration, versionsMigration, draftSuggestionsMigration];

/** The schema version this build of DuThao writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
