// The import check of the layering rules (docs/architecture.md), the part the
// compiler cannot do alone. Every import form is read with TypeScript's own
// parser: `import … from`, `import '…'`, `export … from`, `import x = require()`,
// `require()`, `import()` (string, and template literals by their fixed prefix),
// and `import('…').Type`. For each file it checks
//   - the packages its layer may use (an allowlist; subpaths count: `react-dom/client` is `react-dom`),
//   - the layers it may import (common → common; renderer → common; main → common;
//     main/electron → main, common), and
//   - the floors of main/ (docs/architecture.md): `electron | web | cli` → `api` →
//     `services` → `file-formats | store | logging` → common; arrows point down only
//     (services may name the handler types of api/handlers.ts with `import type`),
//     nothing imports an entry folder, store never imports file-formats, and every
//     folder of main/ is on a floor,
//   - the floors of renderer/src/: `main.tsx` → `app` → `screens` → `features` →
//     `editor` → `platform` → common; an import points to its own floor or a lower
//     one, never up (nothing imports app/, the editor core imports no feature;
//     rooms of one floor may use each other, the cycle check keeps them loop-free),
//     and every file of renderer/src/ is on a floor, and
//   - that the folders of the app form no cycle, apart from the known back-arrows
//     listed in scripts/layers/known-back-arrows.json (to be removed, not added to).
// Usage: node scripts/check-layers.mjs [--root DIR]   (exit 1 and one line per problem when a rule is broken)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? resolve(process.argv[rootArg + 1] ?? '.') : resolve(here, '..');

/** Node's built-in modules, with and without the `node:` prefix. */
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Pure packages every layer may use: the document model, the API contract's schemas, text diffing (versions). */
const SHARED_PACKAGES = ['zod', 'prosemirror-model', 'diff'];
/**
 * What the Node side uses besides Node itself (saxes and fflate: the capped
 * OOXML readers; mammoth: Word import). jszip is for tests only.
 */
const MAIN_PACKAGES = [...SHARED_PACKAGES, 'node:', 'better-sqlite3', 'docx', 'saxes', 'fflate', 'mammoth', '@tiptap/pm', 'prosemirror-transform'];

/**
 * The layers, most specific folder first. `packages` lists the package names a
 * layer may import (`node:` stands for every Node built-in; a name ending in `/`
 * is a scope or prefix); `layers` the layers it may import besides itself.
 */
const LAYERS = [
  { name: 'main/electron', dir: 'main/electron', packages: [...MAIN_PACKAGES, 'electron', 'electron-log'], layers: ['main', 'common'] },
  { name: 'main', dir: 'main', packages: MAIN_PACKAGES, layers: ['common'] },
  // @handlewithcare/prosemirror-suggest-changes: suggestion mode's tracking of edits (docs/suggestions.md).
  { name: 'renderer', dir: 'renderer', packages: [...SHARED_PACKAGES, 'react', 'react-dom', '@tiptap/', 'prosemirror-', '@handlewithcare/prosemirror-suggest-changes'], layers: ['common'] },
  { name: 'common', dir: 'common', packages: SHARED_PACKAGES, layers: [] },
];

/**
 * The floors of main/, top first: a folder may import folders on lower floors
 * (and its own), never one on its floor or above — except that `services/`
 * may name the handler types of `api/` with `import type` (api/handlers.ts is
 * the shape every service implements; dispatch receives the services at run
 * time). The entry floor is imported by nothing. Keys are `main/<folder>`.
 */
const MAIN_FLOORS = [
  { floor: 'entry', folders: ['main/electron', 'main/web', 'main/cli'] },
  { floor: 'api', folders: ['main/api'] },
  { floor: 'services', folders: ['main/services'] },
  { floor: 'file-formats | store', folders: ['main/file-formats', 'main/store', 'main/logging'] },
];
/** Floor index of a main/ folder (0 = top), or -1 when the folder is on no floor. */
function floorOf(folder) {
  return MAIN_FLOORS.findIndex((f) => f.folders.includes(folder));
}
/** The one allowed upward arrow: type-only imports of the api's handler types by services. */
function upwardAllowed(from, to, typeOnly) {
  return from === 'main/services' && to === 'main/api' && typeOnly;
}

/** Files inside a layer folder that are build tooling, not layer code. */
const TOOLING_FILES = new Set(['renderer/vite.config.mts']);

/** Known folder back-arrows (from → to) that today close a cycle; the next session removes them. */
const knownPath = join(root, 'scripts/layers/known-back-arrows.json');
const KNOWN_BACK_ARROWS = existsSync(knownPath) ? JSON.parse(readFileSync(knownPath, 'utf8')).backArrows : [];

const problems = [];
const notes = [];

function* sourceFiles(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) yield p;
  }
}

const posix = (p) => p.split(sep).join('/');

