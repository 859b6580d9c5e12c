/**
 * Plain types of database backups ("Sao lưu / Khôi phục"), shared by the
 * service, the CLI and the settings UI.
 */

/** Why a backup was made. */
export type BackupReason = 'daily' | 'manual' | 'before-migration' | 'before-restore' | 'imported';

/** Vietnamese labels of the reasons. */
export const BACKUP_REASON_LABELS: Readonly<Record<BackupReason, string>> = {
  daily: 'Tự động hằng ngày',
  manual: 'Sao lưu bằng tay',
  'before-migration': 'Trước khi nâng cấp dữ liệu',
  'before-restore': 'Dữ liệu trước khi khôi phục',
  imported: 'Tệp sao lưu chép vào',
};

/** One backup file in the `backups/` folder. */
export interface BackupInfo {
  /** File name inside the backups folder (the API refers to backups by it). */
  readonly fileName: string;
  readonly path: string;
  readonly reason: BackupReason;
  /** ISO timestamp (UTC) of when it was made. */
  readonly createdAt: string;
  readonly bytes: number;
}

/** What a backup holds, shown before restoring it. */
export interface BackupPreview extends BackupInfo {
  /** Result of SQLite's integrity check: true when the file is a sound DuThao database. */
  readonly sound: boolean;
  /** Vietnamese reason when it cannot be restored. */
  readonly problem: string | null;
  readonly schemaVersion: number;
  readonly drafts: ReadonlyArray<{ readonly id: string; readonly title: string; readonly updatedAt: string; readonly inTrash: boolean }>;
  /** Time of the latest change to any draft in it (ISO) or null. */
  readonly lastChange: string | null;
}

/** Backups and the database's safety settings. */
export interface BackupStatus {
  readonly folder: string;
  /** How many backups are kept (older ones are deleted). */
  readonly keep: number;
  /** Newest first. */
  readonly backups: BackupInfo[];
  /** SQLite journal mode in use: 'wal', or 'delete' on a network share. */
  readonly journalMode: string;
  /** Set when the data folder is on a network share (Vietnamese explanation). */
  readonly networkShare: string | null;
}
