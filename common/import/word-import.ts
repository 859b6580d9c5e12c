/**
 * What "Nhập từ Word" returns across the API: the import report (what was
 * recognised, what was approximated, in Vietnamese), the preview the UI
 * shows before importing (tracked changes to decide on, a year shift to
 * confirm), and the result. Plain types and one formatter, shared by the
 * service, the UI and the CLI.
 */
import type { ProfileId } from '../document/types';

/** The kinds of approximation an import can make. */
export type ImportNoteCode =
  | 'unrecognised'
  | 'no-header'
  | 'no-title'
  | 'no-closing'
  | 'profile-guessed'
  | 'blank-date-year'
  | 'kinh-gui'
  | 'deep-heading'
  | 'landscape-text'
  | 'image'
  | 'tracked-changes'
  | 'comments'
  | 'year-shift'
  | 'layout-mismatch';

/** One line of the report. */
export interface ImportNote {
  readonly code: ImportNoteCode;
  readonly count: number;
  /** Vietnamese sentence shown to the user. */
  readonly message: string;
}

/** The import report. */
export interface ImportReport {
  /** What was recognised, one Vietnamese phrase each ("Số ký hiệu: Số 12-BC/TU"…). */
  readonly recognised: readonly string[];
  /** Approximations, in the order first met. */
  readonly notes: readonly ImportNote[];
}

/** A year shift ("Chuyển năm 2024 → 2025"). */
export interface YearShiftChoice {
  readonly from: number;
  readonly to: number;
}

/** What the UI shows before importing. */
export interface WordImportPreview {
  /** The draft title the import would give. */
  readonly title: string;
  readonly profile: ProfileId;
  /** Tracked changes in the file: when > 0 the user chooses accept-all or reject-all. */
  readonly trackedChanges: number;
  /** Comments in the file (imported as threads). */
  readonly comments: number;
  /** The year shift to offer, when the subject names an earlier year than now. */
  readonly yearShift: YearShiftChoice | null;
  readonly report: ImportReport;
}

/** The result of an import: the new draft's id and title, and the report. */
export interface WordImportResult {
  readonly id: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly report: ImportReport;
}

/** The report as plain text lines (CLI, dialogs). */
export function importReportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.recognised.length) lines.push(`Đã nhận dạng: ${report.recognised.join('; ')}.`);
  for (const n of report.notes) lines.push(`- ${n.message}`);
  if (report.notes.length === 0) lines.push('Không có phần nào phải làm gần đúng.');
  return lines;
}
