/**
 * The preload of the main window (bundled to dist/main/preload.cjs; it runs
 * sandboxed, so it may require only 'electron'). It puts the API bridge on
 * `window.duthao` and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './preloadBridge';

contextBridge.exposeInMainWorld('duthao', createBridge(ipcRenderer));
