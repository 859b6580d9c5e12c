/**
 * Packs the app with electron-builder exactly as `npm run dist` would for
 * Linux (`--dir`, no installer), against a fake Electron distribution (the
 * real binary cannot be downloaded here), and checks what users would get.
 *
 * Differences from a real packaging run, both forced by this offline machine:
 *  - `-c.electronDist=<fake>`: a tiny stand-in executable carrying Electron's
 *    fuse sentinel, so the fuse flipping is exercised too;
 *  - `-c.afterPack=tests/packaging/packaging-report.cjs`: reports the icon set,
 *    .desktop entry and MIME types the deb/AppImage targets would get (those
 *    targets download their tools, which this machine cannot).
 * better-sqlite3 13 ships Node-API prebuilds, so packaging rebuilds nothing
 * (`npmRebuild: false` in electron-builder.yml).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo';

const root = REPO_ROOT;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's default fuse wire (v1, 8 fuses): RunAsNode on, NODE_OPTIONS on, --inspect on, asar-only off… */
const DEFAULT_WIRE = '10110001';

let work = '';
let resources = '';
let asar = '';
let entries: string[] = [];
let report: PackReport;

/** What tests/packaging/packaging-report.cjs writes. */
interface PackReport {
  readonly icons: { file: string; size: number }[];
  readonly desktopEntry: string;
  readonly mimeInfo: string | null;
  readonly fileAssociations: { ext: string; mimeType?: string; rank?: string }[];
  readonly winFileAssociations: { ext: string }[] | null;
  readonly nsis: { oneClick?: boolean; perMachine?: boolean; installerLanguages?: string[]; include?: string } | null;
}

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, CI: '1', ELECTRON_BUILDER_CACHE: join(work, 'cache'), DUTHAO_PACK_REPORT: join(work, 'report.json') },
  });
  const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  if (r.error || r.status !== 0) {
    throw new Error(`packaging check could not run: \`${cmd} ${args.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`}):\n${out.slice(-3000)}`);
  }
  return out;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'duthao-pack-'));
  run(process.execPath, ['scripts/build.mjs', '--main-only'], root);

  // The UI is built by the full build; build it if nobody has yet (the packer needs dist/renderer).
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) run(process.execPath, ['scripts/build.mjs'], root);
  // Packing runs in the project itself: electron-builder's dependency collector needs the real node_modules tree.
  // Output goes to a temporary folder.
  const project = root;

  const fakeDist = join(work, 'electron-dist');
  mkdirSync(fakeDist);
  writeFileSync(join(fakeDist, 'electron'), `#!/bin/sh\nexit 0\n${SENTINEL}\x01\x08${DEFAULT_WIRE}\n`, { mode: 0o755 });

  run(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${fakeDist}`,
      `-c.afterPack=${join(root, 'tests', 'packaging', 'packaging-report.cjs')}`,
      `-c.directories.output=${join(work, 'release')}`,
    ],
    project,
  );
  resources = join(work, 'release', 'linux-unpacked', 'resources');
  asar = join(resources, 'app.asar');
  if (!existsSync(asar)) throw new Error(`electron-builder produced no ${asar}`);
  entries = listPackage(asar, { isPack: false }).map((e) => e.replace(/\\/g, '/'));
  report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as PackReport;
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packaged app (electron-builder --dir, Linux)', () => {
  it('contains the bundled main process, the preload, the Word-import worker, the UI, the templates and package.json', () => {
    for (const f of ['/dist/main/electron-main.cjs', '/dist/main/preload.cjs', '/dist/main/docx-import-worker.cjs', '/dist/renderer/index.html', '/package.json']) {
      expect(entries, f).toContain(f);
    }
    const templates = readdirSync(join(root, 'templates'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => '/' + join('templates', d.parentPath.slice(join(root, 'templates').length), d.name).replace(/\\/g, '/'));
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) expect(entries, t).toContain(t);
    const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8'));
    expect(pkg.main).toBe('dist/main/electron-main.cjs');
    expect(pkg.productName).toBe('DuThao');
  });

  it('ships no TypeScript sources, tests, source maps or build files', () => {
    const ours = entries.filter((e) => !e.startsWith('/node_modules/'));
    expect(existsSync(join(root, 'dist', 'main', 'electron-main.cjs.map')), 'the build writes source maps').toBe(true);
    expect(ours.filter((e) => /\.(ts|tsx|mts|map)$/.test(e))).toEqual([]);
    for (const dir of ['/main', '/common', '/renderer', '/tests', '/scripts', '/bench', '/docs', '/electron-builder.yml']) {
      expect(ours.filter((e) => e === dir || e.startsWith(dir + '/')), dir).toEqual([]);
    }
    expect(entries.filter((e) => /better-sqlite3\/(deps|src)\//.test(e) || e.endsWith('.a') || e.endsWith('test_extension.node'))).toEqual([]);
  });

  it('has better-sqlite3 native module for this platform only, outside the archive, in app.asar.unpacked', () => {
    const prebuilds = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(readdirSync(prebuilds)).toEqual(['linux-x64.node']);
    expect(readFileSync(join(prebuilds, 'linux-x64.node')).equals(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node')))).toBe(true);
    expect(entries.filter((e) => e.startsWith('/node_modules/better-sqlite3/') && !/\/(lib|prebuilds)\//.test(e)).sort()).toEqual([
      '/node_modules/better-sqlite3/LICENSE',
      '/node_modules/better-sqlite3/lib',
      '/node_modules/better-sqlite3/package.json',
      '/node_modules/better-sqlite3/prebuilds',
    ]);
  });

  it('ships the third-party licence notices with the UI', () => {
    expect(entries).toContain('/dist/renderer/third-party-notices.txt');
    const text = extractFile(asar, 'dist/renderer/third-party-notices.txt').toString('utf8');
    expect(text).toContain('better-sqlite3@');
    expect(text).toContain('react@');
  });

  it('gives the Linux installers our icon at every size, and the .duthao and .docx types', () => {
    const sizes = report.icons.map((i) => i.size).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const icon of report.icons) expect(icon.file).toContain(join('assets', 'packaging', 'icons'));
    expect(report.desktopEntry).toMatch(/^MimeType=application\/x-duthao;application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document;$/m);
    expect(report.desktopEntry).toMatch(/^Exec=.*duthao %U$/m);
    expect(report.desktopEntry).toMatch(/^Icon=duthao$/m);
    expect(report.mimeInfo).toContain('<mime-type type="application/x-duthao">');
    expect(report.mimeInfo).toContain('<glob pattern="*.duthao"/>');
  });

  it('associates .duthao on every platform, .docx only as an alternative (Word stays the default)', () => {
    expect(report.fileAssociations.map((a) => [a.ext, a.rank])).toEqual([
      ['duthao', 'Owner'],
      ['docx', 'Alternate'],
    ]);
    // Windows: electron-builder's association would make DuThao the .docx default; installer.nsh adds an "Open with" entry instead.
    expect(report.winFileAssociations?.map((a) => a.ext)).toEqual(['duthao']);
    const nsh = readFileSync(join(root, 'assets', 'packaging', 'installer.nsh'), 'utf8');
    expect(nsh).toMatch(/Software\\Classes\\\.docx\\OpenWithProgids" "DuThao\.WordDocument"/);
    expect(nsh).toMatch(/shell\\open\\command" "" '"\$appExe" "%1"'/);
    expect(report.nsis).toMatchObject({ oneClick: true, perMachine: false, installerLanguages: ['vi_VN'] });
  });

  it('can resolve every module the bundles and the shipped packages require', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
    const shipped = new Set(entries.filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(e)).map((e) => e.slice('/node_modules/'.length, -'/package.json'.length)));
    const jsFiles = entries.filter((e) => e.endsWith('.js') || e.endsWith('.cjs')).filter((e) => e.startsWith('/dist/main/') || e.startsWith('/node_modules/'));
    const missing: string[] = [];
    for (const file of jsFiles) {
      const src = extractFile(asar, file.slice(1)).toString('utf8');
      for (const m of src.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
        const spec = m[1]!;
        const pkgName = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!builtins.has(spec) && !builtins.has(pkgName) && !shipped.has(pkgName)) missing.push(`${file} requires ${spec}`);
      }
    }
    expect(missing).toEqual([]);
    expect(shipped).toContain('better-sqlite3');
    // Everything else is bundled by esbuild: the archive stays small.
    expect([...shipped].sort()).toEqual(['better-sqlite3']);
  });

  it('locks the executable down with Electron fuses (no run-as-node, no NODE_OPTIONS, asar only)', () => {
    const exe = readFileSync(join(work, 'release', 'linux-unpacked', 'duthao'));
    const at = exe.indexOf(SENTINEL) + SENTINEL.length;
    const wire = exe.subarray(at + 2, at + 2 + exe[at + 1]!).toString('latin1');
    expect(wire[0], 'RunAsNode').toBe('0');
    expect(wire[2], 'EnableNodeOptionsEnvironmentVariable').toBe('0');
    expect(wire[3], 'EnableNodeCliInspectArguments').toBe('0');
    expect(wire[4], 'EnableEmbeddedAsarIntegrityValidation').toBe('1');
    expect(wire[5], 'OnlyLoadAppFromAsar').toBe('1');
    expect(wire[7], 'GrantFileProtocolExtraPrivileges').toBe('0');
  });
});
