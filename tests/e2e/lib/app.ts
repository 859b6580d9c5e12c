/**
 * Starting the built web host (`dist/main/web-host.cjs`) as a child process
 * over a temporary data folder, as a user would with `npm run serve`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOKEN_FRAGMENT_PARAM } from '../../../common/api/http';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The bundled web host the tests start. */
export const WEB_HOST_BUNDLE = join(REPO_ROOT, 'dist/main/web-host.cjs');

/** A running app under test. */
export interface RunningApp {
  /** The full address the host printed, with `#token=…`: open this in the browser. */
  readonly url: string;
  /** The origin with a trailing slash, e.g. `http://127.0.0.1:43123/`. */
  readonly baseUrl: string;
  /** The per-launch token. */
  readonly token: string;
  readonly dataDir: string;
  /** Everything the host printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Stops the host (SIGTERM, then SIGKILL) and removes the data folder if the harness made it. */
  stop(): Promise<void>;
}

/** Options of `startApp`. */
export interface StartAppOptions {
  /** Use this data folder (kept afterwards); default: a fresh temporary one (removed by `stop`). */
  readonly dataDir?: string;
  /** Extra environment variables for the host. */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for the address line; default 30 s. */
  readonly timeoutMs?: number;
  /** Listen on this port (a restarted host at the same address); default 0: any free port. */
  readonly port?: number;
}

/** Hosts still running: killed when the test worker exits, even if a test forgot `stop()`. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

const URL_LINE = new RegExp(`(http://127\\.0\\.0\\.1:\\d+/)#${TOKEN_FRAGMENT_PARAM}=([A-Za-z0-9_-]+)`);

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveWait) => {
    const timer = setTimeout(() => resolveWait(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveWait(true);
    });
  });
}

/** Starts the built web host and waits until it prints its address. */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  if (!existsSync(WEB_HOST_BUNDLE)) {
    throw new Error(`${WEB_HOST_BUNDLE} does not exist: run \`npm run build\` first (\`npm test\` does it).`);
  }
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'duthao-e2e-'));
  const child = spawn(process.execPath, [WEB_HOST_BUNDLE, '--data-dir', dataDir, '--port', String(options.port ?? 0), '--no-open'], {
    cwd: REPO_ROOT,
    env: { ...process.env, CI: 'true', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (output += chunk));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const match = await new Promise<RegExpMatchArray>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`web host printed no address within ${options.timeoutMs ?? 30_000} ms`)), options.timeoutMs ?? 30_000);
      child.stdout?.on('data', (chunk: string) => {
        output += chunk;
        const m = URL_LINE.exec(output);
        if (m) {
          clearTimeout(timer);
          resolveUrl(m);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`web host exited (code ${code}, signal ${signal}) before printing its address`));
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
    const baseUrl = match[1] ?? '';
    const token = match[2] ?? '';
    return { url: `${baseUrl}#${TOKEN_FRAGMENT_PARAM}=${token}`, baseUrl, token, dataDir, output: () => output, stop };
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- web host output ---\n${output}`);
  }
}
