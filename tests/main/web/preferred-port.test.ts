// A restarted web host comes back at the same address (same origin), so an
// open tab only needs the new token and keeps what it holds in its storage.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PORT_FILE, readPreferredPort, rememberPort } from '../../../main/web/preferred-port';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
const bundle = join(root, 'dist/main/web-host.cjs');
const base = mkdtempSync(join(tmpdir(), 'duthao-port-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Starts the built host without --port, returns its address line, and stops it. */
async function addressOfOneRun(dataDir: string): Promise<URL> {
  const child = spawn(process.execPath, [bundle, '--data-dir', dataDir, '--no-open'], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  const line = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no address: ${out}`)), 30_000);
    child.stdout.on('data', (c: string) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]!);
      }
    });
  });
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return new URL(line);
}

describe('the web host port', () => {
  it('is remembered in the data folder; nothing or garbage there means any free port', () => {
    expect(readPreferredPort(join(base, 'missing'))).toBe(0);
    const d = mkdtempSync(join(base, 'dir-'));
    rememberPort(d, 43117);
    expect(readPreferredPort(d)).toBe(43117);
    writeFileSync(join(d, PORT_FILE), 'not a port');
    expect(readPreferredPort(d)).toBe(0);
  });

  it('a host restarted on the same data folder comes back on the same port with a new token', async () => {
    const dataDir = join(base, 'host');
    const first = await addressOfOneRun(dataDir);
    const second = await addressOfOneRun(dataDir);
    expect(second.port).toBe(first.port);
    expect(second.hash).not.toBe(first.hash);
  });
});
