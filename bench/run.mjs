// `npm run bench [-- FILTER…]`: bundles every bench/*.bench.ts with esbuild
// into dist/bench/ and runs each in its own Node process, one after another,
// streaming its output. With FILTER words, runs only the benches whose file
// name contains one of them (e.g. `npm run bench -- storage`).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from '../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const outDir = join(root, 'dist', 'bench');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const all = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const selected = filters.length ? all.filter((f) => filters.some((w) => f.includes(w))) : all;

if (all.length === 0) {
  console.log('Chưa có bài đo nào (no bench/*.bench.ts files).');
  process.exit(0);
}
if (selected.length === 0) {
  console.error(`Lỗi: không có bài đo nào khớp với "${filters.join(' ')}" (no bench matches; available: ${all.join(', ')}).`);
  process.exit(1);
}

const entryPoints = Object.fromEntries(selected.map((f) => [f.replace(/\.ts$/, ''), join(benchDir, f)]));
await build(nodeBundleOptions(entryPoints, outDir, ['playwright-core']));

/** Runs one bundled bench with inherited stdio; resolves to its exit code. */
function runOne(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', join(outDir, file)], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

let failed = 0;
for (const f of selected) {
  const name = f.replace(/\.ts$/, '');
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  const code = await runOne(`${name}.cjs`);
  console.log(`=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s ===`);
  if (code !== 0) failed++;
}
process.exit(failed ? 1 : 0);
