/**
 * The versions and backups methods of the API contract: zod schemas of their
 * arguments (merged into `apiMethods` of common/api/contract.ts) and their
 * result types (merged into `ApiResults`).
 */
import { z } from 'zod';
import type { BackupInfo, BackupPreview, BackupStatus } from './backup-types';
import type { DocumentDiff, VersionDetail, VersionSummary } from './types';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id must be letters, digits, - or _');
const versionNumber = z.number().int().min(1).max(1_000_000);
/** A version number, or the draft's current text. */
const versionRef = z.union([versionNumber, z.literal('current')]);
/** A file in the backups folder, by name only (no path). */
const backupFileName = z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+\.db$/, 'a backup file name ending in .db');
const label = z.string().max(300).transform((s) => s.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').trim());

/** The argument schemas of the versions and backups methods. */
export const versionApiMethods = {
  /** A draft's versions, newest first. */
  listVersions: z.object({ draftId: id }).strict(),
  /** One version with its frozen document and comment threads (opened read-only). */
  getVersion: z.object({ draftId: id, number: versionNumber }).strict(),
  /** "Lưu phiên bản": freezes the draft's current text with a label. */
  saveVersion: z.object({ draftId: id, label }).strict(),
  /** Puts a version's text back as the current text; this makes a new version, nothing is overwritten. */
  restoreVersion: z.object({ draftId: id, number: versionNumber }).strict(),
  /** A new draft whose text is the version's. */
  draftFromVersion: z.object({ draftId: id, number: versionNumber }).strict(),
  /** Compares two versions, or a version and the current text. */
  compareVersions: z.object({ draftId: id, from: versionRef, to: versionRef }).strict(),
  /** The comparison as a two-column .docx "bảng so sánh". */
  exportComparisonDocx: z.object({ draftId: id, from: versionRef, to: versionRef }).strict(),
  /** The backups folder, the backups in it and the journal mode. */
  getBackupStatus: z.object({}).strict(),
  /** Backs up the whole database now. */
  createBackup: z.object({}).strict(),
  /** Sets how many backups are kept. */
  setBackupKeep: z.object({ keep: z.number().int().min(1).max(365) }).strict(),
  /** What a backup holds (drafts, dates), before restoring it. */
  previewBackup: z.object({ fileName: backupFileName }).strict(),
  /** Replaces the database with a backup; the current database is backed up aside first. */
  restoreBackup: z.object({ fileName: backupFileName }).strict(),
  /** "Theo số phiên bản": the N a draft-copy export would print as "DỰ THẢO lần N" once the header carries it. */
  exportDraftRound: z.object({ draftId: id }).strict(),
} as const;

/** The name of a versions or backups method. */
export type VersionApiMethod = keyof typeof versionApiMethods;

/** Two states of a draft compared, with how to name them. */
export interface VersionComparison extends DocumentDiff {
  /** E.g. "Phiên bản 2 – gửi Ban Thường vụ", "Bản hiện tại". */
  readonly fromLabel: string;
  readonly toLabel: string;
}

/** What restoring a backup did. */
export interface BackupRestoreResult {
  readonly restored: BackupInfo;
  /** The database as it was just before, kept in the backups folder. */
  readonly keptAside: BackupInfo;
  readonly drafts: number;
}

/** What each versions or backups method returns. */
export interface VersionApiResults {
  listVersions: VersionSummary[];
  getVersion: VersionDetail;
  saveVersion: VersionSummary;
  restoreVersion: { readonly version: VersionSummary; readonly revision: number };
  draftFromVersion: { readonly id: string; readonly title: string };
  compareVersions: VersionComparison;
  exportComparisonDocx: { readonly fileName: string; readonly file: string; readonly bytes: number };
  getBackupStatus: BackupStatus;
  createBackup: BackupInfo;
  setBackupKeep: BackupStatus;
  previewBackup: BackupPreview;
  restoreBackup: BackupRestoreResult;
  exportDraftRound: { readonly round: number };
}
