/**
 * Restoring a backup into the open database. The backup is checked first
 * (integrity_check, a DuThao schema not newer than this build); the current
 * database is then backed up aside ("before-restore"); then SQLite's backup
 * API copies the backup's pages into the live database file as one write
 * transaction, so a crash or kill mid-way leaves the old database whole
 * (WAL/journal recovery discards the unfinished copy). Finally the schema is
 * brought up to date, in case the backup is older.
 */
import Database from 'better-sqlite3';
import { ApiError } from '../../../common/api/errors';
import type { BackupPreview } from '../../../common/versions/backup-types';
import type { BackupRestoreResult } from '../../../common/versions/api';
import { migrate } from '../sqlite/open-database';
import { MIGRATIONS } from '../sqlite/migrations';
import { basename } from 'node:path';
import { backupDatabase } from './create-backup';
import { inspectBackup } from './inspect-backup';

/** What a restore needs. */
export interface RestoreTarget {
  /** The open (live) database and its file. */
  readonly db: Database.Database;
  readonly databasePath: string;
  readonly backupsDir: string;
  readonly keep: number;
  readonly now: Date;
}

/** Copies the backup at `source` over the database at `databasePath` in one transaction. */
export async function copyIntoDatabase(source: string, databasePath: string): Promise<void> {
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // The destination stays locked from the first step to the last (a write
    // meanwhile would wait and fail), so copy the rest in one step.
    await src.backup(databasePath, { progress: () => 1_000_000_000 });
  } finally {
    src.close();
  }
}

/** Restores the backup file at `source`; throws a Vietnamese ApiError when it cannot be restored. */
export async function restoreBackup(target: RestoreTarget, source: string): Promise<BackupRestoreResult & { preview: BackupPreview }> {
  const preview = inspectBackup(source);
  if (!preview.sound) throw new ApiError('INVALID_ARGUMENT', preview.problem ?? 'Bản sao lưu không dùng được.', `cannot restore ${source}`);
  const keptAside = await backupDatabase(target.db, {
    dir: target.backupsDir,
    reason: 'before-restore',
    now: target.now,
    keep: target.keep,
    spare: [basename(source)],
  });
  await copyIntoDatabase(source, target.databasePath);
  migrate(target.db, MIGRATIONS);
  return { restored: preview, keptAside, drafts: preview.drafts.length, preview };
}
