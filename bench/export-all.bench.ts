/**
 * "Xuất tất cả dự thảo" benchmark: 40 drafts of ≈ 3,000 words (≈ 5 pages)
 * each, exported as one job into a .zip (web host) through the services'
 * handlers — start, poll every 50 ms until done, download — against a
 * baseline in the same process: the same 40 `exportDocumentDocx` calls one
 * after another (the least work an export of everything can do). Also the
 * longest event-loop stall seen during the job (how long a progress poll or
 * a save may wait). Prints medians and the ratio job / baseline.
 * Run: `npm run bench -- export-all`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers } from '../main/api/handlers';
import { openServices } from '../main/services/open-services';
import { generateReportDoc } from './lib/vietnamese-text';

const DRAFTS = 40;
const WORDS = 3_000;
const RUNS = 5;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function job(h: ApiHandlers): Promise<{ ms: number; stall: number; bytes: number }> {
  let last = performance.now();
  let stall = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 5);
    last = now;
  }, 5);
  const t0 = performance.now();
  const started = (await h.exportAllStart({}))!;
  let p = started;
  while (p.state === 'running') {
    await new Promise((r) => setTimeout(r, 50));
    p = await h.exportAllProgress({ jobId: started.jobId });
  }
  const zip = await h.exportAllDownload({ jobId: started.jobId });
  const ms = performance.now() - t0;
  clearInterval(probe);
  if (p.state !== 'done' || p.files.length !== DRAFTS) throw new Error(`job ended ${p.state} with ${p.files.length} files`);
  return { ms, stall, bytes: zip.bytes };
}

async function baseline(h: ApiHandlers, ids: readonly string[]): Promise<number> {
  const t0 = performance.now();
  for (const id of ids) {
    const d = await h.getDraft({ id });
    await h.exportDocumentDocx({ doc: d.doc as never, variant: 'final' });
  }
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-export-all-'));
  const services = openServices({ dataDir: dir, templatesDir: join(process.cwd(), 'templates'), appVersion: 'bench' });
  try {
    const h = services.handlers;
    const ids: string[] = [];
    for (let i = 0; i < DRAFTS; i++) {
      const d = await h.createDraft({ templateId: 'blank', title: `Báo cáo số ${i + 1}` });
      await h.saveDraft({ id: d.id, doc: generateReportDoc(WORDS, i + 1) as never });
      ids.push(d.id);
    }
    await job(h);
    await baseline(h, ids);
    const jobs: number[] = [];
    const stalls: number[] = [];
    const bases: number[] = [];
    let bytes = 0;
    for (let r = 0; r < RUNS; r++) {
      bases.push(await baseline(h, ids));
      const j = await job(h);
      jobs.push(j.ms);
      stalls.push(j.stall);
      bytes = j.bytes;
    }
    const jm = median(jobs);
    const bm = median(bases);
    console.log(`${DRAFTS} drafts × ${WORDS} words → .zip of ${(bytes / 1e6).toFixed(2)} MB`);
    console.log(`export-all job (start, poll 50 ms, download): median ${jm.toFixed(0)} ms (${(jm / DRAFTS).toFixed(0)} ms per draft)`);
    console.log(`baseline (${DRAFTS} exportDocumentDocx in a row): median ${bm.toFixed(0)} ms`);
    console.log(`ratio job / baseline: ${(jm / bm).toFixed(2)}`);
    console.log(`longest event-loop stall during the job: median ${median(stalls).toFixed(0)} ms, max ${Math.max(...stalls).toFixed(0)} ms`);
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