/** The file a relative import names (`./x` → `x.ts`, `./dir` → `dir/index.ts`), or the path itself when none exists. */
function resolveFile(abs) {
  for (const suffix of ['', '.ts', '.tsx', '.mts', '.cts', '/index.ts', '/index.tsx']) {
    const p = abs + suffix;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return abs;
}

/** The layer a repository-relative path belongs to, or null (tests, bench, scripts). */
function layerOf(rel) {
  return LAYERS.find((l) => rel === l.dir || rel.startsWith(`${l.dir}/`)) ?? null;
}

/** Renderer floors made of rooms: a file in `renderer/src/<floor>/<room>/` counts in its room. */
const RENDERER_ROOM_FLOORS = new Set(['screens', 'features', 'platform']);

/**
 * The floors of renderer/src/, top first: the first folder under renderer/src/
 * (`main.tsx` is the entry file on the top floor). A file may import its own
 * floor and the floors below it, never one above.
 */
const RENDERER_FLOORS = ['main.tsx', 'app', 'screens', 'features', 'editor', 'platform'];

/** Floor index (0 = top) of a path under renderer/src/, or -1 when it is on no floor. */
function rendererFloorOf(rel) {
  const parts = rel.split('/');
  if (parts.length <= 3) return parts[2] === 'main.tsx' ? 0 : -1;
  const floor = RENDERER_FLOORS.indexOf(parts[2] ?? '');
  return floor > 0 ? floor : -1;
}

/** What is wrong with an import from renderer/src path `from` to renderer/src path `to`, or null. */
function rendererFloorProblem(from, to) {
  const a = rendererFloorOf(from);
  const b = rendererFloorOf(to);
  if (a < 0 || b < 0 || b >= a) return null; // files on no floor are reported once below
  const name = (i) => `renderer/src/${RENDERER_FLOORS[i]}`;
  const hint = b === 1 ? '; nothing imports app/' : a === 4 && b === 3 ? '; the editor core imports no feature: features register into it (editor/contributions/registry.ts)' : '';
  return `${name(a)} may not import ${name(b)}: ${RENDERER_FLOORS[a]} is below ${RENDERER_FLOORS[b]}${hint}`;
}

/** renderer/src/ folders (or files) found on no floor. */
const unplacedRendererPaths = new Map();

/** The folder a file counts in for the cycle check: `main/<folder>`, `common/<folder>`, `renderer/src/<folder>` (`renderer/src/features/<room>` etc.). */
function folderOf(rel) {
  const parts = rel.split('/');
  const inRenderer = parts[0] === 'renderer' && parts[1] === 'src';
  const depth = inRenderer ? (RENDERER_ROOM_FLOORS.has(parts[2] ?? '') ? 4 : 3) : 2;
  return parts.length > depth ? parts.slice(0, depth).join('/') : parts.slice(0, depth - 1).join('/');
}

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`, `node:fs` → `node:`). */
function packageOf(spec) {
  if (NODE_BUILTINS.has(spec) || spec.startsWith('node:')) return 'node:';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function packageAllowed(layer, pkg) {
  return layer.packages.some((p) => (p.endsWith('/') || p.endsWith('-') ? pkg.startsWith(p) : pkg === p));
}

/** Whether an import/export declaration brings in types only (`import type`, `import { type A }`, `export type … from`). */
function isTypeOnly(node) {
  if (ts.isImportTypeNode(node)) return true;
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const named = node.exportClause;
    return !!named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  return false;
}

/** Every module specifier a source file names: `{ spec, line, partial, typeOnly }` (partial: only a template's fixed prefix is known). */
function importsOf(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out = [];
  const add = (node, arg) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    if (!arg) return;
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) out.push({ spec: arg.text, line, partial: false, typeOnly: isTypeOnly(node) });
    else if (ts.isTemplateExpression(arg)) out.push({ spec: arg.head.text, line, partial: true });
    else out.push({ spec: null, line, partial: true });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isRequireResolve = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require';
      if (isImport || isRequire || isRequireResolve) add(node, node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** What is wrong with an import from main folder `from` to main folder `to`, or null. */
function floorProblem(from, to, typeOnly) {
  const a = floorOf(from);
  const b = floorOf(to);
  if (a < 0 || b < 0) return null; // reported once per folder below
  if (b === 0) return `${from} imports the entry folder ${to}; nothing imports an entry (electron, web, cli)`;
  if (from === 'main/store' && to === 'main/file-formats') return 'main/store may not import main/file-formats (the store holds tables and SQL, not file formats)';
  if (b <= a && !upwardAllowed(from, to, typeOnly)) {
    if (b === a) return b === 3 ? null : `${from} may not import ${to}: they are on the same floor (${MAIN_FLOORS[a].floor})`;
    const hint = to === 'main/api' && from === 'main/services' ? '; services may only name the handler types, with import type' : '';
    return `${from} may not import ${to}: ${MAIN_FLOORS[a].floor} is below ${MAIN_FLOORS[b].floor}${hint}`;
  }
  return null;
}

/** main/ folders found on no floor of MAIN_FLOORS. */
const unplacedMainFolders = new Map();

/** folder → folder → first file:line that makes the edge. */
const folderEdges = new Map();

for (const layer of LAYERS) {
  for (const file of sourceFiles(join(root, layer.dir))) {
    const rel = posix(relative(root, file));
    if (TOOLING_FILES.has(rel) || layerOf(rel) !== layer) continue;
    const folder = folderOf(rel);
    if (folder.startsWith('main/') && floorOf(folder) < 0 && !unplacedMainFolders.has(folder)) unplacedMainFolders.set(folder, rel);
    if (rel.startsWith('renderer/src/') && rendererFloorOf(rel) < 0) {
      const place = rel.split('/').length <= 3 ? rel : rel.split('/').slice(0, 3).join('/');
      if (!unplacedRendererPaths.has(place)) unplacedRendererPaths.set(place, rel);
    }
    for (const { spec, line, partial, typeOnly } of importsOf(file, readFileSync(file, 'utf8'))) {
      const where = `${rel}:${line}`;
      if (spec === null || (partial && spec === '')) {
        problems.push(`${where}: ${layer.name} imports a module whose name is computed at run time; use a string literal so the layers can be checked`);
        continue;
      }
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = posix(relative(root, partial ? resolve(dirname(file), spec) : resolveFile(resolve(dirname(file), spec))));
        const targetLayer = layerOf(target);
        const shown = partial ? `\`${spec}…\`` : spec;
        if (!targetLayer) {
          if (target.startsWith('..') || /^(tests|bench|scripts)(\/|$)/.test(target)) problems.push(`${where}: ${layer.name} imports ${shown}, outside the app's layers`);
        } else if (targetLayer !== layer && !layer.layers.includes(targetLayer.name)) {
          problems.push(`${where}: ${layer.name} may not import ${targetLayer.name} (${shown})`);
        }
        if (targetLayer) {
          const from = folderOf(rel);
          const to = folderOf(target);
          if (from !== to && from.startsWith('main/') && to.startsWith('main/')) {
            const problem = floorProblem(from, to, typeOnly === true);
            if (problem) problems.push(`${where}: ${problem} (${shown})`);
          }
          if (rel.startsWith('renderer/src/') && target.startsWith('renderer/src/')) {
            const problem = rendererFloorProblem(rel, target);
            if (problem) problems.push(`${where}: ${problem} (${shown})`);
          }
          if (from !== to) {
            if (!folderEdges.has(from)) folderEdges.set(from, new Map());
            const edges = folderEdges.get(from);
            if (!edges.has(to)) edges.set(to, where);
          }
        }
        continue;
      }
      const pkg = packageOf(spec);
      if (!packageAllowed(layer, pkg)) {
        const what = pkg === 'node:' ? `the Node built-in ${spec}` : `the package ${spec}`;
        problems.push(`${where}: ${layer.name} may not import ${what}${pkg === 'electron' ? ' (only main/electron may)' : ''}`);
      }
    }
  }
}

