/**
 * The layer projects (`npm run typecheck` = `tsc -b`): the real tsconfig files
 * of common, renderer, main and main/electron are copied into a small tree
 * with one file per layer. That tree must compile; the same tree with planted
 * violations must fail with an error at each planted file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const made: string[] = [];

/** Files every tree has: one per layer, each using what its layer may use. */
const CLEAN: Readonly<Record<string, string>> = {
  'common/ok.ts': 'export const x: number = 1;\n',
  'renderer/src/ok.ts': "import { x } from '../../common/ok';\nexport const title = document.title;\nexport const y = x;\n",
  'main/ok.ts': "import { readFileSync } from 'node:fs';\nimport { x } from '../common/ok';\nexport const r = [readFileSync, x];\n",
  'main/electron/ok.ts': "import { app } from 'electron';\nimport { r } from '../ok';\nexport const a = [app, r];\n",
};

/** One planted violation per rule. */
const PLANTED: Readonly<Record<string, string>> = {
  'common/uses-react-dom.ts': "import { createRoot } from 'react-dom/client';\nexport const c = createRoot;\n",
  'common/uses-sqlite.ts': "import Database from 'better-sqlite3';\nexport const d = Database;\n",
  'common/uses-dom.ts': 'export const t = document.title;\n',
  'main/store/uses-electron.ts': "import { app } from 'electron/main';\nexport const a = app;\n",
  'renderer/src/uses-docx.ts': "import { Document } from 'docx';\nexport const d = Document;\n",
  'renderer/src/uses-process.ts': 'export const env = process.env;\n',
  'renderer/src/uses-buffer.ts': "export const b = Buffer.from('x');\n",
  'renderer/src/imports-main.ts': "import { r } from '../../main/ok';\nexport const m = r;\n",
};

/** A tree with the real layer tsconfigs, `files`, and node_modules linked entry by entry (so build info stays in the tree). */
function tree(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-tsc-layers-'));
  made.push(dir);
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (entry !== '.cache') symlinkSync(join(repo, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  for (const path of ['tsconfig.base.json', 'common/tsconfig.json', 'renderer/tsconfig.json', 'main/tsconfig.json', 'main/electron/tsconfig.json', 'scripts/layers/forbidden']) {
    cpSync(join(repo, path), join(dir, path), { recursive: true });
  }
  const solution = { files: [], references: ['common', 'renderer', 'main', 'main/electron'].map((path) => ({ path })) };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(solution));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

function build(dir: string): { code: number | null; output: string } {
  const tsc = join(repo, 'node_modules', 'typescript', 'lib', 'tsc.js');
  const r = spawnSync(process.execPath, [tsc, '-b', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The compiler's error lines about one file. */
function errorsAt(output: string, file: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(`${file}(`) && line.includes('error TS'));
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('layer projects', () => {
  let clean: { code: number | null; output: string };
  let broken: { code: number | null; output: string };
  beforeAll(() => {
    clean = build(tree(CLEAN));
    broken = build(tree({ ...CLEAN, ...PLANTED }));
  });

  it('compile a tree in which each layer uses only what it may (DOM in renderer, Node in main, electron in main/electron)', () => {
    expect(clean.output).toBe('');
    expect(clean.code).toBe(0);
    expect(broken.code).not.toBe(0);
  });

  it('reject react-dom in common', () => {
    expect(errorsAt(broken.output, 'common/uses-react-dom.ts').join('\n')).toMatch(/TS2306: File '.*ui-packages-not-in-common\.d\.ts' is not a module/);
  });

  it('reject better-sqlite3 in common', () => {
    expect(errorsAt(broken.output, 'common/uses-sqlite.ts').join('\n')).toMatch(/TS2306: File '.*node-packages-not-in-common-or-renderer\.d\.ts' is not a module/);
  });

  it('reject a DOM global in common', () => {
    expect(errorsAt(broken.output, 'common/uses-dom.ts').join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('reject electron/main in main/store', () => {
    expect(errorsAt(broken.output, 'main/store/uses-electron.ts').join('\n')).toMatch(/TS2306: File '.*electron-only-in-main-electron\.d\.ts' is not a module/);
  });

  it('reject docx in renderer', () => {
    expect(errorsAt(broken.output, 'renderer/src/uses-docx.ts').join('\n')).toMatch(/TS2306: File '.*main-packages-not-in-renderer\.d\.ts' is not a module/);
  });

  it('reject the Node globals process and Buffer in renderer', () => {
    expect(errorsAt(broken.output, 'renderer/src/uses-process.ts').join('\n')).toMatch(/Cannot find name 'process'/);
    expect(errorsAt(broken.output, 'renderer/src/uses-buffer.ts').join('\n')).toMatch(/Cannot find name 'Buffer'/);
  });

  it('reject renderer importing main', () => {
    expect(errorsAt(broken.output, 'renderer/src/imports-main.ts').join('\n')).toMatch(/TS6307: File '.*main\/ok\.ts' is not listed within the file list of project '.*renderer\/tsconfig\.json'/);
  });
});
