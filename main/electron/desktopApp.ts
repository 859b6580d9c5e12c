/**
 * The desktop app's lifecycle: one instance, a hardened session, the app
 * protocol, the services behind IPC, the menu and the main window with its
 * remembered bounds and save-before-close protocol. Electron and the services
 * are passed in, so this runs against fakes in tests.
 */
import { join } from 'node:path';
import type * as Electron from 'electron';
import { CLOSE_READY_CHANNEL, MENU_CHANNEL, type MenuCommand } from '../../common/api/bridge';
import type { AppInfo } from '../../common/api/contract';
import { createDispatch } from '../api/dispatch';
import type { ApiHandlers } from '../api/handlers';
import { APP_SCHEME } from './appUrl';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { attachCloseProtocol, type CloseProtocol } from './closeProtocol';
import { installCspHeader } from './csp';
import { installSaveDialogForDownloads } from './downloads';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { hardenWebContents } from './navigation';
import { denyAllPermissions } from './permissions';
import { isFromAppWindow } from './senderCheck';
import { STARTUP_ERROR_TITLE, startupErrorMessage } from './startupError';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE, loadWindowState, saveWindowState } from './windowState';

/** Asked when the page has not confirmed its save in time (hung, or saving keeps failing). */
export const FORCE_CLOSE_QUESTION: Electron.MessageBoxOptions = {
  type: 'warning',
  title: 'DuThao',
  message: 'DuThao chưa lưu xong dự thảo.',
  detail: 'Nếu đóng bây giờ, những thay đổi chưa lưu sẽ bị mất. Chọn “Không đóng” để giữ cửa sổ và thử lưu lại.',
  buttons: ['Không đóng', 'Vẫn đóng'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** The Electron modules the app uses. */
export type ElectronModules = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'ipcMain' | 'Menu' | 'session' | 'dialog' | 'screen' | 'protocol'>;

/** The running services, as `openServices` returns them. */
export interface Services {
  readonly handlers: ApiHandlers;
  readonly info: AppInfo;
  close(): void;
}

/** Opens the services on a data folder; throws a `StartupError` when the folder is unusable. */
export type OpenServices = (options: { dataDir: string; templatesDir: string; appVersion: string; dailyBackup?: boolean }) => Services;

/** Where the built files are. */
export interface DesktopPaths {
  /** dist/main/preload.cjs */
  readonly preload: string;
  /** dist/renderer */
  readonly rendererDir: string;
}

/** Starts the app. Call once, synchronously, when the main script loads. */
export function startDesktopApp(electron: ElectronModules, openServices: OpenServices, paths: DesktopPaths): void {
  const { app, BrowserWindow, ipcMain, Menu, session, dialog, screen, protocol } = electron;

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  let mainWindow: Electron.BrowserWindow | null = null;
  let closer: CloseProtocol | null = null;
  let services: Services | null = null;
  let quitting = false;

  const focusMainWindow = (): void => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const targetWindow = (): Electron.BrowserWindow | null => {
    const focused = BrowserWindow.getFocusedWindow();
    return focused ?? (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  };

  const stateFile = (): string => join(app.getPath('userData'), WINDOW_STATE_FILE);

  const openWindow = (): void => {
    const workAreas = screen.getAllDisplays().map((d) => d.workArea);
    const win = createMainWindow(BrowserWindow, {
      preloadPath: paths.preload,
      state: loadWindowState(stateFile(), workAreas),
      devTools: !app.isPackaged,
    });
    mainWindow = win;
    closer = attachCloseProtocol(win, {
      confirmForceClose: async () => {
        if (win.isDestroyed()) return true;
        const { response } = await dialog.showMessageBox(win, FORCE_CLOSE_QUESTION);
        return response === 1;
      },
    });
    win.on('close', () => {
      if (win.isDestroyed()) return;
      saveWindowState(stateFile(), { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    });
    win.on('closed', () => {
      if (mainWindow === win) {
        mainWindow = null;
        closer = null;
      }
      if (quitting) app.quit();
    });
  };

  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('will-quit', () => {
    services?.close();
    services = null;
  });
  app.on('activate', () => {
    if (services && !mainWindow) openWindow();
  });

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    denyAllPermissions(ses);
    installCspHeader(ses);
    installSaveDialogForDownloads(ses);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir));

    try {
      services = openServices({
        dataDir: app.getPath('userData'),
        templatesDir: join(app.getAppPath(), 'templates'),
        appVersion: app.getVersion(),
        dailyBackup: true,
      });
    } catch (err) {
      dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(err));
      app.exit(1);
      return;
    }
    const info = services.info;

    registerIpc(ipcMain, createDispatch(services.handlers, (err) => console.error('DuThao internal error:', err)), (event) =>
      isFromAppWindow(event, mainWindow),
    );
    ipcMain.on(CLOSE_READY_CHANNEL, (event) => {
      if (isFromAppWindow(event, mainWindow)) closer?.closeReady();
    });

    const template = buildMenuTemplate(
      {
        send: (command: MenuCommand) => targetWindow()?.webContents.send(MENU_CHANNEL, command),
        quit: () => app.quit(),
        about: () => {
          const options: Electron.MessageBoxOptions = {
            type: 'info',
            title: 'Giới thiệu DuThao',
            message: `DuThao ${info.version}`,
            detail: `Soạn thảo văn bản của Đảng và Nhà nước theo đúng thể thức, không cần mạng.\n\nThư mục dữ liệu: ${info.dataDir}`,
            buttons: ['Đóng'],
          };
          const win = targetWindow();
          void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
        },
      },
      { isPackaged: app.isPackaged, platform: process.platform },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));

    openWindow();
  });
}
