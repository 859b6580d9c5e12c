/**
 * What the Electron preload exposes on `window.duthao`: one function per
 * contract method (returning the `ApiResult` envelope), plus the two events
 * the desktop shell sends to the page. Nothing else — never a raw ipcRenderer.
 */
import type { ApiMethod, ApiResults } from './contract';
import type { ApiResult } from './errors';

/** Commands the application menu (and its shortcuts) sends to the page. */
export const MENU_COMMANDS = ['newDraft', 'openLibrary', 'saveNow', 'find', 'replace', 'undo', 'redo', 'exportDocx', 'zoomIn', 'zoomOut', 'resetZoom'] as const;

/** A command from the application menu. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** IPC channel of a contract method. */
export function ipcChannel(method: ApiMethod): string {
  return `duthao:api:${method}`;
}

/** IPC channel on which main sends menu commands to the page. */
export const MENU_CHANNEL = 'duthao:menu';
/** IPC channel on which main asks the page to save before the window closes. */
export const BEFORE_CLOSE_CHANNEL = 'duthao:before-close';
/** IPC channel on which the page tells main it has saved and the window may close. */
export const CLOSE_READY_CHANNEL = 'duthao:close-ready';

/** The object the preload puts on `window.duthao`. */
export type DuThaoBridge = {
  readonly [M in ApiMethod]: (args: unknown) => Promise<ApiResult<ApiResults[M]>>;
} & {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Subscribes to "the window is closing: save now". */
  readonly onBeforeClose: (listener: () => void) => () => void;
  /** Tells main that everything is saved and the window may close. */
  readonly closeReady: () => void;
};
