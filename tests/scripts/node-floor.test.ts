/**
 * The Node.js floor is told honestly and the same everywhere: package.json
 * "engines", the check that `npm test`/`npm start`/`duthao` run first, and the
 * Node 22 that .ci/run installs when the machine's is older.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo';

const root = REPO_ROOT;
const floor = createRequire(import.meta.url)('../../scripts/node-floor.cjs') as {
  NODE_FLOOR: [number, number];
  meetsNodeFloor: (v: string) => boolean;
  nodeFloorMessage: (v: string) => string;
};

describe('Node.js floor', () => {
  it('is 22.12, as package.json engines says', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${floor.NODE_FLOOR.join('.')}`);
    expect(floor.NODE_FLOOR).toEqual([22, 12]);
  });

  it('accepts 22.12 and later, refuses Node 20 (where better-sqlite3 13 crashes) and 22.11', () => {
    expect(['v22.12.0', '22.23.3', '23.1.0', '24.0.0'].map(floor.meetsNodeFloor)).toEqual([true, true, true, true]);
    expect(['v20.20.2', '20.19.0', '22.11.9', '18.19.0'].map(floor.meetsNodeFloor)).toEqual([false, false, false, false]);
  });

  it('an old Node gets one Lỗi line and exit 3 from the check npm test and npm start run first', () => {
    expect(floor.nodeFloorMessage('20.20.2')).toMatch(/^Lỗi: DuThao cần Node\.js 22\.12 trở lên, máy đang chạy 20\.20\.2 .+ \(Node\.js >= 22\.12 required, found 20\.20\.2\)$/);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const s of ['test', 'start', 'serve', 'test:electron']) expect(pkg.scripts[s], s).toMatch(/^node scripts\/node-floor\.cjs && /);
    const ok = spawnSync(process.execPath, ['scripts/node-floor.cjs'], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(floor.meetsNodeFloor(process.versions.node) ? 0 : 3);
  });

  it('.ci/run installs a Node 22 release at or above the floor from the npm registry', () => {
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
    const version = /^NODE22_VERSION=(\d+\.\d+\.\d+)$/m.exec(ci)?.[1];
    expect(version && floor.meetsNodeFloor(version)).toBe(true);
    expect(version!.startsWith('22.')).toBe(true);
    expect(ci).toContain('npm install --prefix "$NODE22_PREFIX" --no-audit --no-fund --no-save "node@${NODE22_VERSION}"');
    expect(ci).toContain('step "node" ensure_node');
  });
});
