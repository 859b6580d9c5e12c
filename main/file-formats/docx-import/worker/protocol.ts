/**
 * The messages between the services and the Word-import worker: one request
 * (as `workerData`) and one response per worker. Errors cross as plain data
 * and are rebuilt on the other side as the same classes (`FileRejectedError`
 * with its problem, `ApiError` with its code), so a refused file reads the
 * same whether it was read in a worker or not.
 */
import { ApiError, type ApiErrorCode } from '../../../../common/api/errors';
import { FileRejectedError, type FileProblem } from '../../ooxml/file-rejected';
import type { DocxJobName, DocxJobs } from './jobs';

/** What the worker is asked to do. */
export interface DocxJobRequest<K extends DocxJobName = DocxJobName> {
  readonly job: K;
  readonly args: DocxJobs[K]['args'];
}

/** An error as plain data. */
export type SerializedError =
  | { readonly kind: 'file-rejected'; readonly problem: FileProblem; readonly message: string; readonly detail: string }
  | { readonly kind: 'api'; readonly code: ApiErrorCode; readonly message: string; readonly detail?: string }
  | { readonly kind: 'other'; readonly message: string };

/** The worker's answer. */
export type DocxJobResponse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: SerializedError };

/** An error thrown by a job, as plain data. */
export function serializeError(err: unknown): SerializedError {
  if (err instanceof FileRejectedError) return { kind: 'file-rejected', problem: err.problem, message: err.message, detail: err.detail ?? '' };
  if (err instanceof ApiError) return err.detail === undefined ? { kind: 'api', code: err.code, message: err.message } : { kind: 'api', code: err.code, message: err.message, detail: err.detail };
  return { kind: 'other', message: err instanceof Error ? err.message : String(err) };
}

/** The error a job threw, rebuilt in the services' thread. */
export function deserializeError(data: SerializedError): Error {
  switch (data.kind) {
    case 'file-rejected':
      return new FileRejectedError(data.problem, data.message, data.detail);
    case 'api':
      return new ApiError(data.code, data.message, data.detail);
    default:
      return new Error(data.message);
  }
}
