/**
 * Writing responses: an `ApiResult` as JSON with the right status, and plain
 * errors for the static side.
 */
import type { ServerResponse } from 'node:http';
import type { ApiErrorCode, ApiErrorData, ApiResult } from '../../common/api/errors';
import { httpStatusOf } from './status';

/** Sends an API envelope; never cached. */
export function sendResult(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** Sends a typed API error; `status` defaults to the one of its code. */
export function sendApiError(res: ServerResponse, code: ApiErrorCode, message: string, detail: string, status?: number): void {
  const error: ApiErrorData = { code, message, detail };
  sendResult(res, status ?? httpStatusOf(code), { ok: false, error });
}

/** Sends a short plain-text error page for non-API requests. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
