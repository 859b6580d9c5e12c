/**
 * Typed errors that cross the API boundary. Every failed call, over IPC or
 * HTTP, yields one of these codes with a Vietnamese message for the UI.
 */

/** The kinds of failure a caller can tell apart. */
export type ApiErrorCode =
  | 'INVALID_ARGUMENT' // the call's arguments do not fit the contract
  | 'UNKNOWN_METHOD' // no such method in the contract
  | 'NOT_FOUND' // no draft / template with that id
  | 'CONFLICT' // the operation does not fit the current state (e.g. deleting a draft that is not in the trash)
  | 'STORAGE' // the database could not be written or read (read-only, disk full, locked)
  | 'UNAUTHORIZED' // web host: missing or wrong token
  | 'INTERNAL'; // a bug: anything else

/** The plain-data form of an error, as it travels over a transport. */
export interface ApiErrorData {
  readonly code: ApiErrorCode;
  /** Vietnamese message, fit to show a user. */
  readonly message: string;
  /** Technical detail for logs (English), e.g. the zod issue path. */
  readonly detail?: string;
}

/** An error the services throw on purpose; transports turn it into `ApiErrorData`. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly detail: string | undefined;
  constructor(code: ApiErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.detail = detail;
  }

  toData(): ApiErrorData {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.detail);
  }
}

/** The envelope every transport returns: a value or a typed error. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorData };
