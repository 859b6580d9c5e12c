// Third-party licence notices for what the app ships: every npm package whose
// code is inside the main bundles (esbuild's metafile inputs) or the renderer
// bundle (Vite's module ids), plus the packages shipped as files
// (better-sqlite3, Electron itself) and the bundled fonts. Written by
// scripts/build.mjs to dist/renderer/third-party-notices.txt (served with
// the UI; Trợ giúp → Giới thiệu DuThao opens it) and
// dist/third-party-packages.json (the list, for tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Packages shipped as files next to the bundles rather than inside them. */
export const SHIPPED_AS_FILES = ['better-sqlite3', 'electron'];

/** The package name of a path inside node_modules (last node_modules segment), or null. */
export function packageNameOfPath(path) {
  const parts = path.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0 || i + 1 >= parts.length) return null;
  const first = parts[i + 1];
  if (first.startsWith('@')) return i + 2 < parts.length ? `${first}/${parts[i + 2]}` : null;
  return first;
}

/** The folder of the package a node_modules path belongs to (the nearest one). */
function packageDirOfPath(root, path) {
  const parts = path.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  const n = parts[i + 1].startsWith('@') ? i + 3 : i + 2;
  const rel = parts.slice(0, n).join(sep);
  return rel.startsWith(sep) ? rel : join(root, rel);
}

/** Sorted package folders for the node_modules paths among `paths` (relative to root or absolute). */
export function packageDirsOf(root, paths) {
  const dirs = new Map();
  for (const p of paths) {
    const clean = p.replace(/^\0/, '').replace(/\?.*$/, '');
    if (!packageNameOfPath(clean)) continue;
    const dir = packageDirOfPath(root, clean);
    if (existsSync(join(dir, 'package.json'))) dirs.set(dir, true);
  }
  return [...dirs.keys()];
}

/** The licence text of a package folder: its LICENSE/LICENCE/COPYING file, or null. */
function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : null;
}

/** One package's notice: name, version, licence id, licence text. */
export function packageNotice(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licence = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? 'UNKNOWN';
  return { name: pkg.name, version: pkg.version, licence, text: licenceText(dir) ?? `(${licence}; the package ships no licence file)` };
}

/** The notices file: a header, then one section per package, sorted by name (duplicates by name@version removed). */
export function noticesText(notices, extra = []) {
  const seen = new Set();
  const sections = [];
  for (const n of [...notices].sort((a, b) => a.name.localeCompare(b.name))) {
    const key = `${n.name}@${n.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sections.push(`${'='.repeat(72)}\n${key} — ${n.licence}\n${'='.repeat(72)}\n${n.text}\n`);
  }
  for (const e of extra) sections.push(`${'='.repeat(72)}\n${e.title}\n${'='.repeat(72)}\n${e.text}\n`);
  return `DuThao — giấy phép của phần mềm bên thứ ba / third-party software notices\n\nDuThao includes the following third-party software.\n\n${sections.join('\n')}`;
}

/** Notices for the fonts in assets/fonts (their licence files). */
export function fontNotices(root) {
  const dir = join(root, 'assets', 'fonts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^LICENSE/i.test(f))
    .map((f) => ({ title: `Font: ${f.replace(/^LICENSE-?/i, '').replace(/\.txt$/, '')} (assets/fonts)`, text: readFileSync(join(dir, f), 'utf8').trim() }));
}

/** Builds the notices from the module paths of the bundles; returns { text, packages }. */
export function buildNotices(root, modulePaths) {
  const dirs = packageDirsOf(root, [...modulePaths, ...SHIPPED_AS_FILES.map((n) => join(root, 'node_modules', n, 'package.json'))]);
  const notices = dirs.map(packageNotice);
  const packages = [...new Set(notices.map((n) => `${n.name}@${n.version}`))].sort();
  return { text: noticesText(notices, fontNotices(root)), packages };
}

/** The folder that holds this script's project (for callers outside scripts/). */
export const projectRoot = dirname(dirname(new URL(import.meta.url).pathname));
