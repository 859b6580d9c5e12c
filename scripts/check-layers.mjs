// Checks the layering rules of DEVELOPERS.md on every import:
// common imports only common; renderer never imports main;
// only main/electron/ imports 'electron'; common imports no Node built-ins.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { builtinModules } from 'node:module';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const layers = ['common', 'main', 'renderer'];
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const problems = [];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx|mts|cts)$/.test(name)) yield p;
  }
}

const importRe = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

for (const layer of layers) {
  for (const file of files(join(root, layer))) {
    const rel = relative(root, file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (!spec) continue;
      const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : null;
      const targetLayer = target ? target.split(/[\\/]/)[0] : null;
      if (layer === 'common') {
        if (targetLayer && targetLayer !== 'common') problems.push(`${rel}: common imports ${spec}`);
        if (nodeBuiltins.has(spec)) problems.push(`${rel}: common imports Node built-in ${spec}`);
        if (spec === 'electron' || spec === 'react' || spec.startsWith('@tiptap/')) problems.push(`${rel}: common imports ${spec}`);
      }
      if (layer === 'renderer') {
        if (targetLayer === 'main') problems.push(`${rel}: renderer imports main (${spec})`);
        if (nodeBuiltins.has(spec)) problems.push(`${rel}: renderer imports Node built-in ${spec}`);
      }
      if (spec === 'electron' && !/^main[\\/]electron[\\/]/.test(rel)) problems.push(`${rel}: only main/electron/ may import electron`);
      if (layer === 'main' && targetLayer === 'renderer') problems.push(`${rel}: main imports renderer (${spec})`);
    }
  }
}

if (problems.length) {
  console.error(`Layer check failed (${problems.length}):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log('Layer check: ok');
