/**
 * The HTTP form of the contract, served by the local web host:
 * `POST /api/<method>` with the arguments as a JSON body and the per-launch
 * token in a header; the response body is an `ApiResult`.
 */

/** Path prefix of API calls. */
export const API_PATH_PREFIX = '/api/';

/** Header that carries the per-launch secret token. */
export const TOKEN_HEADER = 'x-duthao-token';

/** Name of the URL fragment parameter in which the web host hands the token to the page (`#token=…`). */
export const TOKEN_FRAGMENT_PARAM = 'token';

/** Largest request body the web host accepts (a 300-page draft is about 2 MB of JSON). */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;
