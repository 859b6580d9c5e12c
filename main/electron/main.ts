/**
 * The Electron entry point (bundled to dist/main/electron-main.cjs): wires
 * the real Electron modules and services into the desktop app.
 */
import { join } from 'node:path';
import * as electron from 'electron';
import { openServices } from '../services';
import { startDesktopApp } from './desktopApp';

startDesktopApp(electron, openServices, {
  preload: join(__dirname, 'preload.cjs'),
  rendererDir: join(__dirname, '..', 'renderer'),
});
