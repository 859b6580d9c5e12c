/**
 * How long the web host's event loop is blocked by the largest request
 * bodies the API accepts: a Word upload at the size limit (30 M base64
 * characters, ~32 MB of JSON: read, JSON.parse, zod's base64 check; the
 * call then fails fast on an unknown draft, so no import runs) and the save
 * of a 100,000-word draft (read, JSON.parse, zod, the document check,
 * SQLite). The client runs in a worker thread, so the main thread does only
 * what the web host does. A timer ticks every 2 ms on the main thread; the
 * longest gap is the stall. Baseline in the same process: one copy of the
 * body's bytes (`Buffer.from`), the least any handling of it costs.
 * Run: `npm run bench -- request-body`. Target: stall ≤ 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../common/api/http';
import { createDispatch } from '../main/api/dispatch';
import { createServices } from '../main/services';
import { openDatabase } from '../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../main/store/sqlite/sqlite-draft-store';
import { startWebHost } from '../main/web/server';
import { watchEventLoop } from './lib/event-loop';
import { generateReportDoc } from './lib/vietnamese-text';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Posts `body` to `url` from a worker thread; resolves with the HTTP status. */
function postFromWorker(url: string, token: string, body: string): Promise<number> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    fetch(workerData.url, { method: 'POST', headers: { 'content-type': 'application/json', [workerData.header]: workerData.token }, body: workerData.body })
      .then(async (r) => { await r.text(); parentPort.postMessage(r.status); }, (e) => parentPort.postMessage(String(e)));`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { url, token, header: TOKEN_HEADER, body } });
    w.once('message', (m: unknown) => {
      void w.terminate();
      typeof m === 'number' ? resolve(m) : reject(new Error(String(m)));
    });
    w.once('error', reject);
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-body-'));
  const path = join(dir, 'duthao.db');
  const store = new SqliteDraftStore(openDatabase(path).db);
  const services = createServices(store, {
    templatesDir: join(__dirname, '../../templates'),
    info: { version: 'bench', dataDir: dir, databasePath: path, movedAsideDatabase: null },
    indexDelayMs: 3_600_000,
  });
  const host = await startWebHost({ dispatch: createDispatch(services.handlers), staticDir: dir });
  const doc = generateReportDoc(100_000, 1);
  store.insertDraft({ id: 'big', title: 'Báo cáo', templateId: 'blank', templateTitle: 'Văn bản trống', profile: 'dang', docJson: JSON.stringify(doc), now: new Date().toISOString() });
  const upload = JSON.stringify({ draftId: 'khong-co', file: 'QUJD'.repeat(30_000_000 / 4) });
  const save = JSON.stringify({ id: 'big', doc });
  try {
    for (const [label, method, body, status] of [
      ['Word upload at the limit (30 M base64 chars)', 'importWordComments', upload, 404],
      ['saveDraft of a 100,000-word draft', 'saveDraft', save, 200],
    ] as const) {
      const stalls: number[] = [];
      const copies: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const c0 = performance.now();
        Buffer.from(body);
        copies.push(performance.now() - c0);
        const loop = watchEventLoop(2);
        const got = await postFromWorker(`${host.url}${API_PATH_PREFIX.replace(/^\//, '')}${method}`, host.token, body);
        const stall = loop.stop();
        if (got !== status) throw new Error(`${method}: HTTP ${got}, expected ${status}`);
        stalls.push(stall);
      }
      console.log(
        `${label.padEnd(46)} body ${(Buffer.byteLength(body) / 1048576).toFixed(1).padStart(5)} MB   stall median ${median(stalls).toFixed(0).padStart(4)} ms (max ${Math.max(...stalls).toFixed(0)} ms)   baseline copy of the body median ${median(copies).toFixed(1)} ms   ratio ${(median(stalls) / median(copies)).toFixed(1)}×`,
      );
    }
  } finally {
    await host.close();
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
