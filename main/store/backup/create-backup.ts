/**
 * Backing up the whole database. `backupDatabase` uses SQLite's online
 * backup API (better-sqlite3 `db.backup()`), which copies a few hundred
 * pages at a time between turns of the event loop, so saves keep being
 * answered while it runs. `backupDatabaseNow` uses `VACUUM INTO`
 * (synchronous), for the one place that cannot wait: just before a schema
 * migration at start-up. Both write `<name>.partial` and rename it when
 * complete: a crash or a kill mid-way never leaves a broken `.db` backup.
 */
import type Database from 'better-sqlite3';
import { renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../common/versions/backup-types';
import { backupInfo, newBackupPath, pruneBackups } from './backup-files';

/** Where and how to back up. */
export interface BackupTarget {
  /** The backups folder. */
  readonly dir: string;
  readonly reason: BackupReason;
  readonly now: Date;
  /** Backups kept after this one (older ones are deleted). */
  readonly keep: number;
  /** Pages copied per step (default 256; smaller gives typing more room). */
  readonly pagesPerStep?: number;
  /** Backups pruning must not delete (e.g. the one about to be restored). */
  readonly spare?: readonly string[];
}

function finish(partial: string, path: string, target: BackupTarget): BackupInfo {
  renameSync(partial, path);
  pruneBackups(target.dir, target.keep, [basename(path), ...(target.spare ?? [])]);
  return backupInfo(dirname(path), basename(path));
}

function discard(partial: string): void {
  try {
    unlinkSync(partial);
  } catch {
    // Nothing was written.
  }
}

/** Backs up `db` with the online backup API; resolves with the new backup. */
export async function backupDatabase(db: Database.Database, target: BackupTarget): Promise<BackupInfo> {
  const path = newBackupPath(target.dir, target.now, target.reason);
  const partial = path + '.partial';
  const step = target.pagesPerStep ?? 256;
  try {
    await db.backup(partial, { progress: () => step });
    statSync(partial);
    return finish(partial, path, target);
  } catch (err) {
    discard(partial);
    throw err;
  }
}

/** Backs up `db` synchronously with VACUUM INTO (a compact, consistent copy). */
export function backupDatabaseNow(db: Database.Database, target: BackupTarget): BackupInfo {
  const path = newBackupPath(target.dir, target.now, target.reason);
  const partial = path + '.partial';
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish(partial, path, target);
  } catch (err) {
    discard(partial);
    throw err;
  }
}
