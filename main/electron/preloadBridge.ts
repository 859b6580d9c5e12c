/**
 * Builds the `window.duthao` object from an ipcRenderer-like transport: one
 * function per contract method plus the desktop events (menu, close
 * handshake, opened files). The page never
 * sees the transport or an IPC event object.
 */
import type { ApiMethod } from '../../common/api/contract';
import { API_METHOD_NAMES } from '../../common/api/methods';
import {
  BEFORE_CLOSE_CHANNEL,
  CLOSE_READY_CHANNEL,
  MENU_CHANNEL,
  MENU_COMMANDS,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  ipcChannel,
  isOpenedFile,
  type DuThaoBridge,
  type MenuCommand,
  type OpenedFile,
} from '../../common/api/bridge';

/** The parts of ipcRenderer the bridge uses. */
export interface BridgeTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The bridge object, frozen. */
export function createBridge(ipc: BridgeTransport): DuThaoBridge {
  const methods: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of API_METHOD_NAMES) {
    const channel = ipcChannel(method as ApiMethod);
    methods[method] = (args: unknown) => ipc.invoke(channel, args);
  }

  const subscribe = (channel: string, handler: (...args: unknown[]) => void): (() => void) => {
    const listener = (_event: unknown, ...args: unknown[]): void => handler(...args);
    ipc.on(channel, listener);
    return () => {
      ipc.removeListener(channel, listener);
    };
  };

  const bridge = {
    ...methods,
    onMenuCommand: (listener: (command: MenuCommand) => void) =>
      subscribe(MENU_CHANNEL, (command) => {
        if (isMenuCommand(command)) listener(command);
      }),
    onBeforeClose: (listener: () => void) => subscribe(BEFORE_CLOSE_CHANNEL, () => listener()),
    closeReady: () => ipc.send(CLOSE_READY_CHANNEL),
    onOpenFile: (listener: (file: OpenedFile) => void) => {
      const off = subscribe(OPEN_FILE_CHANNEL, (file) => {
        if (isOpenedFile(file)) listener(file);
      });
      ipc.send(OPEN_FILE_READY_CHANNEL);
      return off;
    },
  };
  return Object.freeze(bridge) as unknown as DuThaoBridge;
}
