/**
 * The `backups/` folder beside the database: file names that say when and
 * why a backup was made, listing newest first, and pruning to the last N.
 * A backup being written is `*.db.partial` and renamed when complete, so a
 * listed `.db` file is always a whole backup.
 */
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../common/versions/backup-types';

/** The folder name, beside the database file. */
export const BACKUPS_FOLDER = 'backups';

/** Default number of backups kept. */
export const DEFAULT_BACKUP_KEEP = 10;

const REASONS: readonly BackupReason[] = ['daily', 'manual', 'before-migration', 'before-restore', 'imported'];
const NAME = /^duthao-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.db$/;

/** The backups folder of a data folder. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

/** A file name for a backup made at `at` for `reason`. */
export function backupFileName(at: Date, reason: BackupReason): string {
  return `duthao-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.db`;
}

/** A free path in `dir` for a new backup (adds -2, -3… if two are made in the same millisecond). */
export function newBackupPath(dir: string, at: Date, reason: BackupReason): string {
  mkdirSync(dir, { recursive: true });
  const base = backupFileName(at, reason);
  let path = join(dir, base);
  for (let n = 2; existsSync(path) || existsSync(path + '.partial'); n++) path = join(dir, base.replace(/\.db$/, `-${n}.db`));
  return path;
}

/** Reads a backup's facts from its name (time, reason), falling back to the file's time for other names. */
export function backupInfo(dir: string, fileName: string): BackupInfo {
  const path = join(dir, fileName);
  const st = statSync(path);
  const m = NAME.exec(fileName.replace(/-\d+\.db$/, '.db'));
  const reason = m && (REASONS as readonly string[]).includes(m[2]!) ? (m[2] as BackupReason) : 'imported';
  let createdAt = st.mtime.toISOString();
  if (m) {
    const t = m[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
    if (!Number.isNaN(Date.parse(t))) createdAt = new Date(t).toISOString();
  }
  return { fileName, path, reason, createdAt, bytes: st.size };
}

/** The complete backups in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.db'))
    .map((f) => backupInfo(dir, f))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

/** Deletes all but the newest `keep` backups (and leftover `.partial` files); never those named in `spare`. */
export function pruneBackups(dir: string, keep: number, spare: readonly string[] = []): void {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) if (f.endsWith('.db.partial')) tryUnlink(join(dir, f));
  const all = listBackups(dir);
  for (const b of all.slice(Math.max(1, keep))) if (!spare.includes(b.fileName)) tryUnlink(b.path);
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // A file in use or already gone: the next prune tries again.
  }
}
