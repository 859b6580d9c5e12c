// The import check of the layering rules (docs/architecture.md), the part the
// compiler cannot do alone. Every import form is read with TypeScript's own
// parser: `import … from`, `import '…'`, `export … from`, `import x = require()`,
// `require()`, `import()` (string, and template literals by their fixed prefix),
// and `import('…').Type`. For each file it checks
//   - the packages its layer may use (an allowlist; subpaths count: `react-dom/client` is `react-dom`),
//   - the layers it may import (common → common; renderer → common; main → common;
//     main/electron → main, common), and
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

/** The folder a file counts in for the cycle check: `main/<folder>`, `common/<folder>`, `renderer/src/<folder>`. */
function folderOf(rel) {
  const parts = rel.split('/');
  const depth = parts[0] === 'renderer' && parts[1] === 'src' ? 3 : 2;
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

/** Every module specifier a source file names: `{ spec, line, partial }` (partial: only a template's fixed prefix is known). */
function importsOf(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out = [];
  const add = (node, arg) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    if (!arg) return;
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) out.push({ spec: arg.text, line, partial: false });
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

/** folder → folder → first file:line that makes the edge. */
const folderEdges = new Map();

for (const layer of LAYERS) {
  for (const file of sourceFiles(join(root, layer.dir))) {
    const rel = posix(relative(root, file));
    if (TOOLING_FILES.has(rel) || layerOf(rel) !== layer) continue;
    for (const { spec, line, partial } of importsOf(file, readFileSync(file, 'utf8'))) {
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
