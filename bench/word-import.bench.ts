/**
 * Word-comment import of a big .docx (about 20 MB) through the API, and how
 * long it keeps other API calls waiting: a timer ticks every 5 ms and a
 * `listDrafts` call is made every 50 ms during the import; the bench reports
 * the import's duration, the longest gap between ticks (the event loop
 * blocked) and the slowest concurrent call. Baseline: fflate's `unzipSync`
 * of the same file (raw inflate, no parsing) in the same process.
 * Run: `npm run bench -- word-import`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { createDispatch } from '../main/api/dispatch';
import { createServices } from '../main/services';
import { openDatabase } from '../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../main/store/sqlite/sqlite-draft-store';
import { bigDocx } from './lib/big-docx';

const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const { bytes, firstParagraphs } = bigDocx(110_000, 50);
  const file = Buffer.from(bytes).toString('base64');
  console.log(`.docx ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${firstParagraphs.length} comments`);
  const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-import-'));
  const store = new SqliteDraftStore(openDatabase(join(dir, 'duthao.db')).db);
  const services = createServices(store, {
    templatesDir: join(__dirname, '../../templates'),
    info: { version: 'bench', dataDir: dir, databasePath: join(dir, 'duthao.db'), movedAsideDatabase: null },
    indexDelayMs: 3_600_000,
  });
  const dispatch = createDispatch(services.handlers);
  const imports: number[] = [];
  const stalls: number[] = [];
  const calls: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const id = `d${run}`;
    const doc = {
      type: 'doc',
      content: [
        { type: 'header', attrs: { profile: 'dang' } },
        { type: 'documentTitle' },
        { type: 'body', content: firstParagraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
        { type: 'closing' },
      ],
    };
    store.insertDraft({ id, title: 'Báo cáo', templateId: 'blank', templateTitle: 'Văn bản trống', profile: 'dang', docJson: JSON.stringify(doc), now: new Date().toISOString() });
    const b0 = performance.now();
    unzipSync(bytes);
    baselines.push(performance.now() - b0);

    let last = performance.now();
    let maxGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 5);
    let slowest = 0;
    const caller = setInterval(() => {
      const c0 = performance.now();
      void dispatch('listDrafts', {}).then(() => (slowest = Math.max(slowest, performance.now() - c0)));
    }, 50);
    const t0 = performance.now();
    const r = await dispatch('importWordComments', { draftId: id, file });
    imports.push(performance.now() - t0);
    clearInterval(ticker);
    clearInterval(caller);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const added = (r.value as { addedThreads: unknown[] }).addedThreads.length;
    if (added !== firstParagraphs.length) throw new Error(`added ${added}`);
    stalls.push(maxGap);
    calls.push(slowest);
  }
  services.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`import via API: median ${median(imports).toFixed(0)} ms   baseline unzipSync ${median(baselines).toFixed(0)} ms   ratio ${(median(imports) / median(baselines)).toFixed(1)}×`);
  console.log(`event loop blocked at most: median ${median(stalls).toFixed(0)} ms (max ${Math.max(...stalls).toFixed(0)} ms); slowest listDrafts during import: median ${median(calls).toFixed(0)} ms`);
}

void main();
