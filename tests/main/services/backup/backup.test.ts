// Backups of the whole database: made by hand, before a schema migration and
// daily; kept to the last N; a backup's contents shown before restoring it;
// restore brings the drafts back, keeps the replaced database aside and
// leaves a sound database (integrity_check); a broken backup is refused.
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../../common/api/contract';
import { callOk } from '../../../helpers/dispatch';
import { createDispatch, type Dispatch } from '../../../../main/api/dispatch';
import { backupsDir, listBackups } from '../../../../main/store/backup/backup-files';
import { dailyBackupDue, startDailyBackup } from '../../../../main/services/backup/daily-backup';
import { openServices, type Services } from '../../../../main/services/open-services';
import { MIGRATIONS } from '../../../../main/store/sqlite/migrations';
import { openDatabase } from '../../../../main/store/sqlite/open-database';
import { docWith, tempDir } from '../../../helpers/store';
import { TEMPLATES_DIR } from '../../../helpers/repo';

const TEMPLATES = TEMPLATES_DIR;
let tmp: ReturnType<typeof tempDir>;
let services: Services;
let dispatch: Dispatch;
let clock: number;

function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
  return callOk(dispatch, method, args);
}

function open(): void {
  services = openServices({ dataDir: tmp.dir, templatesDir: TEMPLATES, appVersion: 't', now: () => new Date((clock += 60_000)) });
  dispatch = createDispatch(services.handlers);
}

beforeEach(() => {
  tmp = tempDir('duthao-backup-');
  clock = Date.parse('2026-12-01T08:00:00Z');
  open();
});

afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function draft(title: string, text: string): Promise<string> {
  const d = await call('createDraft', { templateId: 'bao-cao-cong-tac-nam-dang', title });
  await call('saveDraft', { id: d.id, doc: docWith(text) });
  return d.id;
}

describe('backups', () => {
  it('backs up, shows what the backup holds, restores it and keeps the replaced database aside', async () => {
    const a = await draft('Báo cáo năm 2025', 'Nội dung cần giữ.');
    const backup = await call('createBackup', {});
    expect(backup.reason).toBe('manual');
    expect(backup.path.startsWith(join(tmp.dir, 'backups'))).toBe(true);

    await call('saveDraft', { id: a, doc: docWith('Nội dung bị sửa hỏng.') });
    const b = await draft('Dự thảo làm sau', 'Viết sau khi sao lưu.');

    const preview = await call('previewBackup', { fileName: backup.fileName });
    expect(preview.sound).toBe(true);
    expect(preview.drafts.map((d) => d.title)).toEqual(['Báo cáo năm 2025']);
    expect(preview.lastChange).not.toBeNull();

    const result = await call('restoreBackup', { fileName: backup.fileName });
    expect(result.drafts).toBe(1);
    const text = (await call('getDraft', { id: a })).doc.content![2]!.content![0]!.content![0]!.text;
    expect(text).toBe('Nội dung cần giữ.');
    expect((await dispatch('getDraft', { id: b })).ok).toBe(false);
    expect(await call('listDrafts', {})).toHaveLength(1);

    // The replaced database is kept as a backup and holds the later draft.
    expect(result.keptAside.reason).toBe('before-restore');
    const aside = await call('previewBackup', { fileName: result.keptAside.fileName });
    expect(aside.drafts.map((d) => d.title).sort()).toEqual(['Báo cáo năm 2025', 'Dự thảo làm sau']);

    // The restored database is sound and usable: save and search still work.
    const db = new Database(join(tmp.dir, 'duthao.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    await call('saveDraft', { id: a, doc: docWith('Sửa tiếp sau khi khôi phục.') });
    expect((await call('searchDrafts', { query: 'khoi phuc' })).map((h) => h.id)).toEqual([a]);
  });

  it('refuses a broken or foreign backup with a Vietnamese reason and changes nothing', async () => {
    const a = await draft('Giữ nguyên', 'x');
    mkdirSync(backupsDir(tmp.dir), { recursive: true });
    writeFileSync(join(backupsDir(tmp.dir), 'hong.db'), Buffer.from('SQLite format 3\0' + 'rác'.repeat(3000)));
    const preview = await call('previewBackup', { fileName: 'hong.db' });
    expect(preview.sound).toBe(false);
    expect(preview.problem).toMatch(/không phải là bản sao lưu|bị hỏng/);
    const r = await dispatch('restoreBackup', { fileName: 'hong.db' });
    expect(r.ok).toBe(false);
    expect((await call('getDraft', { id: a })).title).toBe('Giữ nguyên');
    expect((await dispatch('previewBackup', { fileName: '../duthao.db' })).ok).toBe(false);
  });

  it('keeps only the last N backups', async () => {
    await call('setBackupKeep', { keep: 2 });
    for (let i = 0; i < 4; i++) await call('createBackup', {});
    const status = await call('getBackupStatus', {});
    expect(status.keep).toBe(2);
    expect(status.backups).toHaveLength(2);
    expect(status.journalMode).toBe('wal');
    expect(status.networkShare).toBeNull();
  });

  it('backs up an existing database before upgrading its schema', () => {
    services.close();
    const other = tempDir('duthao-migrate-');
    try {
      const old = openDatabase(join(other.dir, 'duthao.db'), { migrations: MIGRATIONS.slice(0, 2) });
      old.db.close();
      const opened = openDatabase(join(other.dir, 'duthao.db'));
      opened.db.close();
      const backups = listBackups(backupsDir(other.dir));
      expect(backups.map((b) => b.reason)).toEqual(['before-migration']);
      const copy = new Database(backups[0]!.path, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(2);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
    } finally {
      other.cleanup();
      open();
    }
  });

  it('makes the daily backup when the newest is a day old, not before', async () => {
    const dir = backupsDir(tmp.dir);
    const now = new Date('2026-12-02T08:00:00Z');
    expect(dailyBackupDue(dir, now)).toBe(true);
    await call('createBackup', {});
    const newest = Date.parse(listBackups(dir)[0]!.createdAt);
    expect(dailyBackupDue(dir, new Date(newest + 23 * 3600_000))).toBe(false);
    expect(dailyBackupDue(dir, new Date(newest + 24 * 3600_000))).toBe(true);
    let made = 0;
    const stop = startDailyBackup({ backupsDir: dir, now: () => new Date(newest + 25 * 3600_000), backup: async () => void made++, firstMs: 1, everyMs: 10_000 });
    await new Promise((r) => setTimeout(r, 30));
    stop();
    expect(made).toBe(1);
  });
});
