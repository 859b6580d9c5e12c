/**
 * Crash test: a child process saves drafts in a loop and is killed with
 * SIGKILL at a random moment. On reopening, the database passes
 * `PRAGMA integrity_check` and holds every save that had returned.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../main/services';
import { tempDir } from '../../helpers/store';
import { bundleStoreFixture, runUntilKilled } from '../../helpers/killed-child';
import { TEMPLATES_DIR } from '../../helpers/repo';

let tmp: ReturnType<typeof tempDir>;
let bundle: string;

beforeAll(async () => {
  tmp = tempDir('duthao-crash-');
  bundle = await bundleStoreFixture('crash-writer', tmp.dir);
});

afterAll(() => tmp.cleanup());

interface Reported {
  revision: number;
  counter: number;
}

/** Runs the writer until it has reported `minSaves` saves plus a random extra time, then SIGKILLs it. */
async function runAndKill(dataDir: string, minSaves: number): Promise<Map<string, Reported>> {
  const last = new Map<string, Reported>();
  let buffered = '';
  let saves = 0;
  let armed = false;
  await runUntilKilled(bundle, [dataDir, TEMPLATES_DIR], (chunk, child) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [id, rev, counter] = line.split(' ');
      last.set(id!, { revision: Number(rev), counter: Number(counter) });
      saves++;
    }
    if (saves >= minSaves && !armed) {
      armed = true;
      child.kill(Math.floor(Math.random() * 150));
    }
  }, 20_000);
  return last;
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

      const services = openServices({ dataDir, templatesDir: TEMPLATES_DIR, appVersion: 'test' });
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
