/**
 * Typing benchmark (`npm run bench -- typing`): in Chromium, the time from a
 * keydown to the editor having updated the DOM, median and p95, for drafts of
 * 10,000, 100,000 and 170,000 words, on (a) a bare ProseMirror editor, (b)
 * the DuThao editor with its UI, and (c) the DuThao editor with
 * `content-visibility: auto` on top-level blocks, and (d) the bare editor
 * with the same containment, and (e) the shipped DuThao editor (c) typing
 * in suggestion mode (every key becomes a signed suggested insertion; target
 * p95 ≤ 1.3 × (c), docs/suggestions.md) — interleaved, a fresh tab
 * per measurement. Also the time to open a 100k-word draft to painted.
 *
 * The bench pages (bench/pages) are built with Vite's JS API and served from
 * an in-process HTTP server on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

/** The repository root: the nearest folder above this script (or the cwd) holding bench/pages. */
function findRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, 'bench', 'pages', 'ours.html'))) return dir;
      const up = resolve(dir, '..');
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('bench/pages not found: run from the repository');
}

const ROOT = findRoot();
const PAGES = join(ROOT, 'bench', 'pages');
/** Sizes in words; `BENCH_WORDS=10000,100000` overrides (for a quick look). */
const SIZES: readonly number[] = process.env.BENCH_WORDS ? process.env.BENCH_WORDS.split(',').map(Number) : [10_000, 100_000, 170_000];
const WARMUP = 20;
/** Timed keystrokes per tab; each variant gets ROUNDS tabs per size. */
const TIMED_PER_TAB = Number(process.env.BENCH_KEYS ?? 100);
const ROUNDS = 2;
const OPEN_RUNS = 3;
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface Variant {
  readonly id: 'bare' | 'ours' | 'contain' | 'bare-contain' | 'suggest';
  readonly label: string;
  readonly page: string;
  readonly query: string;
}

/** `BENCH_VARIANTS=contain,suggest` measures only those (and the bare baseline). */
const VARIANTS: readonly Variant[] = ([
  { id: 'bare', label: '(a) bare ProseMirror', page: 'bare.html', query: '' },
  { id: 'ours', label: '(b) DuThao', page: 'ours.html', query: '' },
  { id: 'contain', label: '(c) DuThao + content-visibility', page: 'ours.html', query: '&contain=1' },
  { id: 'bare-contain', label: '(d) bare + content-visibility', page: 'bare.html', query: '&contain=1' },
  { id: 'suggest', label: '(e) DuThao (c) in suggestion mode', page: 'ours.html', query: '&contain=1&suggest=1' },
] as const satisfies readonly Variant[]).filter((v) => !process.env.BENCH_VARIANTS || process.env.BENCH_VARIANTS.split(',').includes(v.id) || v.id === 'bare');

/** Builds the bench pages into a temporary folder with Vite. */
async function buildPages(outDir: string): Promise<void> {
  // Loaded by a computed name so the bundler leaves Vite (ESM, native parts) to Node.
  const viteName = 'vite';
  const reactName = '@vitejs/plugin-react';
  const vite = (await import(viteName)) as typeof import('vite');
  const react = ((await import(reactName)) as { default: () => import('vite').PluginOption }).default;
  await vite.build({
    configFile: false,
    root: PAGES,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      chunkSizeWarningLimit: 4096,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rollupOptions: { input: { bare: join(PAGES, 'bare.html'), ours: join(PAGES, 'ours.html') } },
    },
  });
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.map': 'application/json' };

/** Serves the built pages on 127.0.0.1 at a random port. */
function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

interface Result {
  median: number;
  p95: number;
  n: number;
}

function summarise(samples: readonly number[]): Result {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), n: s.length };
}

const KEYS = ['a', 'n', 'h', 'Space', 'c', 'o', 'Space'];

/** One fresh tab: open the page, type warm-up and timed keys in the middle of the document. */
async function measureTab(browser: Browser, url: string, timed: number): Promise<{ samples: number[]; openMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('404')) errors.push(m.text());
  });
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => window.__bench !== undefined, undefined, { timeout: Number(process.env.BENCH_OPEN_TIMEOUT ?? 60_000), polling: 100 })
      .catch((e: Error) => {
        throw new Error(`${url} did not open: ${e.message}\n${errors.join('\n')}`);
      });
    const openMs = await page.evaluate(() => window.__bench!.openMs);
    await page.evaluate(() => window.__bench!.placeCaret());
    const before = await page.evaluate(() => window.__bench!.caretBlockText());
    for (let i = 0; i < WARMUP + timed; i++) {
      await page.keyboard.press(KEYS[i % KEYS.length]!);
      await page.evaluate((n) => window.__bench!.waitFor(n), i + 1);
    }
    const after = await page.evaluate(() => window.__bench!.caretBlockText());
    if (after.length !== before.length + WARMUP + timed) throw new Error(`typing did not land in the document (${before.length} → ${after.length} characters)`);
    const all = await page.evaluate(() => window.__bench!.samples);
    if (errors.length) throw new Error(errors.join('\n'));
    return { samples: all.slice(WARMUP), openMs };
  } finally {
    await context.close();
  }
}

