/**
 * "Xuất tất cả dự thảo" in the desktop app: the native dialog in which the
 * user chooses the folder the drafts go to (the services never take a path
 * from the page). Null when the user closes it without choosing.
 */
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

/** The folder dialog's options: Vietnamese, folders only, a new folder may be made. */
export const EXPORT_FOLDER_DIALOG: OpenDialogOptions = {
  title: 'Chọn thư mục để xuất tất cả dự thảo',
  buttonLabel: 'Xuất vào thư mục này',
  properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
};

/** Asks for the export folder, over `win` when there is one; resolves to its path or null. */
export async function chooseExportFolder(dialog: Pick<Dialog, 'showOpenDialog'>, win: BrowserWindow | null): Promise<string | null> {
  const result = win ? await dialog.showOpenDialog(win, EXPORT_FOLDER_DIALOG) : await dialog.showOpenDialog(EXPORT_FOLDER_DIALOG);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
