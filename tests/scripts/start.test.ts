import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../helpers/repo';

type Found = { ok: true; path: string } | { ok: false; reason: string };
interface StartModule {
  electronExecutableName(platform: string): string;
  findElectronBinary(o: { electronDir: string; env?: Record<string, string | undefined>; platform?: string }): Found;
  mayDownload(env: Record<string, string | undefined>): boolean;
  decideLaunch(o: { forceWeb: boolean; binary: Found }): { mode: 'electron'; binary: string } | { mode: 'web'; reason: string };
  fallbackLine(reason: string): string;
  obtainElectron(o: {
    electronDir: string;
    env?: Record<string, string | undefined>;
    probeHost?: (h: { host: string; port: number }) => Promise<string | null>;
    download?: (dir: string, timeoutMs: number) => Promise<string | null>;
  }): Promise<Found>;
  runStart(o: {
    argv?: string[];
    env?: Record<string, string | undefined>;
    build?: () => Promise<void>;
    obtain?: () => Promise<Found>;
    launch?: (cmd: string, args: string[], opts: { cwd: string; env: Record<string, string | undefined> }) => Promise<number>;
    log?: (line: string) => void;
  }): Promise<number>;
}

const root = REPO_ROOT;
const startPath = join(root, 'scripts', 'start.mjs');
const start = (await import(/* @vite-ignore */ startPath)) as StartModule;

/** A fake node_modules/electron; `binary` true writes path.txt and the executable. */
function fakeElectronPackage(binary: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-electron-pkg-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"electron","version":"42.11.18"}');
  if (binary) {
    writeFileSync(join(dir, 'path.txt'), start.electronExecutableName(process.platform));
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', start.electronExecutableName(process.platform)), '');
  }
  return dir;
}

