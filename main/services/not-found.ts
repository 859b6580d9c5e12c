/** The NOT_FOUND error for a draft id that is not in the library. */
import { ApiError } from '../../common/api/errors';

/** The error for an unknown draft id. */
export function notFoundDraft(id: string): ApiError {
  return new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo này. Có thể dự thảo đã bị xóa hẳn.', `no draft ${id}`);
}
