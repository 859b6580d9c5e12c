/**
 * Review-copy merge benchmark: merging a returned .duthao with 1,000 and
 * 10,000 new threads into its draft through the API (read + check + merge +
 * one transaction), against JSON.parse of the same file in the same process.
 * The 10k/1k ratio shows whether the work grows linearly (≈10×) or worse.
 * Run: `npm run bench -- review-merge`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch } from '../main/api/dispatch';
import { packReviewCopy } from '../main/file-formats/review-copy/review-copy';
import { createServices } from '../main/services';
import { openDatabase } from '../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../main/store/sqlite/sqlite-draft-store';
import { bigReviewCopy } from './lib/review-copy-gen';

const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function measure(threads: number): Promise<{ merge: number; parse: number; rssMb: number }> {
  const { original, copy } = bigReviewCopy('bench-draft', threads);
  const file = Buffer.from(packReviewCopy(copy)).toString('base64');
  const merges: number[] = [];
  const parses: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-merge-'));
    const store = new SqliteDraftStore(openDatabase(join(dir, 'duthao.db')).db);
    const services = createServices(store, {
      templatesDir: join(__dirname, '../../templates'),
      info: { version: 'bench', dataDir: dir, databasePath: join(dir, 'duthao.db'), movedAsideDatabase: null },
      indexDelayMs: 3_600_000,
    });
    store.insertDraft({ id: 'bench-draft', title: 'Báo cáo', templateId: 'blank', templateTitle: 'Văn bản trống', profile: 'dang', docJson: JSON.stringify(original), now: new Date().toISOString() });
    const dispatch = createDispatch(services.handlers);
    const p0 = performance.now();
    JSON.parse(Buffer.from(file, 'base64').toString('utf8'));
    parses.push(performance.now() - p0);
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const r = await dispatch('mergeReviewCopy', { draftId: 'bench-draft', file });
    merges.push(performance.now() - t0);
    rss = Math.max(rss, process.memoryUsage().rss - before);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const added = (r.value as { addedThreads: unknown[] }).addedThreads.length;
    if (added !== threads) throw new Error(`added ${added} of ${threads}`);
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { merge: median(merges), parse: median(parses), rssMb: rss / (1024 * 1024) };
}

async function main(): Promise<void> {
  const small = await measure(1_000);
  const big = await measure(10_000);
  for (const [n, m] of [[1_000, small], [10_000, big]] as const) {
    console.log(
      `merge ${n.toLocaleString('en').padStart(6)} threads: median ${m.merge.toFixed(0).padStart(7)} ms   baseline JSON.parse ${m.parse.toFixed(1).padStart(6)} ms   ratio ${(m.merge / m.parse).toFixed(0)}×   RSS +${m.rssMb.toFixed(0)} MB`,
    );
  }
  console.log(`growth 10k/1k: ${(big.merge / small.merge).toFixed(1)}× (linear ≈ 10×)`);
}

void main();
