// `npm run test:electron [-- --packaged]`: the Electron smoke test. Starts
// the real desktop app with Playwright's Electron support — the development
// app (`electron .`) or, with --packaged, the unpacked app electron-builder
// wrote to release/ — creates a draft from a template, types Vietnamese,
// exports the .docx through the app's own bridge and checks the Word file.
// Where the Electron binary is missing (these build machines cannot
// download it) it says so in one line and exits 1: it never passes silently.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronExecutableName, findElectronBinary } from '../../scripts/start.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const packaged = process.argv.includes('--packaged');

/** The executable of the app electron-builder unpacked into release/ for this platform, or null. */
export function packagedExecutable(releaseDir, platform = process.platform) {
  if (!existsSync(releaseDir)) return null;
  const dirs = readdirSync(releaseDir);
  const candidates =
    platform === 'win32'
      ? dirs.filter((d) => d.startsWith('win')).map((d) => join(releaseDir, d, 'DuThao.exe'))
      : platform === 'darwin'
        ? dirs.filter((d) => d.startsWith('mac')).map((d) => join(releaseDir, d, 'DuThao.app', 'Contents', 'MacOS', 'DuThao'))
        : dirs.filter((d) => d.startsWith('linux') && d.endsWith('unpacked')).map((d) => join(releaseDir, d, 'duthao'));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Where the executable is, or the one-line reason it cannot run. */
export function locateApp() {
  if (packaged) {
    const exe = packagedExecutable(join(root, 'release'));
    return exe ? { ok: true, path: exe, args: [] } : { ok: false, reason: `no packaged app in release/ (run \`npm run dist\` first; expected ${electronExecutableName(process.platform)}-style executable)` };
  }
  const found = findElectronBinary({ electronDir: join(root, 'node_modules', 'electron') });
  return found.ok ? { ok: true, path: found.path, args: ['.'] } : { ok: false, reason: found.reason };
}

async function main() {
  const where = locateApp();
  if (!where.ok) {
    console.error(
      `Lỗi: không chạy được kiểm thử Electron — không có tệp chạy Electron (${where.reason}). ` +
        'Trên máy có mạng: `node node_modules/electron/install.js` rồi chạy lại; máy dựng này không tải được Electron.',
    );
    process.exit(1);
  }
  const { _electron } = await import('playwright-core');
  const userData = mkdtempSync(join(tmpdir(), 'duthao-electron-smoke-'));
  const app = await _electron.launch({ executablePath: where.path, args: [...where.args, `--user-data-dir=${userData}`], cwd: root, timeout: 60_000 });
  try {
    const page = await app.firstWindow();
    page.setDefaultTimeout(30_000);
    await page.getByTestId('library-screen').waitFor();
    await page.getByTestId('new-draft-button').click();
    await page.locator('[data-testid="template-option"]').first().click();
    await page.getByTestId('new-draft-create').click();
    await page.getByTestId('editor-screen').waitFor();
    await page.locator('.ProseMirror .dt-body p').first().click();
    const typed = 'Đảng bộ tỉnh lãnh đạo thực hiện thắng lợi nghị quyết năm 2026';
    await page.keyboard.type(typed);
    const draftId = /#\/draft\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1];
    if (!draftId) throw new Error(`no draft open: ${page.url()}`);
    // Ctrl+S saves through the menu accelerator; then export through the page's bridge (as Xuất Word does).
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+S' : 'Control+S');
    await page.waitForFunction(async (id) => {
      const r = await window.duthao.getDraft({ id });
      return r.ok && JSON.stringify(r.value.doc).includes('nghị quyết năm 2026');
    }, draftId);
    const exported = await page.evaluate(async (id) => window.duthao.exportDraftDocx({ id, variant: 'final' }), draftId);
    if (!exported.ok) throw new Error(`export failed: ${JSON.stringify(exported.error)}`);
    const bytes = Buffer.from(exported.value.file, 'base64');
    const out = join(userData, 'smoke.docx');
    writeFileSync(out, bytes);
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml').async('string');
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    if (!text.includes(typed)) throw new Error('the exported .docx does not hold the typed Vietnamese text');
    console.log(`Electron smoke test: ok (${where.path}; draft ${draftId}; ${bytes.byteLength} byte .docx)`);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`Lỗi: kiểm thử Electron thất bại (${err instanceof Error ? err.message : String(err)})`);
    process.exit(1);
  });
}
