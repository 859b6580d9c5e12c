/**
 * Entry of the Word-import worker (bundled as `dist/main/docx-import-worker.cjs`):
 * runs the one job given in `workerData`, posts the result or the error,
 * and ends. See `worker-reader.ts` for the side that starts it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isDocxJobName, runDocxJob } from './jobs';
import { serializeError, type DocxJobRequest, type DocxJobResponse } from './protocol';

function answer(response: DocxJobResponse): void {
  parentPort?.postMessage(response);
}

const request = workerData as DocxJobRequest | undefined;
if (!request || !isDocxJobName(request.job)) {
  answer({ ok: false, error: { kind: 'other', message: `docx worker: unknown job ${String(request?.job)}` } });
} else {
  runDocxJob(request.job, request.args).then(
    (value) => answer({ ok: true, value }),
    (err: unknown) => answer({ ok: false, error: serializeError(err) }),
  );
}
