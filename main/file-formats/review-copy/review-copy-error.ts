/**
 * The typed error of reading or merging a review copy: a reason the CLI and
 * the UI can tell apart, a Vietnamese message for the user and an English
 * detail for logs. It is an `ApiError`, so it crosses the API unchanged.
 */
import { ApiError, type ApiErrorCode } from '../../../common/api/errors';

/** Why a review copy cannot be used. */
export type ReviewCopyProblem =
  | 'not-a-review-copy' // not JSON, or JSON of something else
  | 'newer-version' // written by a newer DuThao
  | 'truncated' // cut short (unparsable) or altered (checksum mismatch)
  | 'invalid' // a review copy whose content breaks the format
  | 'other-draft'; // a copy of another draft than the one it is merged into

const CODES: Record<ReviewCopyProblem, ApiErrorCode> = {
  'not-a-review-copy': 'INVALID_ARGUMENT',
  'newer-version': 'INVALID_ARGUMENT',
  truncated: 'INVALID_ARGUMENT',
  invalid: 'INVALID_ARGUMENT',
  'other-draft': 'CONFLICT',
};

/** A review copy that cannot be read or merged. */
export class ReviewCopyError extends ApiError {
  readonly problem: ReviewCopyProblem;
  constructor(problem: ReviewCopyProblem, message: string, detail: string) {
    super(CODES[problem], message, detail);
    this.name = 'ReviewCopyError';
    this.problem = problem;
  }
}
