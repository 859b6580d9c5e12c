/**
 * How the services read Word files: through a `DocxReader`, either in a
 * worker thread (the desktop app, the web host and the CLI: a big file does
 * not block other calls) or in the calling thread (tests that run from the
 * sources, where there is no bundled worker).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runDocxJob, type DocxJobName, type DocxJobs } from './jobs';
import { workerDocxReader, type WorkerReaderOptions } from './worker-reader';

/** Runs Word-reading jobs somewhere; the result is the job's, errors are the job's own (`FileRejectedError`, `ApiError`). */
export interface DocxReader {
  run<K extends DocxJobName>(job: K, args: DocxJobs[K]['args']): Promise<DocxJobs[K]['result']>;
}

/** Reads in the calling thread. */
export const inProcessDocxReader: DocxReader = { run: runDocxJob };

/** File name of the bundled worker, next to the bundle that starts it (`dist/main/`). */
export const DOCX_WORKER_FILE = 'docx-import-worker.cjs';

/**
 * The reader for an app entry point whose bundle lives in `bundleDir`: a
 * worker when the bundled worker is there, else (running from the sources)
 * the calling thread.
 */
export function docxReaderFor(bundleDir: string, options: Omit<WorkerReaderOptions, 'script'> = {}): DocxReader {
  const script = join(bundleDir, DOCX_WORKER_FILE);
  return existsSync(script) ? workerDocxReader({ ...options, script }) : inProcessDocxReader;
}
