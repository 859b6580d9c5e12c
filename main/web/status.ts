/**
 * How typed API errors map to HTTP status codes, so that tools and logs see
 * the kind of failure without reading the body.
 */
import type { ApiErrorCode } from '../../common/api/errors';

const STATUS: Readonly<Record<ApiErrorCode, number>> = {
  INVALID_ARGUMENT: 400,
  UNKNOWN_METHOD: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STORAGE: 503,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
};

/** The HTTP status of a failed call with this error code. */
export function httpStatusOf(code: ApiErrorCode): number {
  return STATUS[code] ?? 500;
}
