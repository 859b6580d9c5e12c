// Builds everything the app runs from source:
//   dist/main/*.cjs  — Node/Electron side, bundled by esbuild (fast, one file per entry)
//   dist/renderer/   — the React UI, bundled by Vite
// Usage: node scripts/build.mjs [--main-only]
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mainOnly = process.argv.includes('--main-only');

/** Entry points of the Node/Electron side; `electron` and native modules stay external. */
export const mainEntries = {
  'electron-main': 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  cli: 'main/cli/main.ts',
  'web-host': 'main/web/main.ts',
};

/** esbuild options for a Node bundle (one .cjs per entry); `electron` and native modules stay external. */
export function nodeBundleOptions(entryPoints, outdir, external = []) {
  return {
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: true,
    external: ['electron', 'better-sqlite3', ...external],
    logLevel: 'warning',
  };
}

export async function buildMain() {
  await esbuild(nodeBundleOptions(mainEntries, 'dist/main'));
}

export async function buildRenderer() {
  await viteBuild({ configFile: join(root, 'renderer/vite.config.mts'), logLevel: 'warn' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  await buildMain();
  if (!mainOnly) await buildRenderer();
  console.log(`Build: ok (${Date.now() - t0} ms)`);
}
