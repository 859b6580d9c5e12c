/**
 * Closing the window never loses typing: the first 'close' is held back and
 * the page is asked to save (BEFORE_CLOSE_CHANNEL); when it answers
 * (CLOSE_READY_CHANNEL) the window closes. A page that does not answer in
 * time (hung or crashed renderer) does not keep the window open forever.
 */
import type { BrowserWindow } from 'electron';
import { BEFORE_CLOSE_CHANNEL } from '../../common/api/bridge';

/** How long the page has to save before the window closes anyway. */
export const CLOSE_TIMEOUT_MS = 5000;

/** The parts of a BrowserWindow the protocol uses. */
export type ClosableWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
  readonly webContents: Pick<BrowserWindow['webContents'], 'send' | 'isDestroyed' | 'isCrashed'>;
};

/** Handle returned by `attachCloseProtocol`. */
export interface CloseProtocol {
  /** The page says it has saved: close now if a close is pending. */
  closeReady(): void;
}

/** Holds the window's 'close' until the page has saved or `timeoutMs` has passed. */
export function attachCloseProtocol(win: ClosableWindow, timeoutMs: number = CLOSE_TIMEOUT_MS): CloseProtocol {
  let allowed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const closeNow = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    allowed = true;
    if (!win.isDestroyed()) win.close();
  };

  win.on('close', (event) => {
    if (allowed) return;
    const contents = win.webContents;
    if (contents.isDestroyed() || contents.isCrashed()) return; // nobody left to ask
    event.preventDefault();
    if (timer) return; // already asked; waiting for the answer
    timer = setTimeout(closeNow, timeoutMs);
    contents.send(BEFORE_CLOSE_CHANNEL);
  });

  return {
    closeReady() {
      if (timer) closeNow();
    },
  };
}
