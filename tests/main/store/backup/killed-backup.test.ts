/**
 * Kill test: a child process backs up, or restores a backup, in a loop and is
 * killed with SIGKILL mid-way. Afterwards the database passes
 * `integrity_check` and holds either the old drafts or the backup's, never a
 * mixture; every complete backup file (`.db`) is sound too.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../../../main/store/backup/backup-files';
import { openServices } from '../../../../main/services';
import { docWith, tempDir } from '../../../helpers/store';
import { bundleStoreFixture, runUntilKilled } from '../../../helpers/killed-child';
import { TEMPLATES_DIR } from '../../../helpers/repo';

const TEMPLATES = TEMPLATES_DIR;
let tmp: ReturnType<typeof tempDir>;
let bundle: string;

beforeAll(async () => {
  tmp = tempDir('duthao-backup-kill-');
  bundle = await bundleStoreFixture('backup-killer', tmp.dir);
});

afterAll(() => tmp.cleanup());

/**
 * Runs the child until it has printed `trigger` (e.g. "start 1") `times` times,
 * then kills it after `delayMs`; resolves with the time from its first
 * "start" line to its first "done" line, if it got that far.
 */
async function runAndKill(args: string[], times: number, delayMs: number, trigger = 'start'): Promise<{ oneRunMs: number | null }> {
  let out = '';
  let armed = false;
  let started: number | null = null;
  let oneRunMs: number | null = null;
  await runUntilKilled(bundle, args, (chunk, child) => {
    out += chunk;
    if (started === null && /^start /m.test(out)) started = performance.now();
    if (oneRunMs === null && started !== null && /^done /m.test(out)) oneRunMs = performance.now() - started;
    if (!armed && (out.match(new RegExp(`^${trigger} `, 'gm')) ?? []).length >= times) {
      armed = true;
      child.kill(delayMs);
    }
  }, 60_000);
  return { oneRunMs };
}

/** A paragraph of about `words` words. */
const bulk = (seed: number, words: number) => Array.from({ length: words }, (_, i) => `từ${(i * 7919 + seed) % 10007}`).join(' ');

/** Fills the data folder with `count` drafts of ~20k words whose titles start with `prefix`. */
function fill(dataDir: string, prefix: string, count: number): void {
  const s = openServices({ dataDir, templatesDir: TEMPLATES, appVersion: 'kill' });
  try {
    for (let i = 0; i < count; i++) {
      const d = s.handlers.createDraft({ templateId: 'blank', title: `${prefix} ${i}` }) as { id: string };
      s.handlers.saveDraft({ id: d.id, doc: docWith(...Array.from({ length: 40 }, (_, k) => bulk(i * 100 + k, 500))) as never });
    }
  } finally {
    s.close();
  }
}

function titles(dataDir: string): string[] {
  const db = new Database(join(dataDir, 'duthao.db'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare<[], { title: string }>('SELECT title FROM drafts ORDER BY title').all().map((r) => r.title);
  } finally {
    db.close();
  }
}

function soundBackups(dataDir: string): void {
  for (const b of listBackups(backupsDir(dataDir))) {
    const db = new Database(b.path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true }), b.fileName).toBe('ok');
    db.close();
  }
}

describe('SIGKILL during backup or restore', () => {
  it('never leaves a broken backup file or database when a backup is killed', { timeout: 180_000 }, async () => {
    const dataDir = join(tmp.dir, 'backup');
    fill(dataDir, 'Dự thảo', 12);
    const before = titles(dataDir);
    for (const delay of [5, 40, 120]) {
      await runAndKill(['backup', dataDir, TEMPLATES], 1, delay);
      expect(titles(dataDir)).toEqual(before);
      soundBackups(dataDir);
    }
  });

  it('leaves the old data or the backup, whole, when a restore is killed', { timeout: 240_000 }, async () => {
    const dataDir = join(tmp.dir, 'restore');
    fill(dataDir, 'Cũ', 12);
    const s = openServices({ dataDir, templatesDir: TEMPLATES, appVersion: 'kill' });
    const backup = (await s.handlers.createBackup({})) as { fileName: string };
    s.close();
    const old = titles(dataDir);
    // One full restore, to learn how long it takes here; then kills spread over that time.
    fill(dataDir, 'Mới', 2);
    const { oneRunMs } = await runAndKill(['restore', dataDir, TEMPLATES, backup.fileName], 1, 0, 'done');
    expect(titles(dataDir)).toEqual(old);
    const span = oneRunMs ?? 500;
    for (const share of [0.1, 0.4, 0.6, 0.75, 0.9, 0.97]) {
      fill(dataDir, 'Mới', 2);
      const changed = titles(dataDir);
      await runAndKill(['restore', dataDir, TEMPLATES, backup.fileName], 1, Math.round(span * share));
      const now = titles(dataDir);
      expect([JSON.stringify(old), JSON.stringify(changed)]).toContain(JSON.stringify(now));
      soundBackups(dataDir);
      // The services open it without moving anything aside.
      const again = openServices({ dataDir, templatesDir: TEMPLATES, appVersion: 'kill' });
      expect(again.info.movedAsideDatabase).toBeNull();
      again.close();
    }
  });
});
