/**
 * Saves that cannot reach the disk: a read-only database, a full disk and a
 * database locked by another program. Each must come back as a STORAGE
 * error with a Vietnamese reason, and the last saved version must survive.
 * (Tests run as root in CI, where chmod stops nothing, so the failures are
 * produced inside SQLite itself.)
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResults } from '../../../common/api/contract';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { createServices, type Services } from '../../../main/services';
import { openDatabase } from '../../../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../../../main/store/sqlite/sqlite-draft-store';
import { toStorageError } from '../../../main/services/storage-error';
import { bodyText, docWith, tempDir } from '../../helpers/store';
import { TEMPLATES_DIR } from '../../helpers/repo';

let tmp: ReturnType<typeof tempDir>;
let dbPath: string;
let store: SqliteDraftStore;
let services: Services;
let dispatch: Dispatch;
let draftId: string;

beforeEach(async () => {
  tmp = tempDir('duthao-storage-');
  dbPath = join(tmp.dir, 'duthao.db');
  store = new SqliteDraftStore(openDatabase(dbPath, { busyTimeoutMs: 30 }).db);
  services = createServices(store, {
    templatesDir: TEMPLATES_DIR,
    info: { version: 't', dataDir: tmp.dir, databasePath: dbPath, movedAsideDatabase: null },
  });
  dispatch = createDispatch(services.handlers);
  const created = await dispatch('createDraft', { templateId: 'blank', title: 'Báo cáo' });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  draftId = (created.value as ApiResults['createDraft']).id;
  const saved = await dispatch('saveDraft', { id: draftId, doc: docWith('Phiên bản đã lưu') });
  expect(saved.ok).toBe(true);
});

afterEach(() => {
  services.close();
  tmp.cleanup();
});

/** The draft as a fresh connection sees it on disk. */
function onDisk(): { text: string; revision: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db.prepare('SELECT doc_json, revision FROM drafts WHERE id = ?').get(draftId) as { doc_json: string; revision: number };
    return { text: bodyText(JSON.parse(row.doc_json)), revision: row.revision };
  } finally {
    db.close();
  }
}

async function expectFailedSave(messagePattern: RegExp): Promise<void> {
  const r = await dispatch('saveDraft', { id: draftId, doc: docWith('Bản mới chưa lưu được ' + 'chữ '.repeat(20000)) });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('STORAGE');
  expect(r.error.message).toMatch(/^Không lưu được: /);
  expect(r.error.message).toMatch(messagePattern);
  expect(r.error.message).toMatch(/chưa được lưu/);
  expect(onDisk()).toEqual({ text: 'Phiên bản đã lưu', revision: 2 });
}

describe('a save that cannot be written', () => {
  it('reports a read-only database and keeps the saved version', async () => {
    // A rename leaves the draft waiting for re-indexing, which cannot happen once read-only.
    expect((await dispatch('renameDraft', { id: draftId, title: 'Báo cáo đã đổi tên' })).ok).toBe(true);
    store.db.pragma('query_only = 1');
    await expectFailedSave(/chỉ cho đọc/);
    const rename = await dispatch('renameDraft', { id: draftId, title: 'Tên khác' });
    expect(!rename.ok && rename.error.code).toBe('STORAGE');
    // Reading and searching still work.
    const found = await dispatch('searchDrafts', { query: 'phien ban' });
    expect(found.ok && (found.value as ApiResults['searchDrafts']).map((h) => h.id)).toEqual([draftId]);
    const got = await dispatch('getDraft', { id: draftId });
    expect(got.ok && bodyText((got.value as ApiResults['getDraft']).doc)).toBe('Phiên bản đã lưu');
    store.db.pragma('query_only = 0');
    const retry = await dispatch('saveDraft', { id: draftId, doc: docWith('Lưu lại được') });
    expect(retry.ok && (retry.value as ApiResults['saveDraft']).revision).toBe(3);
  });

  it('reports a full disk and keeps the saved version', async () => {
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    await expectFailedSave(/ổ đĩa đầy/);
  });

  it('reports a database locked by another program and keeps the saved version', async () => {
    const other = new Database(dbPath);
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expectFailedSave(/khóa/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const retry = await dispatch('saveDraft', { id: draftId, doc: docWith('Sau khi mở khóa') });
    expect(retry.ok).toBe(true);
    expect(onDisk()).toEqual({ text: 'Sau khi mở khóa', revision: 3 });
  });

  it('says "không đọc được" for a failed read and leaves bugs to INTERNAL', () => {
    const busy = Object.assign(new Database.SqliteError('database is locked', 'SQLITE_BUSY'), {});
    expect(toStorageError(busy, 'read')?.message).toMatch(/^Không đọc được dữ liệu: .*khóa/);
    expect(toStorageError(new TypeError('x is undefined'), 'write')).toBeNull();
    expect(toStorageError(Object.assign(new Error('no space'), { code: 'ENOSPC' }), 'write')?.message).toMatch(/ổ đĩa đầy/);
  });
});
