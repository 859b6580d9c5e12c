/**
 * Keeps every web contents on the app's own page: navigation and redirects
 * elsewhere are stopped, new windows are refused and `<webview>` cannot be
 * attached. Applied to all contents via `web-contents-created`.
 */
import type { WebContents } from 'electron';
import { isAppUrl } from './appUrl';

/** The parts of a WebContents the guard uses. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Blocks navigation off the app's page, new windows and webviews on `contents`. */
export function hardenWebContents(contents: GuardedContents): void {
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
