/**
 * A transport carries one contract call to the back end and brings back its
 * `ApiResult` envelope. The client on top does not know whether it is IPC or
 * HTTP.
 */
import type { ApiMethod, ApiResults } from '../../../../common/api/contract';
import type { ApiResult } from '../../../../common/api/errors';

/** Sends one call; resolves to the envelope, or throws an `ApiError` when the call could not be delivered. */
export type Transport = <M extends ApiMethod>(method: M, args: unknown) => Promise<ApiResult<ApiResults[M]>>;