for (const [folder, file] of [...unplacedMainFolders].sort()) {
  problems.push(`${file}: ${folder} is on no floor of main/: move it into electron|web|cli, api, services, file-formats or store (docs/architecture.md), or add it to MAIN_FLOORS in scripts/check-layers.mjs`);
}

for (const [place, file] of [...unplacedRendererPaths].sort()) {
  problems.push(`${file}: ${place} is on no floor of renderer/src/: move it into app, screens, features, editor or platform (docs/architecture.md), or add it to RENDERER_FLOORS in scripts/check-layers.mjs`);
}

// Folder cycles: strongly connected components of the folder graph without the known back-arrows.
const known = new Set(KNOWN_BACK_ARROWS.map((a) => `${a.from} -> ${a.to}`));
for (const a of KNOWN_BACK_ARROWS) {
  if (!folderEdges.get(a.from)?.has(a.to)) notes.push(`known back-arrow ${a.from} -> ${a.to} is gone: remove it from scripts/layers/known-back-arrows.json`);
}
const graph = new Map();
for (const [from, edges] of folderEdges) {
  graph.set(from, [...edges.keys()].filter((to) => !known.has(`${from} -> ${to}`)));
}
let index = 0;
const stack = [];
const info = new Map();
const components = [];
function strongConnect(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!info.has(w)) {
      strongConnect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  }
}
for (const v of [...graph.keys()].sort()) if (!info.has(v)) strongConnect(v);
for (const component of components) {
  const members = new Set(component);
  const arrows = [];
  for (const from of component) {
    for (const to of graph.get(from) ?? []) if (members.has(to)) arrows.push(`${from} -> ${to} (${folderEdges.get(from).get(to)})`);
  }
  problems.push(`folder cycle between ${component.join(', ')}:\n      ${arrows.join('\n      ')}`);
}

for (const n of notes) console.log(`Layer check note: ${n}`);
if (problems.length) {
  console.error(`Layer check failed (${problems.length}):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log('Layer check: ok');
