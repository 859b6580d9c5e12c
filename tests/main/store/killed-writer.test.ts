/**
 * Crash test: a child process saves drafts in a loop and is killed with
 * SIGKILL at a random moment. On reopening, the database passes
 * `PRAGMA integrity_check` and holds every save that had returned.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../main/services';
import { tempDir } from '../../helpers/store';

const ROOT = join(__dirname, '../../..');
let tmp: ReturnType<typeof tempDir>;
let bundle: string;

beforeAll(async () => {
  tmp = tempDir('duthao-crash-');
  bundle = join(tmp.dir, 'crash-writer.cjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'tests/fixtures/store/crash-writer.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
});

afterAll(() => tmp.cleanup());

interface Reported {
  revision: number;
  counter: number;
}

/** Runs the writer until it has reported `minSaves` saves plus a random extra time, then SIGKILLs it. */
function runAndKill(dataDir: string, minSaves: number): Promise<Map<string, Reported>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, join(ROOT, 'templates')], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const last = new Map<string, Reported>();
    let buffered = '';
    let saves = 0;
    let killTimer: NodeJS.Timeout | null = null;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [id, rev, counter] = line.split(' ');
        last.set(id!, { revision: Number(rev), counter: Number(counter) });
        saves++;
      }
      if (saves >= minSaves && !killTimer) killTimer = setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 150));
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (code ${code}): ${stderr}`));
      else resolve(last);
    });
    setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
  });
}

describe('a crash while saving', () => {
  it('loses no save that had returned and leaves a sound database', async () => {
    const dataDir = join(tmp.dir, 'data');
    for (let round = 0; round < 3; round++) {
      const reported = await runAndKill(dataDir, 150 + round * 100);
      expect(reported.size).toBeGreaterThan(0);

      const db = new Database(join(dataDir, 'duthao.db'));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();

      const services = openServices({ dataDir, templatesDir: join(ROOT, 'templates'), appVersion: 'test' });
      try {
        expect(services.info.movedAsideDatabase).toBeNull();
        for (const [id, r] of reported) {
          const d = services.handlers.getDraft({ id }) as unknown as { revision: number; doc: { content: { attrs?: { subject?: string } }[] } };
          expect(d.revision, `draft ${id}`).toBeGreaterThanOrEqual(r.revision);
          if (d.revision === r.revision && r.counter > 0) expect(d.doc.content[1]!.attrs!.subject).toBe(`bản ${r.counter}`);
        }
        const hits = services.handlers.searchDrafts({ query: 'can tho' }) as unknown[];
        expect(hits.length).toBeGreaterThan(0);
      } finally {
        services.close();
      }
    }
  });
});
