/**
 * Versions and backups benchmark. Run: `npm run bench -- versions`.
 * - Compare: `diffDocuments` of a 10,000- and a 100,000-word draft with 1%
 *   of the words changed (target < 1 s), against jsdiff's plain `diffWords`
 *   of the two plain texts in the same process.
 * - Storage: bytes of 30 versions of a 100,000-word draft (each ~1% changed
 *   from the one before), against the raw JSON.
 * - Backup: the online backup (`db.backup()`) of a ~250 MB database, against
 *   a raw file copy in the same process; and the longest event-loop stall
 *   during the backup (what a save waits at most meanwhile).
 */
import Database from 'better-sqlite3';
import { diffWords } from 'diff';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentPlainText } from '../common/document/plain-text';
import type { DocJSON, NodeJSON } from '../common/document/types';
import { diffDocuments } from '../common/versions/diff';
import { backupDatabase } from '../main/store/backup/create-backup';
import { createServices } from '../main/services';
import { openDatabase } from '../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../main/store/sqlite/sqlite-draft-store';
import { generateReportDoc, generateWords, seededRandom } from './lib/vietnamese-text';

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;

/** The document with `share` of its body words replaced by other words (seeded). */
function changeWords(doc: DocJSON, share: number, seed: number): DocJSON {
  const rnd = seededRandom(seed);
  const replacement = generateWords(2000, seed + 1);
  let k = 0;
  const edit = (n: NodeJSON): NodeJSON => {
    if (typeof n.text === 'string') {
      const words = n.text.split(' ').map((w) => (rnd() < share ? replacement[k++ % replacement.length]! : w));
      return { ...n, text: words.join(' ') };
    }
    return n.content ? { ...n, content: n.content.map(edit) } : n;
  };
  return { ...doc, content: doc.content!.map((n) => (n.type === 'body' ? edit(n) : n)) } as DocJSON;
}

async function time<T>(fn: () => T | Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function benchDiff(words: number, runs: number): Promise<void> {
  const a = generateReportDoc(words, 7);
  const b = changeWords(a, 0.01, 11);
  const ta = documentPlainText(a);
  const tb = documentPlainText(b);
  for (let i = 0; i < 2; i++) diffDocuments(a, b);
  const ours: number[] = [];
  for (let i = 0; i < runs; i++) ours.push(await time(() => diffDocuments(a, b)));
  const base: number[] = [];
  // jsdiff's word diff over the whole text is the baseline (capped at 60 s a run).
  for (let i = 0; i < Math.min(runs, 3); i++) base.push(await time(() => diffWords(ta, tb, { timeout: 60_000 })));
  const out = diffDocuments(a, b);
  const m = median(ours);
  console.log(
    `diff ${words.toLocaleString('en')} words, 1% changed: median ${ms(m)} (${m < 1000 ? 'ok, < 1 s' : 'OVER 1 s'}); ` +
      `baseline diffWords of the plain texts ${ms(median(base))}; ratio ${(m / median(base)).toFixed(3)}; ` +
      `${out.stats.changed} blocks changed of ${out.blocks.length}`,
  );
}

async function benchStorage(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-versions-'));
  try {
    const opened = openDatabase(join(dir, 'duthao.db'));
    const store = new SqliteDraftStore(opened.db);
    const services = createServices(store, {
      templatesDir: join(process.cwd(), 'templates'),
      info: { version: 'bench', dataDir: dir, databasePath: join(dir, 'duthao.db'), movedAsideDatabase: null },
      indexDelayMs: 60_000,
    });
    const h = services.handlers;
    const draft = (await h.createDraft({ templateId: 'blank' })) as { id: string };
    let doc = generateReportDoc(100_000, 3);
    let rawBytes = 0;
    const saveTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      doc = changeWords(doc, 0.01, 100 + i);
      await h.saveDraft({ id: draft.id, doc: doc as never });
      rawBytes += Buffer.byteLength(JSON.stringify(doc));
      saveTimes.push(await time(() => h.saveVersion({ draftId: draft.id, label: `lần ${i + 1}` })));
    }
    const list = (await h.listVersions({ draftId: draft.id })) as { storedBytes: number }[];
    const stored = list.reduce((s, v) => s + v.storedBytes, 0);
    console.log(
      `storage: 30 versions of a 100,000-word draft take ${mb(stored)} (${mb(stored / 30)} each) vs ${mb(rawBytes)} of raw JSON ` +
        `(ratio ${(stored / rawBytes).toFixed(3)}); saving a version: median ${ms(median(saveTimes))}`,
    );
    services.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchBackup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-backup-'));
  try {
    const path = join(dir, 'duthao.db');
    const { db } = openDatabase(path);
    // ~250 MB: drafts of a 60,000-word document, inserted directly (the search index is left dirty).
    const insert = db.prepare(
      `INSERT INTO drafts (id, title, template_id, template_title, profile, created_at, updated_at, doc_json)
       VALUES (?, ?, 'blank', 'Trống', 'dang', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?)`,
    );
    const base = JSON.stringify(generateReportDoc(60_000, 5));
    const drafts = Math.ceil((250 * 1024 * 1024) / Buffer.byteLength(base));
    db.transaction(() => {
      for (let i = 0; i < drafts; i++) insert.run(`d${i}`, `Dự thảo ${i}`, base.replace('THÀNH ỦY', `THÀNH ỦY ${i}`));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(path).size;
    const copies: number[] = [];
    const backups: number[] = [];
    let worstStall = 0;
    for (let i = 0; i < 3; i++) {
      copies.push(await time(() => copyFileSync(path, join(dir, `copy-${i}.db`))));
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        worstStall = Math.max(worstStall, now - last);
        last = now;
      }, 5);
      backups.push(await time(() => backupDatabase(db, { dir: join(dir, 'backups'), reason: 'manual', now: new Date(Date.now() + i), keep: 1 })));
      clearInterval(timer);
    }
    console.log(
      `backup of a ${mb(size)} database: online backup median ${ms(median(backups))}; baseline raw file copy ${ms(median(copies))}; ` +
        `ratio ${(median(backups) / median(copies)).toFixed(2)}; longest event-loop stall during backup ${ms(worstStall)}`,
    );
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await benchDiff(10_000, 11);
  await benchDiff(100_000, 7);
  await benchStorage();
  await benchBackup();
}

void main();
