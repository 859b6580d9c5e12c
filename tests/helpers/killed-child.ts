/**
 * Kill tests: a child process (a fixture in `tests/fixtures/store/`, bundled
 * with esbuild) works on a data folder and is killed with SIGKILL at a
 * chosen moment, as a power cut or a task manager would.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './repo';

/** Bundles `tests/fixtures/store/<name>.ts` into `<outDir>/<name>.cjs` (better-sqlite3 left external); returns the bundle's path. */
export async function bundleStoreFixture(name: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${name}.cjs`);
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [join(REPO_ROOT, 'tests', 'fixtures', 'store', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}

/** The running child, as the output callback sees it. */
export interface KillableChild {
  /** SIGKILLs the child after `delayMs` (0: now). */
  kill(delayMs?: number): void;
}

/**
 * Runs a bundle with Node until it is killed: `onOutput` gets each stdout
 * chunk and decides when to kill. Resolves once the child died of SIGKILL;
 * rejects (with its stderr) when it exits by itself. Killed anyway after `maxMs`.
 */
export function runUntilKilled(bundle: string, args: readonly string[], onOutput: (chunk: string, child: KillableChild) => void, maxMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const handle: KillableChild = {
      kill: (delayMs = 0) => {
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      },
    };
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => onOutput(d.toString(), handle));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (code ${code}): ${stderr}`));
      else resolve();
    });
    setTimeout(() => child.kill('SIGKILL'), maxMs).unref();
  });
}
