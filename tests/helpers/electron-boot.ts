/**
 * Test helper: starts the desktop app against the fake Electron module and
 * fake services, with the user data folder in a fresh temporary directory.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { API_METHOD_NAMES, type AppInfo } from '../../common/api/contract';
import type { ApiHandlers } from '../../main/api/handlers';
import { startDesktopApp, type DesktopOptions, type ElectronModules, type OpenServices } from '../../main/electron/desktopApp';
import type { FakeElectron } from './electron-fake';

/** Handlers that echo their method and arguments. */
export function fakeHandlers() {
  return Object.fromEntries(API_METHOD_NAMES.map((m) => [m, vi.fn(async (args: unknown) => ({ echo: m, args }))])) as unknown as ApiHandlers &
    Record<string, ReturnType<typeof vi.fn>>;
}

/** What `bootDesktopApp` returns. */
export interface Booted {
  readonly handlers: ReturnType<typeof fakeHandlers>;
  readonly openServices: ReturnType<typeof vi.fn>;
  readonly closeServices: ReturnType<typeof vi.fn>;
  readonly userData: string;
}

/** Starts the app on `fake` and waits until it is ready. */
export async function bootDesktopApp(
  fake: FakeElectron,
  opts: { openServices?: OpenServices; userData?: string; desktop?: DesktopOptions } = {},
): Promise<Booted> {
  const userData = opts.userData ?? mkdtempSync(join(tmpdir(), 'duthao-electron-'));
  fake.app.paths.userData = userData;
  const handlers = fakeHandlers();
  const closeServices = vi.fn();
  const info: AppInfo = { version: '0.1.0', dataDir: userData, databasePath: join(userData, 'duthao.db'), movedAsideDatabase: null };
  const openServices = vi.fn(opts.openServices ?? (() => ({ handlers, info, close: closeServices })));
  startDesktopApp(fake as unknown as ElectronModules, openServices as unknown as OpenServices, {
    preload: '/app/dist/main/preload.cjs',
    rendererDir: '/app/dist/renderer',
  }, { argv: ['/opt/DuThao/duthao'], cwd: '/', findSoffice: () => null, ...opts.desktop });
  await fake.app.becomeReady();
  await new Promise((r) => setTimeout(r, 0));
  return { handlers, openServices, closeServices, userData };
}
