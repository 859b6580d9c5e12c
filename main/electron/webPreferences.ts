/**
 * The webPreferences of every window of the app: isolated, sandboxed, no Node
 * in the page, web security on. The preload is the page's only door to main.
 */
import type { WebPreferences } from 'electron';

/** The secure preferences for a window whose preload is at `preloadPath`. */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools,
  };
}
