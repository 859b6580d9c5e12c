/**
 * Calling the services through the dispatcher, as the transports do, in
 * tests: the typed result of a call that must succeed, or the error of one
 * that must fail.
 */
import type { ApiMethod, ApiResults } from '../../common/api/contract';
import type { ApiErrorData } from '../../common/api/errors';
import type { Dispatch } from '../../main/api/dispatch';

/** Calls `method`; throws (naming the method and the error) when the call fails. */
export async function callOk<M extends ApiMethod>(dispatch: Dispatch, method: M, args: unknown): Promise<ApiResults[M]> {
  const r = await dispatch(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as ApiResults[M];
}

/** Calls `method`, which must fail; returns its error (throws when the call succeeds). */
export async function callFails(dispatch: Dispatch, method: ApiMethod, args: unknown): Promise<ApiErrorData> {
  const r = await dispatch(method, args);
  if (r.ok) throw new Error(`${method} succeeded`);
  return r.error;
}
