/**
 * The Electron entry point (bundled to dist/main/electron-main.cjs): wires
 * the real Electron modules, the services and electron-log into the desktop app.
 */
import { join } from 'node:path';
import * as electron from 'electron';
import electronLog from 'electron-log/main';
import { openServices } from '../services';
import { configureElectronLog } from './desktopLog';
import { startDesktopApp } from './desktopApp';

startDesktopApp(
  electron,
  openServices,
  {
    preload: join(__dirname, 'preload.cjs'),
    rendererDir: join(__dirname, '..', 'renderer'),
  },
  { openLog: (userData) => configureElectronLog(electronLog, userData, electron.app.isPackaged) },
);
