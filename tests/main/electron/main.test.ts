/**
 * The composition root as it ships: main/electron/main.ts bundled the way
 * scripts/build.mjs bundles it, run in Node with the fake `electron` module,
 * the real services and a temporary data folder.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import { ipcChannel } from '../../../common/api/bridge';
import { APP_START_URL } from '../../../main/electron/appUrl';
import { createFakeElectron, fakeEvent, FakeBrowserWindow } from '../../helpers/electron-fake';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;

describe('electron-main bundle', () => {
  it('starts the app: preload next to it, the UI beside dist/main, real services on userData', async () => {
    const out = await build({
      entryPoints: [join(root, 'main/electron/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3'],
      write: false,
    });
    const fake = createFakeElectron();
    const userData = mkdtempSync(join(tmpdir(), 'duthao-main-'));
    fake.app.paths.userData = userData;
    fake.app.appPath = root;
    const realRequire = createRequire(join(root, 'package.json'));
    const module = { exports: {} };
    const distMain = join('/opt', 'DuThao', 'resources', 'app.asar', 'dist', 'main');
    const run = new Function('require', 'module', 'exports', '__dirname', '__filename', out.outputFiles[0]!.text);
    // The main process's `electron` has no renderer modules (electron-log's bundled preload part checks for ipcRenderer).
    const { ipcRenderer: _ipcRenderer, contextBridge: _contextBridge, ...mainSide } = fake;
    run((id: string) => (id === 'electron' ? mainSide : realRequire(id)), module, module.exports, distMain, join(distMain, 'electron-main.cjs'));

    await fake.app.becomeReady();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.dialog.errorBoxes).toEqual([]);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.webPreferences.preload).toBe(join(distMain, 'preload.cjs'));
    expect(win.loadedUrl).toBe(APP_START_URL);
    expect(fake.protocol.handlers.has('duthao')).toBe(true);

    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const info = (await fake.ipcMain.handlers.get(ipcChannel('getAppInfo'))!(event, {})) as { ok: boolean; value: { dataDir: string; version: string } };
    expect(info).toMatchObject({ ok: true, value: { dataDir: userData, version: '0.1.0' } });
    const templates = (await fake.ipcMain.handlers.get(ipcChannel('listTemplates'))!(event, {})) as { ok: boolean; value: unknown[] };
    expect(templates.ok).toBe(true);
    expect(templates.value.length).toBeGreaterThan(0);
    fake.app.emit('will-quit', fakeEvent());

    // electron-log writes the desktop log into the data folder, in the shared line format.
    const logText = readFileSync(join(userData, 'logs', 'main.log'), 'utf8');
    expect(logText).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\] {2}app\.start version=0\.1\.0 /m);
    expect(logText).toMatch(/\[info\] {2}app\.quit$/m);
    // Crash dumps stay local: uploads off, dumps in the data folder.
    expect(fake.crashReporter.startOptions).toMatchObject({ uploadToServer: false });
    expect(fake.app.paths['crashDumps']).toBe(join(userData, 'crashes'));
  });
});
