// `npm run serve` as a user runs it: the built web host started as a child
// process, its printed address, its refusal of an unusable data folder, its
// clean stop on Ctrl+C / SIGTERM, and its option parsing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../main/web/host-args';
import { canOpenBrowser } from '../../../main/web/open-browser';
import { CHROMIUM_MISSING, findChromium } from '../../e2e/lib/chromium';
import { startApp } from '../../e2e/lib/app';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
const bundle = join(root, 'dist/main/web-host.cjs');
let base: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'duthao-serve-'));
  if (!existsSync(bundle)) {
    const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--main-only'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('web host process', () => {
  it('prints one address line with the token, and a Vietnamese line', async () => {
    const app = await startApp({ dataDir: join(base, 'data') });
    try {
      const lines = app.output().trim().split('\n');
      const urlLines = lines.filter((l) => l.includes('http://'));
      expect(urlLines).toHaveLength(1);
      expect(urlLines[0]).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
      expect(app.output()).toMatch(/trình duyệt/);
      const page = await fetch(app.baseUrl);
      expect(page.status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('makes a new token at each launch', async () => {
    const a = await startApp();
    const b = await startApp();
    try {
      expect(a.token).not.toBe(b.token);
      expect(a.baseUrl).not.toBe(b.baseUrl);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bundle, '--data-dir', join(base, 'sigterm'), '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no address: ${out}`)), 20_000);
      child.stdout.on('data', () => {
        if (out.includes('#token=')) {
          clearTimeout(t);
          resolve();
        }
      });
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('refuses a data folder that is a regular file with one Vietnamese line and exit 1', () => {
    const file = join(base, 'file');
    writeFileSync(file, 'x');
    const r = spawnSync(process.execPath, [bundle, '--data-dir', file, '--no-open'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Lỗi: .*thư mục dữ liệu/);
    expect(r.stdout).toBe('');
  });

  it('says so in one line when the chosen port is taken', async () => {
    const app = await startApp();
    try {
      const port = new URL(app.baseUrl).port;
      const r = spawnSync(process.execPath, [bundle, '--data-dir', join(base, 'port'), '--port', port, '--no-open'], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^Lỗi: không dùng được cổng ${port}`));
    } finally {
      await app.stop();
    }
  });

  it('rejects an unknown option', () => {
    const r = spawnSync(process.execPath, [bundle, '--bogus'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Lỗi: Tham số không hợp lệ/);
  });
});

describe('web host options', () => {
  it('parses --data-dir, --port and --no-open', () => {
    expect(parseHostArgs(['--data-dir', '/d', '--port', '8080', '--no-open'])).toEqual({ dataDir: '/d', port: 8080, reusePort: false, open: false, help: false });
    expect(parseHostArgs([])).toEqual({ dataDir: undefined, port: 0, reusePort: true, open: true, help: false });
    expect(() => parseHostArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseHostArgs(['--port', '70000'])).toThrow(/--port/);
  });

  it('opens no browser in CI or without a desktop', () => {
    expect(canOpenBrowser({ CI: 'true', DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(canOpenBrowser({}, 'linux')).toBe(false);
    expect(canOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({}, 'win32')).toBe(true);
  });
});

describe('e2e harness', () => {
  it('fails loudly when Chromium is missing instead of skipping', () => {
    expect(() => findChromium({ CHROMIUM_PATH: join(base, 'no-chromium') })).toThrow(CHROMIUM_MISSING);
    expect(CHROMIUM_MISSING).toContain('apt-get install -y chromium');
  });
});
