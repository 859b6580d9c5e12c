/**
 * Who may call the API over IPC: only the main frame of the app window, and
 * only while it shows the app's own page.
 */
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './appUrl';

/** True when `event` comes from the main frame of `win` on the app's page. */
export function isFromAppWindow(event: Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>, win: BrowserWindow | null): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== win.webContents) return false;
  return frame === win.webContents.mainFrame && isAppUrl(frame.url);
}
