/**
 * Runs a Word-reading job in its own worker thread, one worker per job: the
 * services' event loop keeps answering while a big file is unzipped, parsed
 * and recognised, and the worker's memory (capped by `resourceLimits`) is
 * given back when it ends. A worker that runs out of memory, crashes or is
 * stopped gives a clear Vietnamese error, never a crash of the host.
 */
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../../../common/api/errors';
import { FileRejectedError } from '../../ooxml/file-rejected';
import type { DocxReader } from './docx-reader';
import type { DocxJobName, DocxJobs } from './jobs';
import { deserializeError, type DocxJobRequest, type DocxJobResponse } from './protocol';

/** Options of the worker reader. */
export interface WorkerReaderOptions {
  /** The bundled worker script (`dist/main/docx-import-worker.cjs`). */
  readonly script: string;
  /** Most heap one job may use, in MB (default 2048): past it the job fails with a clear message. */
  readonly maxHeapMb?: number;
}

/** Default heap cap of one job: far above a real report (a 12 MB .docx needs a few hundred MB), below what hurts a 8 GB PC. */
export const DEFAULT_WORKER_HEAP_MB = 2048;

function outOfMemory(limitMb: number): FileRejectedError {
  return new FileRejectedError(
    'too-much-memory',
    `Tệp Word quá lớn hoặc quá phức tạp để đọc (cần hơn ${limitMb.toLocaleString('vi-VN')} MB bộ nhớ). DuThao không mở tệp này.`,
    `docx worker ran out of memory (heap cap ${limitMb} MB)`,
  );
}

function stopped(detail: string): ApiError {
  return new ApiError('INTERNAL', 'Việc đọc tệp Word bị dừng giữa chừng nên tệp chưa được nhập. Hãy thử lại; nếu vẫn lỗi, tệp có thể bị hỏng.', detail);
}

/** A reader that runs each job in a new worker thread. */
export function workerDocxReader(options: WorkerReaderOptions): DocxReader {
  const heapMb = options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  return {
    run<K extends DocxJobName>(job: K, args: DocxJobs[K]['args']): Promise<DocxJobs[K]['result']> {
      return new Promise((resolve, reject) => {
        // The file's bytes are copied once into a buffer of their own and moved to the worker:
        // cloning them (or a base64 string) would block this thread for about 10 ms per MB.
        const file = args.file.slice();
        const request: DocxJobRequest<K> = { job, args: { ...args, file } };
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          fn();
        };
        let worker: Worker;
        try {
          worker = new Worker(options.script, { workerData: request, transferList: [file.buffer], resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: false, stderr: false });
        } catch (err) {
          reject(stopped(`docx worker could not start: ${err instanceof Error ? err.message : String(err)}`));
          return;
        }
        worker.once('message', (response: DocxJobResponse) => {
          settle(() => (response.ok ? resolve(response.value as DocxJobs[K]['result']) : reject(deserializeError(response.error))));
          void worker.terminate();
        });
        worker.once('error', (err: Error & { code?: string }) => {
          settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(heapMb) : stopped(`docx worker failed: ${err.message}`)));
        });
        worker.once('exit', (code) => settle(() => reject(stopped(`docx worker exited with code ${code} before answering (${job})`))));
      });
    },
  };
}
