/**
 * The Vietnamese text to show for any error thrown by an API call.
 */
import { ApiError } from '../../../../common/api/errors';

/** A message fit for the user: the ApiError's own message, or a generic one. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'DuThao gặp lỗi không mong đợi. Hãy thử lại.';
}
