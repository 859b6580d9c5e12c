/**
 * Turns a failure of the database (disk full, read-only, locked, I/O error)
 * into an `ApiError` with code STORAGE and a Vietnamese message, so the UI
 * can say why a save failed and keep the text.
 */
import Database from 'better-sqlite3';
import { ApiError } from '../../common/api/errors';

/** Whether the failed operation was a write ("không lưu được") or a read. */
export type StorageOperation = 'read' | 'write';

function reason(code: string): string {
  if (code.startsWith('SQLITE_FULL')) return 'ổ đĩa đầy. Hãy giải phóng dung lượng ổ đĩa rồi thử lại';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH'))
    return 'thư mục dữ liệu chỉ cho đọc, không cho ghi. Hãy kiểm tra quyền ghi của thư mục dữ liệu';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'cơ sở dữ liệu đang bị một chương trình khác khóa. DuThao sẽ thử lại';
  if (code.startsWith('SQLITE_IOERR')) return 'lỗi đọc/ghi ổ đĩa';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'không mở được tệp dữ liệu';
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
    return 'tệp dữ liệu bị hỏng. Hãy khởi động lại DuThao để tạo tệp mới (tệp cũ được giữ lại)';
  return 'lỗi cơ sở dữ liệu';
}

/** The ApiError for a storage failure, or null when `err` is not one (a bug). */
export function toStorageError(err: unknown, op: StorageOperation): ApiError | null {
  let code: string | null = null;
  if (err instanceof Database.SqliteError) code = err.code;
  else if (err instanceof Error && /^(ENOSPC|EACCES|EPERM|EROFS|EIO|EBUSY)$/.test(String((err as NodeJS.ErrnoException).code)))
    code = { ENOSPC: 'SQLITE_FULL', EACCES: 'SQLITE_READONLY', EPERM: 'SQLITE_READONLY', EROFS: 'SQLITE_READONLY', EIO: 'SQLITE_IOERR', EBUSY: 'SQLITE_BUSY' }[
      String((err as NodeJS.ErrnoException).code)
    ]!;
  if (code === null) return null;
  const prefix = op === 'write' ? 'Không lưu được' : 'Không đọc được dữ liệu';
  const tail = op === 'write' ? ' Nội dung đang soạn vẫn còn nguyên, chưa được lưu.' : '';
  return new ApiError('STORAGE', `${prefix}: ${reason(code)}.${tail}`, `${code}: ${err instanceof Error ? err.message : String(err)}`);
}
