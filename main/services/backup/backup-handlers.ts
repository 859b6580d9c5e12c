/**
 * The service side of "Sao lưu / Khôi phục": the backups folder beside the
 * database, backups by hand, how many are kept, preview and restore. Backups
 * are named by file name only; the API never takes a path.
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../common/api/errors';
import type { BackupStatus } from '../../../common/versions/backup-types';
import type { ApiHandlers } from '../../api/handlers';
import type { DraftStore } from '../../store/draft-store';
import { DEFAULT_BACKUP_KEEP, listBackups } from '../../store/backup/backup-files';
import { backupDatabase } from '../../store/backup/create-backup';
import { inspectBackup } from '../../store/backup/inspect-backup';
import { networkShareMessage, type NetworkShare } from '../../store/backup/network-share';
import { restoreBackup } from '../../store/backup/restore-backup';

/** The settings key of the number of backups kept. */
export const BACKUP_KEEP_SETTING = 'backupKeep';

/** What the backup handlers need. */
export interface BackupDeps {
  readonly db: Database.Database;
  readonly databasePath: string;
  readonly backupsDir: string;
  readonly store: Pick<DraftStore, 'getSettings' | 'setSettings'>;
  readonly now: () => Date;
  readonly networkShare: NetworkShare;
  /** Called after a restore replaced the data (search index, caches). */
  readonly onRestored: () => void;
}

/** The number of backups kept (setting, default 10). */
export function backupKeep(store: Pick<DraftStore, 'getSettings'>): number {
  const v = store.getSettings()[BACKUP_KEEP_SETTING];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365 ? v : DEFAULT_BACKUP_KEEP;
}

type BackupMethods = 'getBackupStatus' | 'createBackup' | 'setBackupKeep' | 'previewBackup' | 'restoreBackup';

/** Serialises backups and restores: one at a time. */
function queue(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };
}

/** Creates the backup handlers; `serial` is shared with the daily backup so two never overlap. */
export function backupHandlers(deps: BackupDeps, serial = queue()): Pick<ApiHandlers, BackupMethods> {
  const status = (): BackupStatus => ({
    folder: deps.backupsDir,
    keep: backupKeep(deps.store),
    backups: listBackups(deps.backupsDir),
    journalMode: String(deps.db.pragma('journal_mode', { simple: true })),
    networkShare: deps.networkShare ? networkShareMessage(deps.networkShare) : null,
  });
  const file = (fileName: string) => {
    const path = join(deps.backupsDir, fileName);
    if (!existsSync(path)) throw new ApiError('NOT_FOUND', `Không tìm thấy bản sao lưu "${fileName}".`, `no backup ${path}`);
    return path;
  };
  return {
    getBackupStatus: () => status(),
    createBackup: () =>
      serial(() => backupDatabase(deps.db, { dir: deps.backupsDir, reason: 'manual', now: deps.now(), keep: backupKeep(deps.store) })),
    setBackupKeep: ({ keep }) => {
      deps.store.setSettings({ [BACKUP_KEEP_SETTING]: keep });
      return status();
    },
    previewBackup: ({ fileName }) => inspectBackup(file(fileName)),
    restoreBackup: ({ fileName }) =>
      serial(async () => {
        const source = file(fileName);
        const { preview: _preview, ...result } = await restoreBackup(
          { db: deps.db, databasePath: deps.databasePath, backupsDir: deps.backupsDir, keep: backupKeep(deps.store), now: deps.now() },
          source,
        );
        deps.onRestored();
        return result;
      }),
  };
}

/** A serialiser for backup work (shared by the handlers and the daily schedule). */
export const createBackupQueue = queue;
