/**
 * "Xuất tất cả dự thảo": the API methods that export every draft in one go
 * as a job — started by one call, followed by polling, cancellable — and the
 * plain types of its progress. Merged into `apiMethods` / `ApiResults` of
 * common/api/contract.ts. No method takes a path: the desktop app asks the
 * user for the folder itself; the web host delivers one .zip.
 */
import { z } from 'zod';

/** A job id as `exportAllStart` returns it. */
const jobId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'a job id');

/** The argument schemas of the export-all methods. */
export const exportAllApiMethods = {
  /**
   * Starts exporting every draft (not in the trash): its final .docx, plus
   * one JSON bundle of all drafts and their comment threads. The desktop app
   * first asks for a folder (null result: the user cancelled); the web host
   * builds a .zip, fetched with `exportAllDownload` when the job is done.
   */
  exportAllStart: z.object({}).strict(),
  /** Where a job is: how many drafts are done, the one being exported, failures so far. */
  exportAllProgress: z.object({ jobId }).strict(),
  /** Stops a job after the draft being exported; files already written stay. */
  exportAllCancel: z.object({ jobId }).strict(),
  /** The finished .zip of a web-host job (base64), once; the job is then forgotten. */
  exportAllDownload: z.object({ jobId }).strict(),
} as const;

/** Where an export-all job puts its files. */
export type ExportAllTarget =
  /** A folder the user chose (desktop app); `folder` is its path. */
  | { readonly kind: 'folder'; readonly folder: string }
  /** One .zip the browser downloads (web host). */
  | { readonly kind: 'zip'; readonly fileName: string };

/** A draft that could not be exported, and why (Vietnamese). */
export interface ExportAllFailure {
  readonly draftId: string;
  readonly title: string;
  readonly reason: string;
}

/** The state of an export-all job, as the progress bar and the summary show it. */
export interface ExportAllProgress {
  readonly jobId: string;
  /** running → done or cancelled; `failed` when the job itself could not go on (e.g. the folder is not writable). */
  readonly state: 'running' | 'done' | 'cancelled' | 'failed';
  /** Drafts handled so far (exported or failed). */
  readonly done: number;
  readonly total: number;
  /** The title of the draft being exported now (null when none is). */
  readonly current: string | null;
  /** Files written (.docx of each exported draft), in order. */
  readonly files: readonly string[];
  readonly failures: readonly ExportAllFailure[];
  /** The JSON bundle's file name, once written. */
  readonly bundle: string | null;
  readonly target: ExportAllTarget;
  /** Why the job stopped when `state` is `failed` (Vietnamese). */
  readonly error: string | null;
}

/** What each export-all method returns. */
export interface ExportAllApiResults {
  /** Null when the user closed the folder dialog without choosing. */
  exportAllStart: ExportAllProgress | null;
  exportAllProgress: ExportAllProgress;
  exportAllCancel: ExportAllProgress;
  exportAllDownload: { readonly fileName: string; readonly file: string; readonly bytes: number };
}

/** The bundle's file name in the folder or the .zip. */
export const EXPORT_ALL_BUNDLE_FILE = 'duthao-tat-ca-du-thao.json';

/** The bundle's format marker and version. */
export const EXPORT_ALL_BUNDLE_FORMAT = { format: 'duthao-drafts', version: 1 } as const;
