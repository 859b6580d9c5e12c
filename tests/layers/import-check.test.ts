/**
 * The import check (`npm run lint:layers`): each rule is broken once and the
 * check must fail with a line naming the file. Per-file rules are planted in
 * a small tree holding only the planted file; the folder-cycle rule in a
 * temporary copy of the app's layer folders, whose unchanged copy must pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const script = join(repo, 'scripts', 'check-layers.mjs');
const made: string[] = [];

/** A tree with `plant` files (path → source); with `app`, a copy of common/, main/, renderer/ and the known back-arrows first. */
function copyWith(plant: Readonly<Record<string, string>>, app = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-layers-'));
  made.push(dir);
  const folders = app ? ['common', 'main', 'renderer', 'scripts/layers'] : [];
  for (const folder of folders) {
    cpSync(join(repo, folder), join(dir, folder), { recursive: true, filter: (p) => !p.includes('node_modules') });
  }
  for (const [path, source] of Object.entries(plant)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

function check(dir: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [script, '--root', dir], { encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('layer import check', () => {
  it('passes on the app as it is', () => {
    expect(check(copyWith({}))).toMatchObject({ code: 0, output: expect.stringContaining('Layer check: ok') });
  });

  const cases: { rule: string; file: string; source: string; message: RegExp; app?: boolean }[] = [
    {
      rule: 'react-dom (by a subpath) in common',
      file: 'common/document/planted.ts',
      source: "import { createRoot } from 'react-dom/client';\nexport const r = createRoot;\n",
      message: /common\/document\/planted\.ts:1: common may not import the package react-dom\/client/,
    },
    {
      rule: 'better-sqlite3 in common, through a dynamic import()',
      file: 'common/planted.ts',
      source: "export const open = () => import('better-sqlite3');\n",
      message: /common\/planted\.ts:1: common may not import the package better-sqlite3/,
    },
    {
      rule: 'a Node built-in in common, through require()',
      file: 'common/text/planted.ts',
      source: "declare const require: (name: string) => unknown;\nexport const fs = require('fs');\n",
      message: /common\/text\/planted\.ts:2: common may not import the Node built-in fs/,
    },
    {
      rule: 'electron/main in main/store',
      file: 'main/store/planted.ts',
      source: "import { app } from 'electron/main';\nexport const a = app;\n",
      message: /main\/store\/planted\.ts:1: main may not import the package electron\/main \(only main\/electron may\)/,
    },
    {
      rule: 'docx in renderer, re-exported with export … from',
      file: 'renderer/src/features/export-ui/planted.ts',
      source: "export { Document } from 'docx';\n",
      message: /renderer\/src\/features\/export-ui\/planted\.ts:1: renderer may not import the package docx/,
    },
    {
      rule: 'a template-literal import() of main in renderer',
      file: 'renderer/src/editor/planted.ts',
      source: "export const load = (name: string) => import(`../../../main/services/${name}`);\n",
      message: /renderer\/src\/editor\/planted\.ts:1: renderer may not import main \(`\.\.\/\.\.\/\.\.\/main\/services\/…`\)/,
    },
    {
      rule: 'an import() whose name is computed',
      file: 'renderer/src/planted.ts',
      source: "export const load = (name: string) => import(name);\n",
      message: /renderer\/src\/planted\.ts:1: renderer imports a module whose name is computed at run time/,
    },
    {
      rule: 'main importing renderer',
      file: 'main/web/planted.ts',
      source: "import type { ApiClient } from '../../renderer/src/platform/api/client';\nexport type C = ApiClient;\n",
      message: /main\/web\/planted\.ts:1: main may not import renderer/,
    },
    {
      rule: 'a cycle between folders (main/store back up to main/services)',
      file: 'main/store/planted-cycle.ts',
      source: "import type { ServiceContext } from '../services/context';\nexport type C = ServiceContext;\n",
      message: /folder cycle between [^\n]*main\/services, main\/store[^]*main\/store -> main\/services \(main\/store\/planted-cycle\.ts:1\)/,
      app: true,
    },
    {
      rule: 'main/store importing main/file-formats',
      file: 'main/store/sqlite/planted.ts',
      source: "import { exportDocx } from '../../file-formats/docx/export-docx';\nexport const e = exportDocx;\n",
      message: /main\/store\/sqlite\/planted\.ts:1: main\/store may not import main\/file-formats/,
    },
    {
      rule: 'main/file-formats importing main/services (a floor above)',
      file: 'main/file-formats/docx/planted.ts',
      source: "import { notFoundDraft } from '../../services/not-found';\nexport const n = notFoundDraft;\n",
      message: /main\/file-formats\/docx\/planted\.ts:1: main\/file-formats may not import main\/services: file-formats \| store is below services/,
    },
    {
      rule: 'main/services importing an entry folder (main/web)',
      file: 'main/services/planted.ts',
      source: "import { startServer } from '../web/server';\nexport const s = startServer;\n",
      message: /main\/services\/planted\.ts:1: main\/services imports the entry folder main\/web; nothing imports an entry/,
    },
    {
      rule: 'main/services importing api code at run time (only its handler types may be named)',
      file: 'main/services/planted.ts',
      source: "import { dispatch } from '../api/dispatch';\nexport const d = dispatch;\n",
      message: /main\/services\/planted\.ts:1: main\/services may not import main\/api: services is below api; services may only name the handler types, with import type/,
    },
    {
      rule: 'a main/ folder on no floor',
      file: 'main/helpers/planted.ts',
      source: "export const x = 1;\n",
      message: /main\/helpers\/planted\.ts: main\/helpers is on no floor of main\//,
    },
    {
      rule: 'the renderer editor core importing a feature',
      file: 'renderer/src/editor/planted.ts',
      source: "import { editorUiContribution } from '../features/editor-ui/contribution';\nexport const c = editorUiContribution;\n",
      message: /renderer\/src\/editor\/planted\.ts:1: renderer\/src\/editor may not import renderer\/src\/features: editor is below features; the editor core imports no feature/,
    },
    {
      rule: 'a renderer feature importing app/ (the list of installed contributions)',
      file: 'renderer/src/features/export-ui/planted.ts',
      source: "import type { EditorContribution } from '../../app/contributions';\nexport type C = EditorContribution;\n",
      message: /renderer\/src\/features\/export-ui\/planted\.ts:1: renderer\/src\/features may not import renderer\/src\/app: features is below app; nothing imports app\//,
    },
    {
      rule: 'renderer platform importing a screen',
      file: 'renderer/src/platform/ui/planted.ts',
      source: "import { LibraryScreen } from '../../screens/library/LibraryScreen';\nexport const l = LibraryScreen;\n",
      message: /renderer\/src\/platform\/ui\/planted\.ts:1: renderer\/src\/platform may not import renderer\/src\/screens: platform is below screens/,
    },
    {
      rule: 'a renderer folder on no floor',
      file: 'renderer/src/helpers/planted.ts',
      source: "export const x = 1;\n",
      message: /renderer\/src\/helpers\/planted\.ts: renderer\/src\/helpers is on no floor of renderer\/src\//,
    },
  ];

  it('lets rooms of one renderer floor use each other and a floor use the floors below', () => {
    const r = check(
      copyWith(
        {
          'renderer/src/features/review/planted.ts': "import { outlineOf } from '../editor-ui/outline-model';\nimport { errorText } from '../../platform/ui/errorText';\nexport const o = [outlineOf, errorText];\n",
        },
        false,
      ),
    );
    expect(r).toMatchObject({ code: 0, output: expect.stringContaining('Layer check: ok') });
  });

  it('lets services name the api handler types with import type', () => {
    const r = check(copyWith({ 'main/services/planted.ts': "import type { ApiHandlers } from '../api/handlers';\nexport type H = ApiHandlers;\n" }, false));
    expect(r).toMatchObject({ code: 0, output: expect.stringContaining('Layer check: ok') });
  });

  for (const c of cases) {
    it(`fails on ${c.rule}, naming the file`, () => {
      const r = check(copyWith({ [c.file]: c.source }, c.app === true));
      expect(r.code).toBe(1);
      expect(r.output).toMatch(c.message);
    });
  }
});
