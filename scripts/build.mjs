// Builds everything the app runs from source:
//   dist/main/*.cjs  — Node/Electron side, bundled by esbuild (fast, one file per entry)
//   dist/renderer/   — the React UI, bundled by Vite
// Usage: node scripts/build.mjs [--main-only]
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildNotices } from './licence-notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mainOnly = process.argv.includes('--main-only');

/** Entry points of the Node/Electron side; `electron` and native modules stay external. */
export const mainEntries = {
  'electron-main': 'main/electron/main.ts',
  preload: 'main/electron/preload.ts',
  cli: 'main/cli/main.ts',
  'web-host': 'main/web/main.ts',
  // Word import runs in a worker thread started by the three entries above (main/file-formats/docx-import/worker/).
  'docx-import-worker': 'main/file-formats/docx-import/worker/worker-entry.ts',
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

/** Builds dist/main; returns the source paths esbuild bundled (for the licence notices). */
export async function buildMain() {
  const result = await esbuild({ ...nodeBundleOptions(mainEntries, 'dist/main'), metafile: true });
  return Object.keys(result.metafile.inputs);
}

/** Builds dist/renderer; returns the module ids Vite bundled (for the licence notices). */
export async function buildRenderer() {
  const result = await viteBuild({ configFile: join(root, 'renderer/vite.config.mts'), logLevel: 'warn' });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => ('output' in o ? o.output : [])).flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : []));
}

/** The notices file served with the UI (and so shipped in app.asar). */
export const NOTICES_FILE = 'dist/renderer/third-party-notices.txt';
/** The list of shipped packages (name@version), for tests. */
export const PACKAGES_FILE = 'dist/third-party-packages.json';

/** Writes the third-party licence notices for the modules of both bundles. */
export function writeNotices(modulePaths) {
  const { text, packages } = buildNotices(root, modulePaths);
  mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(root, NOTICES_FILE), text);
  writeFileSync(join(root, PACKAGES_FILE), JSON.stringify(packages, null, 2) + '\n');
}

/** Builds dist/main and dist/renderer and writes the licence notices. */
export async function buildAll() {
  const mainModules = await buildMain();
  writeNotices([...mainModules, ...(await buildRenderer())]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  if (mainOnly) await buildMain();
  else await buildAll();
  console.log(`Build: ok (${Date.now() - t0} ms)`);
}
