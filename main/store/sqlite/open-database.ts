/**
 * Opens DuThao's SQLite database: creates the data folder, sets the PRAGMAs,
 * checks the file, moves a corrupt one aside (never deleting it) and brings
 * the schema up to date.
 */
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BACKUPS_FOLDER } from '../backup/backup-files';
import { backupDatabaseNow } from '../backup/create-backup';
import { detectNetworkShare, type NetworkShare } from '../backup/network-share';
import { StartupError } from '../startup-error';
import { MIGRATIONS, type Migration } from './migrations';

/** How to open the database. */
export interface OpenDatabaseOptions {
  /** The schema steps to apply (tests pass a prefix to build an old database). */
  readonly migrations?: readonly Migration[];
  /** How long a write waits for another connection's lock before failing. */
  readonly busyTimeoutMs?: number;
  /** Clock, for the name of a moved-aside file. */
  readonly now?: () => Date;
  /** Whether a folder is on a network share (tests inject a verdict); there WAL is not used. */
  readonly detectNetworkShare?: (dir: string) => NetworkShare;
}

/** An open database and what happened on the way. */
export interface OpenedDatabase {
  readonly db: Database.Database;
  /** Where a corrupt database file was moved, or null. */
  readonly movedAside: string | null;
  /** The network share holding the database (journal mode DELETE instead of WAL), or null. */
  readonly networkShare: NetworkShare;
}

/** Thrown inside this module when the file is not a database or fails its check. */
class CorruptDatabaseError extends Error {
  /** Bytes of the -wal and -shm files read before closing (closing may delete them). */
  sidecars = new Map<string, Buffer>();
}

const SIDE_FILES = ['-wal', '-shm'] as const;

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Throws CorruptDatabaseError when a non-empty file does not start like a database. */
function checkHeader(path: string): void {
  if (!existsSync(path)) return;
  const size = statSync(path).size;
  if (size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 16 || !head.equals(SQLITE_HEADER)) throw new CorruptDatabaseError('not a database: bad header');
}

const CORRUPTION_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function sqliteCode(err: unknown): string {
  return err instanceof Database.SqliteError ? err.code : '';
}

function isCorruption(err: unknown): boolean {
  const code = sqliteCode(err);
  return err instanceof CorruptDatabaseError || CORRUPTION_CODES.has(code) || code.startsWith('SQLITE_CORRUPT');
}

/** Creates the data folder if needed and checks that it can be read and written. */
function ensureDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
    accessSync(dir, constants.R_OK | constants.W_OK);
  } catch (err) {
    throw new StartupError(
      `Không dùng được thư mục dữ liệu "${dir}": không tạo được, không đọc được hoặc không ghi được. Hãy chọn thư mục khác hoặc kiểm tra quyền truy cập.`,
      `data directory ${dir} is not usable: ${String(err)}`,
    );
  }
}

/** Applies the migrations the database has not had yet, each in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new StartupError(
      'Dữ liệu này được tạo bởi một phiên bản DuThao mới hơn. Hãy cập nhật DuThao để mở.',
      `database schema version ${version} is newer than this build's ${migrations.length}`,
    );
  }
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      migrations[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Backups kept in the folder when a migration makes one (pruning is the daily backup's job). */
const KEEP_AROUND_MIGRATION = 50;

/** Copies an existing database aside (VACUUM INTO) before its schema is changed. */
function backupBeforeMigration(db: Database.Database, path: string, target: number, now: Date): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0 || version >= target) return;
  try {
    backupDatabaseNow(db, { dir: join(dirname(path), BACKUPS_FOLDER), reason: 'before-migration', now, keep: KEEP_AROUND_MIGRATION });
  } catch (err) {
    throw new StartupError(
      `Không sao lưu được dữ liệu trước khi nâng cấp nên DuThao chưa nâng cấp. Hãy kiểm tra dung lượng và quyền ghi của thư mục "${dirname(path)}".`,
      `backup before migration ${version} -> ${target} failed: ${String(err)}`,
    );
  }
}

function openAndCheck(path: string, options: OpenDatabaseOptions, share: NetworkShare): Database.Database {
  checkHeader(path);
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    // WAL needs shared memory that network shares do not provide reliably.
    db.pragma(share ? 'journal_mode = DELETE' : 'journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptDatabaseError(`quick_check: ${String(check)}`);
    const migrations = options.migrations ?? MIGRATIONS;
    backupBeforeMigration(db, path, migrations.length, (options.now ?? (() => new Date()))());
    migrate(db, migrations);
    return db;
  } catch (err) {
    if (!isCorruption(err)) {
      db.close();
      throw err;
    }
    // Keep the journal files as they are now: closing may checkpoint and delete them.
    const corrupt = err instanceof CorruptDatabaseError ? err : new CorruptDatabaseError(String(err));
    for (const suffix of SIDE_FILES) {
      try {
        if (existsSync(path + suffix)) corrupt.sidecars.set(suffix, readFileSync(path + suffix));
      } catch {
        // Unreadable side file: the rename below still tries to keep it.
      }
    }
    db.close();
    throw corrupt;
  }
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Renames the database and its -wal/-shm files to `<name>.corrupt-<time>`; returns the new path. */
function moveAside(path: string, now: Date, sidecars: ReadonlyMap<string, Buffer>): string {
  let target = `${path}.corrupt-${stamp(now)}`;
  for (let n = 2; existsSync(target); n++) target = `${path}.corrupt-${stamp(now)}-${n}`;
  try {
    if (existsSync(path)) renameSync(path, target);
    for (const suffix of SIDE_FILES) {
      if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
      else if (sidecars.has(suffix)) writeFileSync(target + suffix, sidecars.get(suffix)!);
    }
  } catch (err) {
    throw new StartupError(
      `Tệp dữ liệu "${path}" bị hỏng và không đổi tên được để tạo tệp mới. Hãy chép tệp này ra chỗ khác rồi mở lại DuThao.`,
      `cannot move corrupt database aside: ${String(err)}`,
    );
  }
  return target;
}

function cannotOpen(path: string, err: unknown): StartupError {
  const code = sqliteCode(err);
  const busy = code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
  return new StartupError(
    busy
      ? `Tệp dữ liệu "${path}" đang bị một chương trình khác khóa. Hãy đóng chương trình đó (hoặc cửa sổ DuThao khác) rồi thử lại.`
      : `Không mở được tệp dữ liệu "${path}". Hãy kiểm tra quyền đọc/ghi của thư mục dữ liệu.`,
    `cannot open database ${path}: ${code ? code + ': ' : ''}${String(err)}`,
  );
}

/**
 * Opens (or creates) the database at `path`. A corrupt file is moved aside
 * and a fresh database created; any other failure is a `StartupError`.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  ensureDataDir(dirname(path));
  const share = (options.detectNetworkShare ?? detectNetworkShare)(dirname(path));
  try {
    return { db: openAndCheck(path, options, share), movedAside: null, networkShare: share };
  } catch (err) {
    if (err instanceof StartupError) throw err;
    if (!isCorruption(err)) throw cannotOpen(path, err);
    const sidecars = err instanceof CorruptDatabaseError ? err.sidecars : new Map<string, Buffer>();
    const movedAside = moveAside(path, (options.now ?? (() => new Date()))(), sidecars);
    try {
      return { db: openAndCheck(path, options, share), movedAside, networkShare: share };
    } catch (again) {
      if (again instanceof StartupError) throw again;
      throw cannotOpen(path, again);
    }
  }
}
