/**
 * The single entry point both transports (Electron IPC and the web host) use:
 * validate a raw call against the contract, run its handler, and turn every
 * outcome into an `ApiResult`. A bad call yields a typed error, never a throw.
 */
import { apiMethods, type ApiMethod } from '../../common/api/contract';
import { ApiError, type ApiResult } from '../../common/api/errors';
import type { ApiHandlers } from './handlers';

/** Calls a contract method by name with untrusted arguments. */
export type Dispatch = (method: string, args: unknown) => Promise<ApiResult<unknown>>;

function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiMethods, name);
}

/** Wraps handlers into a dispatcher; `onInternalError` sees bugs for logging. */
export function createDispatch(handlers: ApiHandlers, onInternalError: (err: unknown) => void = () => {}): Dispatch {
  return async (method, args) => {
    try {
      if (typeof method !== 'string' || !isApiMethod(method)) {
        throw new ApiError('UNKNOWN_METHOD', 'Lệnh không tồn tại trong ứng dụng.', `unknown method: ${String(method)}`);
      }
      const parsed = apiMethods[method].safeParse(args ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue ? issue.path.join('.') : '';
        throw new ApiError(
          'INVALID_ARGUMENT',
          'Dữ liệu gửi lên không hợp lệ.',
          `${method}: ${path ? path + ': ' : ''}${issue?.message ?? 'invalid'}`,
        );
      }
      const handler = handlers[method] as (a: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toData() };
      onInternalError(err);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu của bạn không bị mất.', detail: String(err) },
      };
    }
  };
}
