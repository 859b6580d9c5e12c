/**
 * Reading and writing versions in SQLite. The document and the threads are
 * stored as zlib-deflated JSON (a 100,000-word draft takes a few hundred KB
 * per version; figures in docs/versions.md).
 */
import type Database from 'better-sqlite3';
import { deflateSync, inflateSync } from 'node:zlib';
import type { DocJSON } from '../../../common/document/types';
import type { Thread } from '../../../common/review/types';
import type { VersionDetail, VersionSummary, VersionTrigger } from '../../../common/versions/types';

interface VersionRow {
  draft_id: string;
  number: number;
  label: string;
  trigger: VersionTrigger;
  author: string;
  created_at: string;
  draft_revision: number;
  content_hash: string;
  words: number;
  stored: number;
}

/** A version to insert (its number is the next free one). */
export interface NewVersion {
  readonly draftId: string;
  readonly label: string;
  readonly trigger: VersionTrigger;
  readonly author: string;
  readonly createdAt: string;
  readonly draftRevision: number;
  readonly contentHash: string;
  readonly words: number;
  readonly docJson: string;
  readonly threadsJson: string;
}

/** The newest version's number and content hash. */
export interface LatestVersion {
  readonly number: number;
  readonly contentHash: string;
}

/** The versions table of one database. */
export interface VersionRepository {
  list(draftId: string): VersionSummary[];
  get(draftId: string, number: number): VersionDetail | null;
  latest(draftId: string): LatestVersion | null;
  /** Inserts with the next number; returns the stored summary. */
  insert(v: NewVersion): VersionSummary;
  /** Removes one version (used to undo an automatic version whose operation failed). */
  remove(draftId: string, number: number): void;
}

const SUMMARY_COLUMNS =
  'draft_id, number, label, trigger, author, created_at, draft_revision, content_hash, words, length(doc_z) + length(threads_z) AS stored';

function toSummary(r: VersionRow): VersionSummary {
  return {
    draftId: r.draft_id,
    number: r.number,
    label: r.label,
    trigger: r.trigger,
    author: r.author,
    createdAt: r.created_at,
    words: r.words,
    storedBytes: r.stored,
  };
}

/** Deflates JSON text for storage. */
export function packJson(json: string): Buffer {
  return deflateSync(Buffer.from(json, 'utf8'), { level: 6 });
}

/** Inflates stored JSON text. */
export function unpackJson(blob: Buffer): string {
  return inflateSync(blob).toString('utf8');
}

/** Creates the repository over an open database that has the versions table. */
export function createVersionRepository(db: Database.Database): VersionRepository {
  const q = {
    list: db.prepare<[string], VersionRow>(`SELECT ${SUMMARY_COLUMNS} FROM versions WHERE draft_id = ? ORDER BY number DESC`),
    one: db.prepare<[string, number], VersionRow>(`SELECT ${SUMMARY_COLUMNS} FROM versions WHERE draft_id = ? AND number = ?`),
    blobs: db.prepare<[string, number], { doc_z: Buffer; threads_z: Buffer }>('SELECT doc_z, threads_z FROM versions WHERE draft_id = ? AND number = ?'),
    latest: db.prepare<[string], { number: number; content_hash: string }>(
      'SELECT number, content_hash FROM versions WHERE draft_id = ? ORDER BY number DESC LIMIT 1',
    ),
    insert: db.prepare(
      `INSERT INTO versions (draft_id, number, label, trigger, author, created_at, draft_revision, content_hash, words, doc_z, threads_z)
       VALUES (@draftId, (SELECT coalesce(max(number), 0) + 1 FROM versions WHERE draft_id = @draftId), @label, @trigger, @author,
               @createdAt, @draftRevision, @contentHash, @words, @docZ, @threadsZ)`,
    ),
    remove: db.prepare('DELETE FROM versions WHERE draft_id = ? AND number = ?'),
  };
  return {
    list: (draftId) => q.list.all(draftId).map(toSummary),
    get(draftId, number) {
      const row = q.one.get(draftId, number);
      const blobs = q.blobs.get(draftId, number);
      if (!row || !blobs) return null;
      return {
        ...toSummary(row),
        doc: JSON.parse(unpackJson(blobs.doc_z)) as DocJSON,
        threads: JSON.parse(unpackJson(blobs.threads_z)) as Thread[],
      };
    },
    latest(draftId) {
      const r = q.latest.get(draftId);
      return r ? { number: r.number, contentHash: r.content_hash } : null;
    },
    insert: db.transaction((v: NewVersion): VersionSummary => {
      q.insert.run({
        draftId: v.draftId,
        label: v.label,
        trigger: v.trigger,
        author: v.author,
        createdAt: v.createdAt,
        draftRevision: v.draftRevision,
        contentHash: v.contentHash,
        words: v.words,
        docZ: packJson(v.docJson),
        threadsZ: packJson(v.threadsJson),
      });
      const latest = q.latest.get(v.draftId)!;
      return toSummary(q.one.get(v.draftId, latest.number)!);
    }),
    remove(draftId, number) {
      q.remove.run(draftId, number);
    },
  };
}
