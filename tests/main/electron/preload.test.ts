import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import * as electronModule from 'electron';
import { API_METHOD_NAMES } from '../../../common/api/contract';
import { BEFORE_CLOSE_CHANNEL, CLOSE_READY_CHANNEL, MENU_CHANNEL, ipcChannel } from '../../../common/api/bridge';
import { fakeEvent, type FakeElectron } from '../../helpers/electron-fake';
import { REPO_ROOT } from '../../helpers/repo';

const electron = electronModule as unknown as FakeElectron;

async function loadPreload(): Promise<Record<string, unknown>> {
  await import('../../../main/electron/preload');
  expect([...electron.contextBridge.exposed.keys()]).toEqual(['duthao']);
  return electron.contextBridge.exposed.get('duthao') as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes exactly the contract methods and the four desktop functions, under window.duthao only', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual([...API_METHOD_NAMES, 'closeReady', 'onBeforeClose', 'onMenuCommand', 'onOpenFile'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('gives the page no way to reach ipcRenderer', async () => {
    const bridge = await loadPreload();
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(electron.ipcRenderer);
      for (const key of Object.getOwnPropertyNames(value)) {
        if (typeof value === 'function' && ['caller', 'callee', 'arguments'].includes(key)) continue;
        walk((value as Record<string, unknown>)[key]);
      }
    };
    walk(bridge);
    // Listeners get only the command, never the IPC event (whose `sender` is ipcRenderer).
    const got: unknown[][] = [];
    (bridge.onMenuCommand as (l: (...a: unknown[]) => void) => void)((...args) => got.push(args));
    (bridge.onBeforeClose as (l: (...a: unknown[]) => void) => void)((...args) => got.push(args));
    electron.ipcRenderer.emit(MENU_CHANNEL, fakeEvent({ sender: electron.ipcRenderer }), 'saveNow');
    electron.ipcRenderer.emit(BEFORE_CLOSE_CHANNEL, fakeEvent({ sender: electron.ipcRenderer }));
    expect(got).toEqual([['saveNow'], []]);
  });

  it('invokes the channel of each method with the arguments as given', async () => {
    const bridge = await loadPreload();
    electron.ipcRenderer.invoked.length = 0;
    for (const method of API_METHOD_NAMES) {
      const result = await (bridge[method] as (a: unknown) => Promise<unknown>)({ probe: method });
      expect(result).toEqual({ ok: true, value: ipcChannel(method) });
    }
    expect(electron.ipcRenderer.invoked).toEqual(API_METHOD_NAMES.map((m) => ({ channel: ipcChannel(m), args: [{ probe: m }] })));
  });

  it('delivers menu commands, ignores unknown ones, and unsubscribes', async () => {
    const bridge = await loadPreload();
    const listener = vi.fn();
    const off = (bridge.onMenuCommand as (l: (c: string) => void) => () => void)(listener);
    electron.ipcRenderer.emit(MENU_CHANNEL, fakeEvent(), 'find');
    electron.ipcRenderer.emit(MENU_CHANNEL, fakeEvent(), 'rm -rf');
    off();
    electron.ipcRenderer.emit(MENU_CHANNEL, fakeEvent(), 'newDraft');
    expect(listener.mock.calls).toEqual([['find']]);
  });

  it('closeReady tells main on the close-ready channel', async () => {
    const bridge = await loadPreload();
    (bridge.closeReady as () => void)();
    expect(electron.ipcRenderer.sentToMain.at(-1)).toEqual({ channel: CLOSE_READY_CHANNEL, args: [] });
  });
});

describe('preload bundle', () => {
  it('runs where a sandboxed preload runs: its only require is electron', async () => {
    const { build } = await import('esbuild');
    const { runInNewContext } = await import('node:vm');
    const { createFakeElectron } = await import('../../helpers/electron-fake');
    const out = await build({
      entryPoints: ['main/electron/preload.ts'],
      absWorkingDir: REPO_ROOT,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3'],
      write: false,
    });
    const code = out.outputFiles[0]!.text;
    const sandboxElectron = createFakeElectron();
    const required: string[] = [];
    const module = { exports: {} };
    runInNewContext(code, {
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
        return sandboxElectron;
      },
    });
    expect(required).toEqual(['electron']);
    const bridge = sandboxElectron.contextBridge.exposed.get('duthao') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...API_METHOD_NAMES, 'closeReady', 'onBeforeClose', 'onMenuCommand', 'onOpenFile'].sort());
  });
});
