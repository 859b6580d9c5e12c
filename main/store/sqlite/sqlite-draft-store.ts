/**
 * The `DraftStore` on better-sqlite3. A save writes the document and, for a
 * draft of ordinary size, its search index (folded text in FTS5, trash left
 * out; original text for snippets) in the same transaction. A long draft
 * (over ~15,000 words) is only marked for re-indexing in that transaction and
 * indexed before the next search or when the services ask (shortly after the
 * save), so autosaving a 100,000-word draft does not pay for re-indexing it
 * each time, yet a search never sees a stale index.
 */
import type Database from 'better-sqlite3';
import { documentPlainText } from '../../../common/document/plain-text';
import type { NodeJSON, ProfileId } from '../../../common/document/types';
import type { DraftRecord, DraftStore, DraftWithDoc, NewDraft, SearchRecord, UserTemplateRecord } from '../draft-store';
import { foldText } from '../../../common/text/fold';
import { makeSnippet } from '../snippet';
import { toFtsQuery } from './fts-query';

interface DraftRow {
  key: number;
  id: string;
  title: string;
  template_id: string;
  template_title: string;
  profile: ProfileId;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface TemplateRow {
  id: string;
  title: string;
  profile: ProfileId;
  description: string;
  doc_json: string;
  created_at: string;
}

const DRAFT_COLUMNS = 'key, id, title, template_id, template_title, profile, revision, created_at, updated_at, deleted_at';

/** Documents up to this many JSON characters are indexed in the saving transaction. */
export const INLINE_INDEX_MAX_CHARS = 120_000;

/** Target length of a stored text chunk, in characters (chunks end at line ends). */
const CHUNK_CHARS = 4000;

/** Splits plain text into chunks of whole lines of about CHUNK_CHARS characters. */
function chunkLines(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start + CHUNK_CHARS);
    if (end < 0) end = text.length;
    chunks.push(text.slice(start, end));
    start = end + 1;
  }
  return chunks.length ? chunks : [''];
}

/** Characters of original text fetched for a snippet: before the match, and in all. */
const WINDOW_BEFORE = 100;
const WINDOW_LENGTH = 400;

/**
 * Folded text with every character that is not a letter or digit turned
 * into a space (same length). Stored between two spaces, so that
 * `instr(body_folded, ' ' || word)` is the 1-based position of the word in
 * the original text, and `' ' || word || ' '` finds whole words.
 */
function wordsOnly(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]/gu, ' ');
}

