/**
 * Closing the window never loses typing: the first 'close' is held back and
 * the page is asked to save (BEFORE_CLOSE_CHANNEL); when it answers
 * (CLOSE_READY_CHANNEL) the window closes. A page that does not answer in
 * time (hung renderer, or a save that keeps failing) does not keep the window
 * open forever, but the user decides: close anyway, or stay and keep the text.
 */
import type { BrowserWindow } from 'electron';
import { BEFORE_CLOSE_CHANNEL } from '../../common/api/bridge';

/** How long the page has to save before the user is asked what to do. */
export const CLOSE_TIMEOUT_MS = 5000;

/** The parts of a BrowserWindow the protocol uses. */
export type ClosableWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
  readonly webContents: Pick<BrowserWindow['webContents'], 'send' | 'isDestroyed' | 'isCrashed'>;
};

/** Asks whether to close although the page has not confirmed its save; resolves true to close. */
export type ConfirmForceClose = () => Promise<boolean>;

/** Options of `attachCloseProtocol`. */
export interface CloseProtocolOptions {
  readonly timeoutMs?: number;
  /** Without it, the window closes when the time is up. */
  readonly confirmForceClose?: ConfirmForceClose;
}

/** Handle returned by `attachCloseProtocol`. */
export interface CloseProtocol {
  /** The page says it has saved: close now if a close is pending. */
  closeReady(): void;
}

/** Holds the window's 'close' until the page has saved, or the time is up and the user agrees. */
export function attachCloseProtocol(win: ClosableWindow, options: CloseProtocolOptions = {}): CloseProtocol {
  const timeoutMs = options.timeoutMs ?? CLOSE_TIMEOUT_MS;
  let allowed = false;
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const closeNow = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = false;
    allowed = true;
    if (!win.isDestroyed()) win.close();
  };

  const timeUp = async (): Promise<void> => {
    timer = null;
    const close = options.confirmForceClose ? await options.confirmForceClose().catch(() => true) : true;
    if (!pending) return; // the page answered meanwhile
    if (close) closeNow();
    else pending = false; // stay open; a later close asks the page again
  };

  win.on('close', (event) => {
    if (allowed) return;
    const contents = win.webContents;
    if (contents.isDestroyed() || contents.isCrashed()) return; // nobody left to ask
    event.preventDefault();
    if (pending) return; // already asked; waiting for the answer
    pending = true;
    timer = setTimeout(() => void timeUp(), timeoutMs);
    contents.send(BEFORE_CLOSE_CHANNEL);
  });

  return {
    closeReady() {
      if (pending) closeNow();
    },
  };
}
