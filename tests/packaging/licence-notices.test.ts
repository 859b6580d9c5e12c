/**
 * The third-party licence notices shipped with the app name every package
 * whose code the app carries. The list of packages is found here
 * independently of the generator, from the bundles' source maps (main side:
 * esbuild; UI: Vite), plus the packages shipped as files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo';

const root = REPO_ROOT;
const notices = join(root, 'dist', 'renderer', 'third-party-notices.txt');

beforeAll(() => {
  if (!existsSync(notices)) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  }
}, 130_000);

/** The package names of the node_modules sources listed in a source map. */
function packagesInMap(mapFile: string): string[] {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  const names = new Set<string>();
  for (const src of map.sources) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(src);
    if (m) names.add(m[1]!);
  }
  return [...names];
}

function shippedPackages(): string[] {
  const maps = [
    ...readdirSync(join(root, 'dist', 'main')).filter((f) => f.endsWith('.cjs.map')).map((f) => join(root, 'dist', 'main', f)),
    ...readdirSync(join(root, 'dist', 'renderer', 'assets')).filter((f) => f.endsWith('.js.map')).map((f) => join(root, 'dist', 'renderer', 'assets', f)),
  ];
  return [...new Set([...maps.flatMap(packagesInMap), 'better-sqlite3', 'electron'])].sort();
}

describe('third-party licence notices', () => {
  it('name every package the bundles contain, with its version and licence text', () => {
    const text = readFileSync(notices, 'utf8');
    const shipped = shippedPackages();
    expect(shipped).toEqual(expect.arrayContaining(['react', 'prosemirror-model', 'docx', 'zod', 'better-sqlite3']));
    for (const name of shipped) {
      const version = (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      expect(text, name).toContain(`\n${name}@${version} — `);
    }
    expect(text).toMatch(/MIT License|Permission is hereby granted/);
    expect(text).toContain('Liberation');
  });

  it('lists the same packages in dist/third-party-packages.json', () => {
    const listed = (JSON.parse(readFileSync(join(root, 'dist', 'third-party-packages.json'), 'utf8')) as string[]).map((p) => p.replace(/@[^@]+$/, ''));
    expect(listed).toEqual(expect.arrayContaining(shippedPackages()));
  });

  it('keeps every shipped package we depend on directly in "dependencies" (electron-builder wants electron in devDependencies)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const misplaced = shippedPackages().filter((n) => n !== 'electron' && n in pkg.devDependencies);
    expect(misplaced).toEqual([]);
  });
});
