/**
 * The one "Xuất tất cả dự thảo" loop, shared by the CLI (`duthao export-all`)
 * and the API job (`exportAllStart`): each draft's final .docx, then one JSON
 * bundle of every draft with its comment threads. A draft that fails to
 * export is reported with its reason and the others go on; it is still in
 * the bundle when its document could be read. Progress is reported after
 * every step; a cancel is honoured between drafts. Nothing is written to the
 * database.
 */
import type { DraftSummary } from '../../../common/api/contract';
import { EXPORT_ALL_BUNDLE_FILE, EXPORT_ALL_BUNDLE_FORMAT, type ExportAllFailure, type ExportAllProgress } from '../../../common/export-all/api';
import { SinkError, type ExportAllSink } from './sinks';
import type { ExportAllSource } from './source';

/** Where the loop is, as it reports it (a job's progress without the job's own fields). */
export interface ExportAllStep extends Pick<ExportAllProgress, 'done' | 'total' | 'current' | 'files' | 'failures' | 'bundle'> {
  /** The loop itself never "fails": a failed draft is listed, a failed write rejects. */
  readonly state: 'running' | 'done' | 'cancelled';
}

/** Options of `runExportAll`. */
export interface RunExportAllOptions {
  /** Called on every change (a draft started, finished or failed; the end). */
  readonly onProgress?: (step: ExportAllStep) => void;
  /** Stops the loop before the next draft; no bundle is written then. */
  readonly signal?: AbortSignal;
  /** The drafts, when the caller listed them already (to show the total at once). */
  readonly drafts?: readonly DraftSummary[];
  /** The time written into the bundle. */
  readonly now?: () => Date;
  /** Lets other work run between drafts (default: one macrotask turn, so API calls are answered). */
  readonly yieldBetween?: () => Promise<void>;
}

/** Lets the event loop answer other calls (progress polls, cancel, saves) between drafts. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A failure's reason, as the user reads it. */
function reasonOf(err: unknown): string {
  return err instanceof Error && err.message !== '' ? err.message : String(err);
}

/** Exports every draft into `sink`; resolves to the last step. A `SinkError` (folder not writable) rejects. */
export async function runExportAll(source: ExportAllSource, sink: ExportAllSink, options: RunExportAllOptions = {}): Promise<ExportAllStep> {
  const drafts = options.drafts ?? (await source.listDrafts());
  const yieldBetween = options.yieldBetween ?? nextTurn;
  const files: string[] = [];
  const failures: ExportAllFailure[] = [];
  const bundle: unknown[] = [];
  let step: ExportAllStep = { state: 'running', done: 0, total: drafts.length, current: null, files: [], failures: [], bundle: null };
  const report = (patch: Partial<ExportAllStep>): void => {
    step = { ...step, ...patch, files: [...files], failures: [...failures] };
    options.onProgress?.(step);
  };
  for (const [i, summary] of drafts.entries()) {
    if (options.signal?.aborted) {
      report({ state: 'cancelled', current: null });
      return step;
    }
    report({ current: summary.title });
    try {
      const draft = await source.getDraft(summary.id);
      bundle.push({ ...draft, threads: await source.listThreads(summary.id) });
      const docx = await source.exportFinal(draft);
      files.push(sink.add(docx.fileName, Buffer.from(docx.file, 'base64')));
    } catch (err) {
      if (err instanceof SinkError) throw err;
      failures.push({ draftId: summary.id, title: summary.title, reason: reasonOf(err) });
    }
    report({ done: i + 1, current: null });
    await yieldBetween();
  }
  if (options.signal?.aborted) {
    report({ state: 'cancelled' });
    return step;
  }
  const exportedAt = (options.now ?? (() => new Date()))().toISOString();
  const json = JSON.stringify({ ...EXPORT_ALL_BUNDLE_FORMAT, exportedAt, drafts: bundle }, null, 2);
  const bundleName = sink.add(EXPORT_ALL_BUNDLE_FILE, new TextEncoder().encode(json));
  report({ state: 'done', bundle: bundleName });
  return step;
}
