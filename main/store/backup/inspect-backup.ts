/**
 * What a backup holds, read before it is restored: whether SQLite finds it
 * sound (integrity_check), its schema version, and its drafts with dates.
 * Opened read-only; the file is never changed.
 */
import Database from 'better-sqlite3';
import { basename, dirname } from 'node:path';
import type { BackupPreview } from '../../../common/versions/backup-types';
import { SCHEMA_VERSION } from '../sqlite/migrations';
import { backupInfo } from './backup-files';

interface DraftRow {
  id: string;
  title: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Reads a backup file's contents; a file that is not a sound DuThao database gets `sound: false` and a Vietnamese `problem`. */
export function inspectBackup(path: string): BackupPreview {
  const info = backupInfo(dirname(path), basename(path));
  const bad = (problem: string, schemaVersion = 0): BackupPreview => ({ ...info, sound: false, problem, schemaVersion, drafts: [], lastChange: null });
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return bad('Tệp này không phải là bản sao lưu của DuThao (không mở được).');
  }
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return bad('Bản sao lưu này bị hỏng (kiểm tra toàn vẹn không đạt).');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) return bad('Bản sao lưu này do một phiên bản DuThao mới hơn tạo ra. Hãy cập nhật DuThao.', version);
    const hasDrafts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drafts'").get();
    if (!hasDrafts) return bad('Tệp này không phải là bản sao lưu của DuThao (không có bảng dự thảo).', version);
    const rows = db.prepare<[], DraftRow>('SELECT id, title, updated_at, deleted_at FROM drafts ORDER BY updated_at DESC').all();
    return {
      ...info,
      sound: true,
      problem: null,
      schemaVersion: version,
      drafts: rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updated_at, inTrash: r.deleted_at !== null })),
      lastChange: rows[0]?.updated_at ?? null,
    };
  } catch {
    return bad('Tệp này không phải là bản sao lưu của DuThao (không đọc được).');
  } finally {
    db.close();
  }
}