function toRecord(row: DraftRow): DraftRecord {
  return {
    id: row.id,
    title: row.title,
    templateId: row.template_id,
    templateTitle: row.template_title,
    profile: row.profile,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toTemplate(row: TemplateRow): UserTemplateRecord {
  return { id: row.id, title: row.title, profile: row.profile, description: row.description, docJson: row.doc_json, createdAt: row.created_at };
}

/** Plain text of a stored document; a document that cannot be parsed indexes as empty. */
function plainTextOf(docJson: string): string {
  try {
    return documentPlainText(JSON.parse(docJson) as NodeJSON);
  } catch {
    return '';
  }
}

/** The SQLite implementation of `DraftStore`. */
export class SqliteDraftStore implements DraftStore {
  /** The connection, for diagnostics and tests (e.g. to simulate a full disk). */
  readonly db: Database.Database;
  private readonly stmts;

  constructor(db: Database.Database) {
    this.db = db;
    this.stmts = {
      list: db.prepare<[], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE deleted_at IS NULL ORDER BY updated_at DESC, key DESC`),
      listTrash: db.prepare<[], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, key DESC`),
      get: db.prepare<[string], DraftRow & { doc_json: string }>(`SELECT ${DRAFT_COLUMNS}, doc_json FROM drafts WHERE id = ?`),
      getMeta: db.prepare<[string], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE id = ?`),
      insert: db.prepare(
        `INSERT INTO drafts (id, title, template_id, template_title, profile, revision, created_at, updated_at, deleted_at, search_dirty, doc_json)
         VALUES (@id, @title, @templateId, @templateTitle, @profile, 1, @now, @now, NULL, 1, @docJson)`,
      ),
      updateDoc: db.prepare<[string, string, ProfileId | null, string]>(
        'UPDATE drafts SET doc_json = ?, revision = revision + 1, updated_at = ?, profile = COALESCE(?, profile), search_dirty = 1 WHERE id = ?',
      ),
      rename: db.prepare<[string, string, string]>('UPDATE drafts SET title = ?, updated_at = ?, search_dirty = 1 WHERE id = ?'),
      // Leaving the trash re-indexes the draft; entering it drops it from the index.
      setDeleted: db.prepare<[string | null, number, string]>('UPDATE drafts SET deleted_at = ?, search_dirty = ? WHERE id = ?'),
      keyOf: db.prepare<[string], { key: number }>('SELECT key FROM drafts WHERE id = ?'),
      deleteDraft: db.prepare<[number]>('DELETE FROM drafts WHERE key = ?'),
      dirty: db.prepare<[], { key: number; title: string; doc_json: string }>('SELECT key, title, doc_json FROM drafts WHERE search_dirty = 1 AND deleted_at IS NULL'),
      ftsDelete: db.prepare<[number]>('DELETE FROM drafts_fts WHERE rowid = ?'),
      ftsInsert: db.prepare<[number, string, string]>('INSERT INTO drafts_fts (rowid, title_f, body_f) VALUES (?, ?, ?)'),
      textDelete: db.prepare<[number]>('DELETE FROM draft_texts WHERE key = ?'),
      textInsert: db.prepare<[number, number, string, string]>('INSERT INTO draft_texts (key, seq, body_text, body_folded) VALUES (?, ?, ?, ?)'),
      clean: db.prepare<[number]>('UPDATE drafts SET search_dirty = 0 WHERE key = ?'),
      // Ranked by bm25 as configured in the migration (title weighs 10, text 1); then each hit's row
      // (faster than joining the two in one statement).
      search: db.prepare<[string, number], { key: number }>('SELECT rowid AS key FROM drafts_fts WHERE drafts_fts MATCH ? ORDER BY rank LIMIT ?'),
      hit: db.prepare<[number], { id: string; title: string; profile: ProfileId; updated_at: string }>('SELECT id, title, profile, updated_at FROM drafts WHERE key = ?'),
      // Where the first word first occurs (the first chunk holding it), and the whole query as a phrase in that chunk
      // (1-based positions in the chunk, 0 for none), with the window of original text around the word.
      occurrence: db.prepare<[{ word: string; phrase: string; key: number }], { seq: number; word: number; phrase: number; part: string }>(
        `SELECT seq, instr(body_folded, @word) AS word, instr(body_folded, @phrase) AS phrase,
                substr(body_text, max(1, instr(body_folded, @word) - ${WINDOW_BEFORE}), ${WINDOW_LENGTH}) AS part
         FROM draft_texts WHERE key = @key AND instr(body_folded, @word) > 0 ORDER BY seq LIMIT 1`,
      ),
      // A window of one chunk's original text (start is 1-based).
      textPart: db.prepare<[number, number, number], { part: string }>(`SELECT substr(body_text, ?, ${WINDOW_LENGTH}) AS part FROM draft_texts WHERE key = ? AND seq = ?`),
      textStart: db.prepare<[number], { part: string }>(`SELECT substr(body_text, 1, ${WINDOW_LENGTH}) AS part FROM draft_texts WHERE key = ? AND seq = 0`),
      settings: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings'),
      setSetting: db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      templates: db.prepare<[], TemplateRow>('SELECT id, title, profile, description, doc_json, created_at FROM user_templates ORDER BY created_at DESC, id'),
      template: db.prepare<[string], TemplateRow>('SELECT id, title, profile, description, doc_json, created_at FROM user_templates WHERE id = ?'),
      insertTemplate: db.prepare(
        'INSERT INTO user_templates (id, title, profile, description, doc_json, created_at) VALUES (@id, @title, @profile, @description, @docJson, @createdAt)',
      ),
      deleteTemplate: db.prepare<[string]>('DELETE FROM user_templates WHERE id = ?'),
    };
  }

  listDrafts(trash: boolean): DraftRecord[] {
    return (trash ? this.stmts.listTrash : this.stmts.list).all().map(toRecord);
  }

  getDraft(id: string): DraftWithDoc | null {
    const row = this.stmts.get.get(id);
    return row ? { ...toRecord(row), docJson: row.doc_json } : null;
  }

  getDraftMeta(id: string): DraftRecord | null {
    return this.meta(id);
  }

  private meta(id: string): DraftRecord | null {
    const row = this.stmts.getMeta.get(id);
    return row ? toRecord(row) : null;
  }

  insertDraft(draft: NewDraft): DraftRecord {
    return this.db.transaction(() => {
      const key = Number(this.stmts.insert.run(draft).lastInsertRowid);
      if (draft.docJson.length <= INLINE_INDEX_MAX_CHARS) this.indexRow(key, draft.title, draft.docJson);
      return this.meta(draft.id)!;
    })();
  }

  updateDoc(id: string, docJson: string, now: string, profile?: ProfileId): DraftRecord | null {
    return this.db.transaction(() => {
      if (!this.stmts.updateDoc.run(docJson, now, profile ?? null, id).changes) return null;
      const record = this.meta(id)!;
      if (docJson.length <= INLINE_INDEX_MAX_CHARS && record.deletedAt === null) {
        this.indexRow(this.stmts.keyOf.get(id)!.key, record.title, docJson);
      }
      return record;
    })();
  }

  /** Writes one draft's index rows and clears its dirty flag; call inside a transaction. */
  private indexRow(key: number, title: string, docJson: string): void {
    const chunks = chunkLines(plainTextOf(docJson));
    const folded = chunks.map((chunk) => foldText(chunk));
    this.stmts.ftsDelete.run(key);
    this.stmts.ftsInsert.run(key, foldText(title), folded.join('\n'));
    this.stmts.textDelete.run(key);
    chunks.forEach((chunk, seq) => this.stmts.textInsert.run(key, seq, chunk, ` ${wordsOnly(folded[seq]!)} `));
    this.stmts.clean.run(key);
  }

  renameDraft(id: string, title: string, now: string): DraftRecord | null {
    return this.db.transaction(() => (this.stmts.rename.run(title, now, id).changes ? this.meta(id) : null))();
  }

  setDeletedAt(id: string, deletedAt: string | null): DraftRecord | null {
    return this.db.transaction(() => {
      if (!this.stmts.setDeleted.run(deletedAt, deletedAt === null ? 1 : 0, id).changes) return null;
      if (deletedAt !== null) this.stmts.ftsDelete.run(this.stmts.keyOf.get(id)!.key);
      return this.meta(id);
    })();
  }

  deleteDraft(id: string): boolean {
    return this.db.transaction(() => {
      const row = this.stmts.keyOf.get(id);
      if (!row) return false;
      this.stmts.ftsDelete.run(row.key);
      this.stmts.deleteDraft.run(row.key);
      return true;
    })();
  }

  refreshSearchIndex(): number {
    return this.db.transaction(() => {
      const rows = this.stmts.dirty.all();
      for (const row of rows) this.indexRow(row.key, row.title, row.doc_json);
      return rows.length;
    })();
  }

  search(query: string, limit: number): SearchRecord[] {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    try {
      this.refreshSearchIndex();
    } catch {
      // Cannot write now (read-only, locked, full): search what is indexed rather than fail.
    }
    const out: SearchRecord[] = [];
    for (const { key } of this.stmts.search.all(fts.match, limit)) {
      const r = this.stmts.hit.get(key);
      if (r) out.push({ id: r.id, title: r.title, profile: r.profile, updatedAt: r.updated_at, snippet: this.snippet(key, fts.tokens) });
    }
    return out;
  }

  /**
   * A snippet cut from a window of the original text, so long drafts are not
   * read whole: around the whole query as a phrase where it occurs in the
   * stretch of text (chunk) where the first word first occurs, else around
   * that first word (whole, unless it is the only one: then it may be a word
   * being typed). Looking for the phrase further would mean reading the whole
   * draft for each hit.
   */
  private snippet(key: number, tokens: readonly string[]): string {
    // Stored folded text starts with a space, so a needle's 1-based position there is the word's in the original.
    const word = tokens.length > 1 ? ` ${tokens[0]} ` : ` ${tokens[0]}`;
    const phrase = tokens.join(' ');
    const at = this.stmts.occurrence.get({ word, phrase: ` ${phrase}`, key });
    if (at) {
      // The window around the first word holds the phrase, or the phrase's own window is read.
      const start = Math.max(1, at.word - WINDOW_BEFORE);
      const inWindow = at.phrase === 0 || (at.phrase >= start && at.phrase + phrase.length <= start + WINDOW_LENGTH);
      const phraseStart = Math.max(1, at.phrase - WINDOW_BEFORE);
      const [from, part] = inWindow ? [start, at.part] : [phraseStart, this.stmts.textPart.get(phraseStart, key, at.seq)?.part ?? ''];
      // The snippet is shorter than the window after the match, so the window's end shows only where the text ends.
      // Where the whole query matched, the snippet starts there; after a lone first word, an earlier query word in the window may lead.
      const window = { cutBefore: from > 1 || at.seq > 0, ...(at.phrase > 0 ? { matchAt: at.phrase - from } : {}) };
      return makeSnippet(part, tokens, window);
    }
    // Only the title (or a later word) matched: the text's beginning.
    return makeSnippet(this.stmts.textStart.get(key)?.part ?? '', tokens);
  }

  getSettings(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const { key, value } of this.stmts.settings.all()) {
      try {
        out[key] = JSON.parse(value);
      } catch {
        // A value we cannot read is treated as unset.
      }
    }
    return out;
  }

  setSettings(values: Readonly<Record<string, unknown>>): void {
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(values)) {
        if (value !== undefined) this.stmts.setSetting.run(key, JSON.stringify(value));
      }
    })();
  }

  listUserTemplates(): UserTemplateRecord[] {
    return this.stmts.templates.all().map(toTemplate);
  }

  getUserTemplate(id: string): UserTemplateRecord | null {
    const row = this.stmts.template.get(id);
    return row ? toTemplate(row) : null;
  }

  insertUserTemplate(template: UserTemplateRecord): void {
    this.db.transaction(() => this.stmts.insertTemplate.run(template))();
  }

  deleteUserTemplate(id: string): boolean {
    return this.db.transaction(() => this.stmts.deleteTemplate.run(id).changes > 0)();
  }

  close(): void {
    if (!this.db.open) return;
    try {
      this.refreshSearchIndex();
    } catch {
      // Drafts stay marked for re-indexing; the next search does it.
    }
    this.db.close();
  }
}
