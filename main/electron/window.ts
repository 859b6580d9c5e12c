/**
 * Creates the main window: secure preferences, the remembered bounds, shown
 * once its first paint is ready, loading the app's own page.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_START_URL } from './appUrl';
import { DEFAULT_SIZE, MIN_SIZE, type WindowState } from './windowState';
import { secureWebPreferences } from './webPreferences';

/** What the window needs to know. */
export interface MainWindowOptions {
  readonly preloadPath: string;
  /** Saved bounds that passed `loadWindowState`, or null for a centred default window. */
  readonly state: WindowState | null;
  /** Dev tools only in development (not in a packaged app). */
  readonly devTools: boolean;
}

/** The options passed to `new BrowserWindow`. */
export function mainWindowOptions(opts: MainWindowOptions): BrowserWindowConstructorOptions {
  const bounds = opts.state?.bounds ?? { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'DuThao',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(opts.preloadPath, opts.devTools),
  };
}

/** Opens the main window on the app page. `BrowserWindowCtor` is Electron's BrowserWindow. */
export function createMainWindow(
  BrowserWindowCtor: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  opts: MainWindowOptions,
): BrowserWindow {
  const win = new BrowserWindowCtor(mainWindowOptions(opts));
  win.once('ready-to-show', () => {
    if (opts.state?.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(APP_START_URL).catch(() => {
    // A load failure shows an empty window; the renderer's absence is reported by `npm start`.
  });
  return win;
}
