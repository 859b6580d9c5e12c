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

/** IPC channel on which main hands the page a file the user opened with DuThao (file association, second launch). */
export const OPEN_FILE_CHANNEL = 'duthao:open-file';
/** IPC channel on which the page tells main it listens for opened files (main then sends those waiting). */
export const OPEN_FILE_READY_CHANNEL = 'duthao:open-file-ready';

/** What an opened file is: a review copy (.duthao) or a Word document (.docx, "Open with DuThao"). */
export type OpenedFileKind = 'reviewCopy' | 'wordDocument';

/** A file opened with DuThao: its content (base64), or why main could not read it (Vietnamese). */
export type OpenedFile =
  | { readonly kind: OpenedFileKind; readonly name: string; readonly file: string }
  | { readonly kind: OpenedFileKind; readonly name: string; readonly error: string };

/** Checks the shape of an `OpenedFile` (the page trusts nothing that crosses IPC). */
export function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['kind'] !== 'reviewCopy' && v['kind'] !== 'wordDocument') return false;
  if (typeof v['name'] !== 'string') return false;
  return typeof v['file'] === 'string' || typeof v['error'] === 'string';
}

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
  /** Subscribes to files opened with DuThao (waiting ones are delivered at once); returns an unsubscribe function. */
  readonly onOpenFile: (listener: (file: OpenedFile) => void) => () => void;
};
