/**
 * Transport over the local web host: `POST /api/<method>` with a JSON body
 * and the per-launch token in a header; the response body is an `ApiResult`.
 */
import type { ApiMethod } from '../../../../common/api/contract';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../../../common/api/http';
import { ApiError, type ApiErrorData } from '../../../../common/api/errors';
import type { Transport } from './transport';

/** Vietnamese message when the web host cannot be reached (stopped, or the network is down). */
export const CONNECTION_LOST_MESSAGE = 'Mất kết nối với DuThao (máy chủ cục bộ không trả lời)';

/** `detail` of an ApiError caused by the transport itself rather than by the service. */
export const TRANSPORT_DETAIL_PREFIX = 'transport:';

/**
 * A transport that posts to the web host. `token` is the token, or a function
 * read on every call (the token changes when the host restarts and the tab
 * picks up the new address). `fetchImpl` is replaceable for tests.
 */
export function httpTransport(token: string | null | (() => string | null), fetchImpl: typeof fetch = (...a) => fetch(...a)): Transport {
  const currentToken = typeof token === 'function' ? token : () => token;
  const send = async (method: ApiMethod, args: unknown): Promise<unknown> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const t = currentToken();
    if (t) headers[TOKEN_HEADER] = t;
    let response: Response;
    try {
      response = await fetchImpl(`${API_PATH_PREFIX}${method}`, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
    } catch (err) {
      throw new ApiError('STORAGE', CONNECTION_LOST_MESSAGE, `${TRANSPORT_DETAIL_PREFIX} ${String(err)}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (err) {
      if (response.status === 401) throw unauthorized();
      throw new ApiError('STORAGE', CONNECTION_LOST_MESSAGE, `${TRANSPORT_DETAIL_PREFIX} HTTP ${response.status}, body is not JSON: ${String(err)}`);
    }
    if (isEnvelope(body)) return body;
    if (response.status === 401) throw unauthorized();
    throw new ApiError('INTERNAL', 'DuThao trả lời không đúng dạng.', `${TRANSPORT_DETAIL_PREFIX} HTTP ${response.status}, not an ApiResult`);
  };
  return send as Transport;
}

function unauthorized(): ApiError {
  return new ApiError(
    'UNAUTHORIZED',
    'Phiên làm việc không hợp lệ: hãy mở đường dẫn mà máy chủ cục bộ vừa in ra ngay trong thẻ này (nội dung đang soạn được giữ lại).',
    `${TRANSPORT_DETAIL_PREFIX} HTTP 401`,
  );
}

function isEnvelope(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const b = body as { ok: unknown; value?: unknown; error?: ApiErrorData };
  if (b.ok === true) return 'value' in b;
  return b.ok === false && typeof b.error === 'object' && b.error !== null && typeof b.error.code === 'string';
}