describe('npm start: finding Electron', () => {
  it('finds a downloaded binary, and reports a missing one without downloading', () => {
    const withBinary = fakeElectronPackage(true);
    expect(start.findElectronBinary({ electronDir: withBinary, env: {} })).toEqual({ ok: true, path: join(withBinary, 'dist', start.electronExecutableName(process.platform)) });
    expect(start.findElectronBinary({ electronDir: fakeElectronPackage(false), env: {} })).toEqual({ ok: false, reason: 'the Electron binary was never downloaded' });
    expect(start.findElectronBinary({ electronDir: join(tmpdir(), 'no-such-electron'), env: {} }).ok).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = mkdtempSync(join(tmpdir(), 'duthao-override-'));
    const pkg = fakeElectronPackage(false);
    expect(start.findElectronBinary({ electronDir: pkg, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' }).ok).toBe(false);
    writeFileSync(join(dist, 'electron'), '');
    expect(start.findElectronBinary({ electronDir: pkg, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' })).toEqual({ ok: true, path: join(dist, 'electron') });
  });

  it('does not try a download when the network does not answer', async () => {
    const download = vi.fn(async () => null);
    const probeHost = vi.fn(async () => 'github.com unreachable (ENOTFOUND)');
    const found = await start.obtainElectron({ electronDir: fakeElectronPackage(false), env: {}, probeHost, download });
    expect(found).toEqual({ ok: false, reason: 'the Electron binary was never downloaded; github.com unreachable (ENOTFOUND)' });
    expect(probeHost).toHaveBeenCalledWith({ host: 'github.com', port: 443 });
    expect(download).not.toHaveBeenCalled();
  });

  it('never downloads when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and probes the mirror when one is set', async () => {
    const download = vi.fn(async () => null);
    const probeHost = vi.fn(async () => null);
    const dir = fakeElectronPackage(false);
    expect((await start.obtainElectron({ electronDir: dir, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, probeHost, download })).ok).toBe(false);
    expect(probeHost).not.toHaveBeenCalled();
    await start.obtainElectron({ electronDir: dir, env: { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' }, probeHost, download });
    expect(probeHost).toHaveBeenCalledWith({ host: 'npmmirror.com', port: 443 });
    expect(download).toHaveBeenCalledOnce();
    expect(start.mayDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(true);
  });

  it('uses the binary a time-limited download brought, or reports why the download failed', async () => {
    const dir = fakeElectronPackage(false);
    const download = vi.fn(async (electronDir: string, timeoutMs: number) => {
      expect(timeoutMs).toBe(5000);
      writeFileSync(join(electronDir, 'path.txt'), start.electronExecutableName(process.platform));
      mkdirSync(join(electronDir, 'dist'), { recursive: true });
      writeFileSync(join(electronDir, 'dist', start.electronExecutableName(process.platform)), '');
      return null;
    });
    const found = await start.obtainElectron({ electronDir: dir, env: { DUTHAO_ELECTRON_DOWNLOAD_TIMEOUT_MS: '5000' }, probeHost: async () => null, download });
    expect(found.ok).toBe(true);
    const failed = await start.obtainElectron({
      electronDir: fakeElectronPackage(false),
      env: {},
      probeHost: async () => null,
      download: async () => 'download did not finish within 180 s',
    });
    expect(failed).toEqual({ ok: false, reason: 'the Electron binary was never downloaded; download did not finish within 180 s' });
  });

  it('on this machine (no Electron binary, no internet) gives up quickly instead of hanging', async () => {
    const t0 = Date.now();
    const found = await start.obtainElectron({ electronDir: join(root, 'node_modules', 'electron'), env: { PATH: process.env.PATH } });
    expect(found.ok, 'an Electron binary is present here: this test describes an offline build machine').toBe(false);
    expect(Date.now() - t0).toBeLessThan(15_000);
  }, 20_000);
});

describe('npm start: what runs', () => {
  it('chooses Electron when its binary is there, the web host otherwise or when asked', () => {
    expect(start.decideLaunch({ forceWeb: false, binary: { ok: true, path: '/e/electron' } })).toEqual({ mode: 'electron', binary: '/e/electron' });
    expect(start.decideLaunch({ forceWeb: false, binary: { ok: false, reason: 'offline' } })).toEqual({ mode: 'web', reason: 'offline' });
    expect(start.decideLaunch({ forceWeb: true, binary: { ok: true, path: '/e/electron' } }).mode).toBe('web');
  });

  it('says so in one Vietnamese + English line', () => {
    const line = start.fallbackLine('github.com unreachable (ENOTFOUND)');
    expect(line).not.toContain('\n');
    expect(line).toContain('Không tải được Electron (github.com unreachable (ENOTFOUND))');
    expect(line).toContain('mở bản web cục bộ thay thế');
    expect(line).toContain('Electron unavailable, starting the local web host instead');
  });

  it('builds, then starts the web host (printing one line) when Electron cannot be obtained', async () => {
    const order: string[] = [];
    const launch = vi.fn(async () => 0);
    const log = vi.fn();
    const code = await start.runStart({
      argv: [],
      env: {},
      build: async () => {
        order.push('build');
      },
      obtain: async () => {
        order.push('obtain');
        return { ok: false, reason: 'offline' };
      },
      launch,
      log,
    });
    expect(code).toBe(0);
    expect(order).toEqual(['build', 'obtain']);
    expect(log).toHaveBeenCalledExactlyOnceWith(start.fallbackLine('offline'));
    expect(launch).toHaveBeenCalledExactlyOnceWith(process.execPath, [join(root, 'dist', 'main', 'web-host.cjs')], expect.objectContaining({ cwd: expect.any(String) }));
  });

  it('launches Electron on the project folder when it is there, and falls back if it cannot run', async () => {
    const launch = vi.fn(async (cmd: string, _args: string[], _opts: { cwd: string; env: Record<string, string | undefined> }) => {
      if (cmd === '/e/electron') throw Object.assign(new Error('spawn EACCES'), { code: 'EACCES' });
      return 3;
    });
    const log = vi.fn();
    const code = await start.runStart({
      argv: [],
      env: { ELECTRON_RUN_AS_NODE: '1' },
      build: async () => {},
      obtain: async () => ({ ok: true, path: '/e/electron' }),
      launch,
      log,
    });
    expect(launch.mock.calls[0]![0]).toBe('/e/electron');
    expect(launch.mock.calls[0]![1]).toEqual(['.']);
    expect(launch.mock.calls[0]![2].env).not.toHaveProperty('ELECTRON_RUN_AS_NODE');
    expect(launch.mock.calls[1]![1]).toEqual([join(root, 'dist', 'main', 'web-host.cjs')]);
    expect(log).toHaveBeenCalledExactlyOnceWith(start.fallbackLine('cannot run /e/electron: EACCES'));
    expect(code).toBe(3);
  });

  it('--web skips Electron without a warning', async () => {
    const obtain = vi.fn();
    const launch = vi.fn(async (_cmd: string, _args: string[], _opts: unknown) => 0);
    const log = vi.fn();
    await start.runStart({ argv: ['--web'], env: {}, build: async () => {}, obtain, launch, log });
    expect(obtain).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(launch.mock.calls[0]![1]).toEqual([join(root, 'dist', 'main', 'web-host.cjs')]);
  });

  it('passes --data-dir, --port and --no-open on to the web host', async () => {
    const launch = vi.fn(async (_cmd: string, _args: string[], _opts: unknown) => 0);
    await start.runStart({ argv: ['--web', '--data-dir', '/tmp/d', '--no-open'], env: {}, build: async () => {}, obtain: vi.fn(), launch, log: vi.fn() });
    expect(launch.mock.calls[0]![1]).toEqual([join(root, 'dist', 'main', 'web-host.cjs'), '--data-dir', '/tmp/d', '--no-open']);
  });
});