/** Time to open a draft to painted, median of OPEN_RUNS fresh tabs. */
async function measureOpen(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(url);
      await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 60_000, polling: 50 });
      times.push(await page.evaluate(() => window.__bench!.openMs));
    } finally {
      await context.close();
    }
  }
  return summarise(times).median;
}

const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '—');

async function main(): Promise<void> {
  const started = Date.now();
  const out = mkdtempSync(join(tmpdir(), 'duthao-bench-pages-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    await buildPages(out);
    const served = await serve(out);
    server = served.server;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
    const samples = new Map<string, number[]>();
    const opens = new Map<string, number[]>();
    for (const words of SIZES) {
      for (let round = 0; round < ROUNDS; round++) {
        for (const v of VARIANTS) {
          const url = `${served.base}${v.page}?words=${words}${v.query}`;
          const r = await measureTab(browser, url, TIMED_PER_TAB);
          const key = `${v.id}:${words}`;
          samples.set(key, [...(samples.get(key) ?? []), ...r.samples]);
          opens.set(key, [...(opens.get(key) ?? []), r.openMs]);
        }
      }
      process.stdout.write(`  ${words.toLocaleString('en')} words measured (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    const open100k = new Map<string, number>();
    for (const v of VARIANTS) open100k.set(v.id, await measureOpen(browser, `${served.base}${v.page}?words=100000${v.query}`));

    console.log(`\nKeydown → DOM updated, ms (Chromium headless, ${WARMUP} warm-up + ${ROUNDS} × ${TIMED_PER_TAB} timed keys in the middle of the document, ${ROUNDS} fresh tabs per variant)`);
    console.log('| words | variant | median | p95 | ratio p95 vs bare | open (ms) |');
    console.log('|---:|---|---:|---:|---:|---:|');
    const p95s = new Map<string, number>();
    const overRatio = new Set<string>();
    for (const words of SIZES) {
      const bare = summarise(samples.get(`bare:${words}`) ?? []);
      for (const v of VARIANTS) {
        const r = summarise(samples.get(`${v.id}:${words}`) ?? []);
        p95s.set(`${v.id}:${words}`, r.p95);
        const ratio = r.p95 / bare.p95;
        if ((v.id === 'ours' || v.id === 'contain') && ratio > 1.2) overRatio.add(v.id);
        const open = summarise(opens.get(`${v.id}:${words}`) ?? []).median;
        console.log(`| ${words.toLocaleString('en')} | ${v.label} | ${fmt(r.median)} | ${fmt(r.p95)} | ${v.id === 'bare' ? '1.00' : fmt(ratio)} | ${fmt(open, 0)} |`);
      }
    }
    console.log('\nOpen a 100,000-word draft to painted (median of 3 fresh tabs, target < 500 ms):');
    for (const v of VARIANTS) console.log(`  ${v.label}: ${fmt(open100k.get(v.id)!, 0)} ms`);
    console.log(`\nFlatness (p95 at ${SIZES[SIZES.length - 1]!.toLocaleString('en')} − p95 at ${SIZES[0]!.toLocaleString('en')} words, stretch target ≤ 3 ms):`);
    for (const v of VARIANTS) console.log(`  ${v.label}: ${fmt((p95s.get(`${v.id}:${SIZES[SIZES.length - 1]}`) ?? NaN) - (p95s.get(`${v.id}:${SIZES[0]}`) ?? NaN))} ms`);
    for (const id of (['contain', 'ours'] as const).filter((id) => VARIANTS.some((v) => v.id === id))) {
      const label = id === 'contain' ? 'DuThao as shipped (c, EditorChrome contains off-screen blocks)' : 'DuThao without containment (b)';
      console.log(`Targets, ${label}: p95 ≤ 1.2 × bare at every size: ${overRatio.has(id) ? 'NOT MET' : 'met'}; open 100k < 500 ms: ${open100k.get(id)! < 500 ? 'met' : 'NOT MET'}`);
    }
    for (const words of SIZES) {
      const ratio = (p95s.get(`suggest:${words}`) ?? NaN) / (p95s.get(`contain:${words}`) ?? NaN);
      console.log(`Suggestion mode at ${words.toLocaleString('en')} words: p95 ${fmt(ratio)} × normal typing (c); target ≤ 1.3: ${ratio <= 1.3 ? 'met' : 'NOT MET'}`);
    }
    console.log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser?.close();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
