/**
 * What happens when the page dies or hangs: the event is logged, and the user
 * is asked — in Vietnamese — whether to reload the page. Reloading keeps the
 * URL, so the same draft opens again with everything autosaved; a hung page
 * is never reloaded without the user's word ("Chờ thêm" keeps waiting, so
 * text not yet saved is not thrown away).
 */
import type { BrowserWindow, MessageBoxOptions, RenderProcessGoneDetails } from 'electron';
import type { Logger } from '../logging/log-format';

/** Asked when the page's process is gone (crash, killed, out of memory). */
export const PAGE_GONE_QUESTION: MessageBoxOptions = {
  type: 'error',
  title: 'DuThao',
  message: 'Trang soạn thảo của DuThao vừa gặp sự cố và đã dừng.',
  detail: 'Dự thảo đã được lưu tự động đến lần lưu gần nhất. Chọn “Tải lại” để mở lại đúng dự thảo đang soạn.',
  buttons: ['Tải lại', 'Đóng cửa sổ'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** Asked when the page stops responding. */
export const UNRESPONSIVE_QUESTION: MessageBoxOptions = {
  type: 'warning',
  title: 'DuThao',
  message: 'DuThao đang không phản hồi.',
  detail: 'Có thể trang đang xử lý một văn bản lớn. “Chờ thêm” giữ nguyên mọi thứ; “Tải lại” mở lại dự thảo từ lần lưu gần nhất (những gì gõ sau lần lưu đó có thể mất).',
  buttons: ['Chờ thêm', 'Tải lại'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** What crash recovery needs besides the window. */
export interface CrashRecoveryDeps {
  /** Shows a message box for the window; resolves to the button index. */
  readonly ask: (options: MessageBoxOptions) => Promise<number>;
  readonly log: Logger;
}

/** Installs the handlers on the main window. */
export function attachCrashRecovery(win: BrowserWindow, deps: CrashRecoveryDeps): void {
  let asking = false;
  const askOnce = async (options: MessageBoxOptions): Promise<number | null> => {
    if (asking) return null;
    asking = true;
    try {
      return await deps.ask(options);
    } finally {
      asking = false;
    }
  };

  win.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    deps.log.error('renderer.gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    void askOnce(PAGE_GONE_QUESTION).then((answer) => {
      if (answer === null || win.isDestroyed()) return;
      if (answer === 0) {
        deps.log.info('renderer.reload', { after: 'gone' });
        win.webContents.reload();
      } else {
        win.close();
      }
    });
  });

  win.on('unresponsive', () => {
    deps.log.warn('renderer.unresponsive');
    void askOnce(UNRESPONSIVE_QUESTION).then((answer) => {
      if (answer === 1 && !win.isDestroyed()) {
        deps.log.info('renderer.reload', { after: 'unresponsive' });
        win.webContents.forcefullyCrashRenderer();
        win.webContents.reload();
      }
    });
  });
  win.on('responsive', () => deps.log.info('renderer.responsive'));
}
