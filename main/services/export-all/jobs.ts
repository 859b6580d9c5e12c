/**
 * "Xuất tất cả dự thảo" as API jobs: `exportAllStart` lists the drafts and
 * starts the shared loop in the background, `exportAllProgress` reports where
 * it is, `exportAllCancel` stops it, `exportAllDownload` hands over the .zip.
 * The desktop app passes `chooseFolder` (its native folder dialog) and the
 * files go there; without one (the web host) they go into one .zip. One job
 * runs at a time; finished jobs are forgotten when the next one starts.
 */
import type { ExportAllProgress, ExportAllTarget } from '../../../common/export-all/api';
import { ApiError } from '../../../common/api/errors';
import type { ApiHandlers } from '../../api/handlers';
import { runExportAll, type ExportAllStep } from './run-export-all';
import { SinkError, folderSink, zipSink, type ExportAllSink, type ZipSink } from './sinks';
import { sourceFromCall, type ApiCall } from './source';

/** What the export-all jobs need. */
export interface ExportAllJobsDeps {
  /** Contract calls through the dispatch (reads drafts, exports documents). */
  readonly call: ApiCall;
  /** Asks the user for a folder (desktop app); null: cancelled. Absent: deliver a .zip. */
  readonly chooseFolder?: (() => Promise<string | null>) | undefined;
  readonly newId: () => string;
  readonly now: () => Date;
}

/** The handler names this module answers. */
type ExportAllMethod = 'exportAllStart' | 'exportAllProgress' | 'exportAllCancel' | 'exportAllDownload';

interface Job {
  progress: ExportAllProgress;
  readonly abort: AbortController;
  readonly zip: ZipSink | null;
  archive: Uint8Array | null;
}

/** Said when a second export-all is started while one runs. */
export const EXPORT_ALL_BUSY = 'Đang xuất tất cả dự thảo. Hãy chờ lần xuất đó xong hoặc bấm “Dừng”.';

/** The .zip's name: the date of the export, so several stay apart in Downloads. */
export function zipFileName(now: Date): string {
  return `duthao-tat-ca-du-thao-${now.toISOString().slice(0, 10)}.zip`;
}

/** The handlers of the four export-all methods, sharing one job table. */
export function exportAllHandlers(deps: ExportAllJobsDeps): Pick<ApiHandlers, ExportAllMethod> {
  const jobs = new Map<string, Job>();
  const source = sourceFromCall(deps.call);

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new ApiError('NOT_FOUND', 'Không tìm thấy lần xuất này (có thể ứng dụng đã khởi động lại).', `no export-all job ${jobId}`);
    return job;
  };

  const run = async (job: Job, sink: ExportAllSink, drafts: Awaited<ReturnType<typeof source.listDrafts>>): Promise<void> => {
    const apply = (step: ExportAllStep): void => {
      job.progress = { ...job.progress, ...step };
    };
    try {
      const last = await runExportAll(source, sink, { drafts, signal: job.abort.signal, now: deps.now, onProgress: apply });
      if (last.state === 'done' && job.zip) job.archive = job.zip.finish();
    } catch (err) {
      const message = err instanceof SinkError || err instanceof ApiError ? err.message : 'Đã xảy ra lỗi không mong muốn khi xuất. Dữ liệu của bạn không bị mất.';
      job.progress = { ...job.progress, state: 'failed', current: null, error: message };
    }
  };

  return {
    exportAllStart: async () => {
      for (const [id, job] of jobs) {
        if (job.progress.state === 'running') throw new ApiError('CONFLICT', EXPORT_ALL_BUSY, `export-all job ${id} is running`);
      }
      jobs.clear();
      let target: ExportAllTarget;
      let zip: ZipSink | null = null;
      let sink: ExportAllSink;
      if (deps.chooseFolder) {
        const folder = await deps.chooseFolder();
        if (folder === null) return null;
        target = { kind: 'folder', folder };
        try {
          sink = folderSink(folder);
        } catch (err) {
          throw new ApiError('CONFLICT', (err as SinkError).message, (err as SinkError).detail);
        }
      } else {
        target = { kind: 'zip', fileName: zipFileName(deps.now()) };
        sink = zip = zipSink();
      }
      const drafts = await source.listDrafts();
      const jobId = deps.newId();
      const job: Job = {
        progress: { jobId, state: 'running', done: 0, total: drafts.length, current: null, files: [], failures: [], bundle: null, target, error: null },
        abort: new AbortController(),
        zip,
        archive: null,
      };
      jobs.set(jobId, job);
      void run(job, sink, drafts);
      return job.progress;
    },

    exportAllProgress: ({ jobId }) => find(jobId).progress,

    exportAllCancel: ({ jobId }) => {
      const job = find(jobId);
      if (job.progress.state === 'running') job.abort.abort();
      return job.progress;
    },

    exportAllDownload: ({ jobId }) => {
      const job = find(jobId);
      if (job.progress.target.kind !== 'zip' || !job.archive) {
        throw new ApiError('CONFLICT', 'Lần xuất này chưa xong hoặc không tạo tệp .zip.', `job ${jobId}: ${job.progress.state}, ${job.progress.target.kind}`);
      }
      const bytes = job.archive;
      jobs.delete(jobId);
      return { fileName: job.progress.target.fileName, file: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
    },
  };
}
