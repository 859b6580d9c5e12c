/**
 * The HTTP form of the API: `POST /api/<method>` with the token header and
 * the arguments as JSON; answers with the `ApiResult` that the shared
 * dispatch returns. Every failure is a typed error, never a crash.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_REQUEST_BYTES, TOKEN_HEADER } from '../../common/api/http';
import type { Dispatch } from '../api/dispatch';
import { BodyTooLargeError, readBody } from './read-body';
import { sendApiError, sendResult } from './send';
import { httpStatusOf } from './status';
import { tokenMatches } from './token';

/** What the API route needs from the host. */
export interface ApiRouteOptions {
  readonly dispatch: Dispatch;
  readonly token: string;
  readonly maxBytes?: number;
}

/** Handles one API request; `method` is the path after the API prefix. */
export async function handleApiRequest(req: IncomingMessage, res: ServerResponse, method: string, opts: ApiRouteOptions): Promise<void> {
  const header = req.headers[TOKEN_HEADER];
  if (!tokenMatches(opts.token, Array.isArray(header) ? undefined : header)) {
    req.resume();
    sendApiError(res, 'UNAUTHORIZED', 'Phiên làm việc không hợp lệ. Hãy mở lại địa chỉ mà DuThao đã in ra.', 'missing or wrong token');
    return;
  }
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('Allow', 'POST');
    sendApiError(res, 'INVALID_ARGUMENT', 'Yêu cầu không hợp lệ.', `method ${String(req.method)} not allowed, use POST`, 405);
    return;
  }
  const limit = opts.maxBytes ?? MAX_REQUEST_BYTES;
  let text: string;
  try {
    text = await readBody(req, limit);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      res.setHeader('Connection', 'close');
      sendApiError(res, 'INVALID_ARGUMENT', 'Dữ liệu gửi lên quá lớn.', err.message, 413);
      req.resume();
      return;
    }
    sendApiError(res, 'INVALID_ARGUMENT', 'Không đọc được dữ liệu gửi lên.', String(err), 400);
    return;
  }
  let args: unknown = {};
  if (text.trim() !== '') {
    try {
      args = JSON.parse(text);
    } catch (err) {
      sendApiError(res, 'INVALID_ARGUMENT', 'Dữ liệu gửi lên không hợp lệ.', `malformed JSON: ${(err as Error).message}`, 400);
      return;
    }
  }
  let name: string;
  try {
    name = decodeURIComponent(method);
  } catch {
    name = method;
  }
  const result = await opts.dispatch(name, args);
  sendResult(res, result.ok ? 200 : httpStatusOf(result.error.code), result);
}
