/**
 * What the user reads when the app cannot start (e.g. the data folder is
 * read-only): a Vietnamese title and message for `dialog.showErrorBox`.
 */

/** Title of the start-up error box. */
export const STARTUP_ERROR_TITLE = 'DuThao không khởi động được';

/**
 * The message for an error thrown while opening the services. A `StartupError`
 * already carries a Vietnamese message for the user; anything else is a bug,
 * shown with its technical detail so it can be reported.
 */
export function startupErrorMessage(err: unknown): string {
  if (err instanceof Error && err.name === 'StartupError' && err.message) {
    const detail = (err as { detail?: unknown }).detail;
    return typeof detail === 'string' && detail ? `${err.message}\n\nChi tiết kỹ thuật: ${detail}` : err.message;
  }
  const detail = err instanceof Error ? err.message : String(err);
  return `Đã xảy ra lỗi không mong muốn khi khởi động. Dữ liệu của bạn không bị thay đổi.\n\nChi tiết kỹ thuật: ${detail}`;
}
