/**
 * Word import of big .docx files through the API, and how long it keeps
 * other API calls waiting: a timer ticks every 5 ms and a `listDrafts` call
 * is made every 50 ms during the import; the bench reports the import's
 * duration, the longest gap between ticks (the event loop blocked) and the
 * slowest concurrent call. Two imports: the Word comments of a 12 MB .docx
 * (72 MB of XML) into a draft, and "Nhập từ Word" of a 10,000-paragraph
 * .docx as a new draft. Each is run with the file read in the Word-import
 * worker (as the apps do, `dist/main/docx-import-worker.cjs`, built by
 * `npm run bench`) and, as the baseline, in the services' own thread.
 * Reference: fflate's `unzipSync` of the 12 MB file (raw inflate) in the same process.
 * Run: `npm run bench -- word-import`. Target: event loop blocked ≤ 50 ms with the worker.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { createDispatch } from '../main/api/dispatch';
import { DOCX_WORKER_FILE, inProcessDocxReader, type DocxReader } from '../main/file-formats/docx-import/worker/docx-reader';
import { workerDocxReader } from '../main/file-formats/docx-import/worker/worker-reader';
import { createServices } from '../main/services';
import { openDatabase } from '../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../main/store/sqlite/sqlite-draft-store';
import { bigDocx } from './lib/big-docx';
import { watchEventLoop } from './lib/event-loop';

const RUNS = 3;
const STALL_TARGET_MS = 50;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Measured {
  readonly durations: number[];
  readonly stalls: number[];
  readonly calls: number[];
}

/** Runs `call` RUNS times while ticking and calling listDrafts; what it measured. */
async function measure(dispatch: ReturnType<typeof createDispatch>, call: (run: number) => Promise<void>): Promise<Measured> {
  const out: Measured = { durations: [], stalls: [], calls: [] };
  for (let run = 0; run < RUNS; run++) {
    const loop = watchEventLoop(5);
    let slowest = 0;
    const caller = setInterval(() => {
      const c0 = performance.now();
      void dispatch('listDrafts', {}).then(() => (slowest = Math.max(slowest, performance.now() - c0)));
    }, 50);
    const t0 = performance.now();
    await call(run);
    out.durations.push(performance.now() - t0);
    clearInterval(caller);
    out.stalls.push(loop.stop());
    out.calls.push(slowest);
  }
  return out;
}

function print(label: string, m: Measured): void {
  const stall = median(m.stalls);
  console.log(
    `${label.padEnd(44)} import median ${median(m.durations).toFixed(0).padStart(6)} ms   event loop blocked at most: median ${stall.toFixed(0).padStart(4)} ms (max ${Math.max(...m.stalls).toFixed(0)} ms)   slowest listDrafts: median ${median(m.calls).toFixed(0)} ms`,
  );
}

async function main(): Promise<void> {
  const script = join(__dirname, '../main', DOCX_WORKER_FILE);
  if (!existsSync(script)) throw new Error(`no bundled worker at ${script}: run \`npm run bench\` (it builds dist/main first)`);
  const big = bigDocx(110_000, 50);
  const comments = Buffer.from(big.bytes).toString('base64');
  const medium = bigDocx(10_000, 0);
  const document = Buffer.from(medium.bytes).toString('base64');
  console.log(`comments: .docx ${(big.bytes.length / 1024 / 1024).toFixed(1)} MB, ${big.firstParagraphs.length} comments; document: .docx ${(medium.bytes.length / 1024 / 1024).toFixed(1)} MB, 10,000 paragraphs`);
  const baselines: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b0 = performance.now();
    unzipSync(big.bytes);
    baselines.push(performance.now() - b0);
  }
  const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-import-'));
  const results: Array<[string, Measured]> = [];
  try {
    for (const [mode, reader] of [
      ['worker', workerDocxReader({ script })],
      ['this thread', inProcessDocxReader],
    ] as Array<[string, DocxReader]>) {
      const path = join(dir, `${mode.replace(' ', '-')}.db`);
      const store = new SqliteDraftStore(openDatabase(path).db);
      const services = createServices(store, {
        templatesDir: join(__dirname, '../../templates'),
        info: { version: 'bench', dataDir: dir, databasePath: path, movedAsideDatabase: null },
        indexDelayMs: 3_600_000,
        docxReader: reader,
      });
      const dispatch = createDispatch(services.handlers);
      const doc = {
        type: 'doc',
        content: [
          { type: 'header', attrs: { profile: 'dang' } },
          { type: 'documentTitle' },
          { type: 'body', content: big.firstParagraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
          { type: 'closing' },
        ],
      };
      results.push([
        `Word comments, ${mode}`,
        await measure(dispatch, async (run) => {
          const id = `d${run}`;
          store.insertDraft({ id, title: 'Báo cáo', templateId: 'blank', templateTitle: 'Văn bản trống', profile: 'dang', docJson: JSON.stringify(doc), now: new Date().toISOString() });
          const r = await dispatch('importWordComments', { draftId: id, file: comments });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          const added = (r.value as { addedThreads: unknown[] }).addedThreads.length;
          if (added !== big.firstParagraphs.length) throw new Error(`added ${added}`);
        }),
      ]);
      results.push([
        `Nhập từ Word (new draft), ${mode}`,
        await measure(dispatch, async () => {
          const r = await dispatch('importWordDocument', { file: document });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
        }),
      ]);
      services.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`baseline unzipSync of the 12 MB file: median ${median(baselines).toFixed(0)} ms`);
  for (const [label, m] of results) print(label, m);
  const worst = Math.max(...results.filter(([l]) => l.endsWith('worker')).map(([, m]) => median(m.stalls)));
  console.log(`with the worker, event loop blocked at most ${worst.toFixed(0)} ms (median of ${RUNS} runs, worst import): ${worst <= STALL_TARGET_MS ? 'ok' : 'OVER TARGET'} (≤ ${STALL_TARGET_MS} ms)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
