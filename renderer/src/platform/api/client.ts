/**
 * The one API client of the renderer: turns a transport into a `DuThaoApi`
 * whose methods return plain values and throw `ApiError` on failure.
 */
import { API_METHOD_NAMES, type ApiArgs, type ApiMethod, type ApiResults, type DuThaoApi } from '../../../../common/api/contract';
import { ApiError } from '../../../../common/api/errors';
import type { Transport } from './transport';

/** Builds the `DuThaoApi` the UI uses, one method per contract entry, over the given transport. */
export function createApiClient(transport: Transport): DuThaoApi {
  const api: Partial<Record<ApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHOD_NAMES) {
    api[method] = (args: unknown) => call(transport, method, args);
  }
  return api as DuThaoApi;
}

async function call<M extends ApiMethod>(transport: Transport, method: M, args: ApiArgs<M> | unknown): Promise<ApiResults[M]> {
  let result;
  try {
    result = await transport(method, args ?? {});
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('INTERNAL', 'DuThao gặp lỗi không mong đợi khi gửi yêu cầu.', String(err));
  }
  if (result.ok) return result.value;
  throw ApiError.fromData(result.error);
}
