/**
 * What an office IT person relies on in the desktop app, against the fake
 * Electron: files opened with DuThao reach the page on the first launch and
 * from a second launch; a crashed or hung page is offered a reload; printing
 * and Xuất PDF; the data/log folder and the licence notices from the menu.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import type { MenuItemConstructorOptions } from 'electron';
import { OPEN_FILE_CHANNEL, OPEN_FILE_READY_CHANNEL } from '../../../common/api/bridge';
import { PAGE_GONE_QUESTION, UNRESPONSIVE_QUESTION } from '../../../main/electron/crashRecovery';
import { NOTICES_URL } from '../../../main/electron/desktopApp';
import { createOpenFileQueue, filesFromArgv, openedFileKind, readOpenedFile } from '../../../main/electron/openFiles';
import { PDF_KIND_QUESTION, PRINT_TO_PDF_OPTIONS, draftIdOfUrl } from '../../../main/electron/printing';
import { createFakeElectron, FakeBrowserWindow, type FakeElectron } from '../../helpers/electron-fake';
import { bootDesktopApp } from '../../helpers/electron-boot';

type Item = MenuItemConstructorOptions;

let fake: FakeElectron;
beforeEach(() => {
  fake = createFakeElectron();
});

const settle = () => new Promise((r) => setTimeout(r, 0));

function files(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-open-'));
  writeFileSync(join(dir, 'gop-y.duthao'), 'review copy bytes');
  writeFileSync(join(dir, 'Báo cáo.docx'), 'PK word bytes');
  return dir;
}

function pageListens(win: FakeBrowserWindow): void {
  fake.ipcMain.emit(OPEN_FILE_READY_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame });
}

function opened(win: FakeBrowserWindow) {
  return win.webContents.sent.filter((m) => m.channel === OPEN_FILE_CHANNEL).map((m) => m.args[0] as { kind: string; name: string; file?: string; error?: string });
}

function menuItem(label: string): Item {
  for (const top of fake.Menu.applicationTemplate as Item[]) {
    const found = (top.submenu as Item[]).find((i) => i.label === label);
    if (found) return found;
  }
  throw new Error(`no menu item ${label}`);
}
const click = (i: Item): void => (i.click as unknown as () => void)();

describe('files opened with DuThao', () => {
  it('picks .duthao and .docx from a command line, skipping flags and the app path', () => {
    expect(filesFromArgv(['/opt/DuThao/duthao', '--no-sandbox', 'gop-y.DUTHAO', '/home/a/Báo cáo.docx', 'notes.txt', '.'], '/home/a/Tải về')).toEqual([
      '/home/a/Tải về/gop-y.DUTHAO',
      '/home/a/Báo cáo.docx',
    ]);
    expect(openedFileKind('x.duthao')).toBe('reviewCopy');
    expect(openedFileKind('x.docx')).toBe('wordDocument');
    expect(openedFileKind('x.doc')).toBeNull();
  });

  it('first launch: the file waits until the page listens, then arrives once, as base64', async () => {
    const dir = files();
    await bootDesktopApp(fake, { desktop: { argv: ['duthao', 'gop-y.duthao'], cwd: dir } });
    const win = FakeBrowserWindow.instances[0]!;
    expect(opened(win)).toEqual([]);
    pageListens(win);
    expect(opened(win)).toEqual([{ kind: 'reviewCopy', name: 'gop-y.duthao', file: Buffer.from('review copy bytes').toString('base64') }]);
    pageListens(win);
    expect(opened(win)).toHaveLength(1);
  });

  it('second launch: its file goes to the running window, which comes to the front', async () => {
    const dir = files();
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    pageListens(win);
    win.minimized = true;
    fake.app.emit('second-instance', {}, ['C:\\DuThao\\DuThao.exe', 'Báo cáo.docx'], dir);
    expect(win.restoreCount).toBe(1);
    expect(win.focusCount).toBeGreaterThan(0);
    expect(opened(win)).toEqual([{ kind: 'wordDocument', name: 'Báo cáo.docx', file: Buffer.from('PK word bytes').toString('base64') }]);
  });

  it('Tệp → Nhập từ Word… asks for a .docx and hands it to the page like an opened file; cancelling sends nothing', async () => {
    const dir = files();
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    pageListens(win);
    fake.dialog.openPath = null;
    click(menuItem('Nhập từ Word…'));
    await new Promise((r) => setTimeout(r, 0));
    expect(opened(win)).toEqual([]);
    fake.dialog.openPath = join(dir, 'Báo cáo.docx');
    click(menuItem('Nhập từ Word…'));
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.stringify(fake.dialog.openDialogs.at(-1))).toContain('docx');
    expect(opened(win)).toEqual([{ kind: 'wordDocument', name: 'Báo cáo.docx', file: Buffer.from('PK word bytes').toString('base64') }]);
  });

  it('macOS open-file, and a page that reloads, get files only once it listens again', async () => {
    const dir = files();
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    pageListens(win);
    win.webContents.emit('did-start-loading');
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, join(dir, 'gop-y.duthao'));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(opened(win)).toEqual([]);
    pageListens(win);
    expect(opened(win).map((f) => f.name)).toEqual(['gop-y.duthao']);
  });

  it('a frame that is not our page cannot pull files', async () => {
    const dir = files();
    await bootDesktopApp(fake, { desktop: { argv: ['duthao', 'gop-y.duthao'], cwd: dir } });
    const win = FakeBrowserWindow.instances[0]!;
    fake.ipcMain.emit(OPEN_FILE_READY_CHANNEL, { sender: win.webContents, senderFrame: { url: 'https://evil.example/' } });
    expect(opened(win)).toEqual([]);
  });

  it('a missing or empty file becomes a Vietnamese message for the page, not a crash', () => {
    const dir = files();
    writeFileSync(join(dir, 'rong.duthao'), '');
    expect(readOpenedFile(join(dir, 'rong.duthao'))).toEqual({ kind: 'reviewCopy', name: 'rong.duthao', error: 'Tệp “rong.duthao” trống.' });
    expect(readOpenedFile(join(dir, 'mat.docx'))).toEqual({ kind: 'wordDocument', name: 'mat.docx', error: 'Không đọc được tệp “mat.docx”.' });
    const got: unknown[] = [];
    const q = createOpenFileQueue((f) => got.push(f), () => ({ kind: 'reviewCopy', name: 'a', file: '' }));
    q.open(['a.duthao', 'b.duthao']);
    q.pageReady();
    expect(got).toHaveLength(2);
  });
});

describe('crash recovery', () => {
  it('a crashed page is offered “Tải lại”, which reloads the same page', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    fake.dialog.responses.push(0);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await settle();
    const [, box] = fake.dialog.messageBoxes.at(-1) as [unknown, typeof PAGE_GONE_QUESTION];
    expect(box).toBe(PAGE_GONE_QUESTION);
    expect(box.buttons).toEqual(['Tải lại', 'Đóng cửa sổ']);
    expect(win.webContents.reloads).toBe(1);
    expect(win.closed).toBe(false);
  });

  it('a clean exit asks nothing; “Đóng cửa sổ” closes', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await settle();
    expect(fake.dialog.messageBoxes).toEqual([]);
    fake.dialog.responses.push(1);
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await settle();
    expect(win.closeCalls).toBe(1);
  });

  it('a hung page: “Chờ thêm” keeps everything, “Tải lại” ends the hung page and reloads', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    fake.dialog.responses.push(0);
    win.emit('unresponsive');
    await settle();
    expect((fake.dialog.messageBoxes.at(-1) as unknown[])[1]).toBe(UNRESPONSIVE_QUESTION);
    expect(win.webContents.reloads).toBe(0);
    // Asked once while the question is open, even if the event repeats.
    fake.dialog.responses.push(1);
    win.emit('unresponsive');
    win.emit('unresponsive');
    await settle();
    expect(fake.dialog.messageBoxes).toHaveLength(2);
    expect(win.webContents.forcedCrashes).toBe(1);
    expect(win.webContents.reloads).toBe(1);
  });

  it('starts the crash reporter with uploads off, dumps in the data folder', async () => {
    const { userData } = await bootDesktopApp(fake);
    expect(fake.crashReporter.startOptions).toMatchObject({ uploadToServer: false });
    expect(fake.app.paths['crashDumps']).toBe(join(userData, 'crashes'));
  });
});

describe('print and PDF', () => {
  it('In… prints the page with its backgrounds', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    click(menuItem('In…'));
    expect(win.webContents.printed).toEqual([{ printBackground: true }]);
  });

  it('without LibreOffice, Xuất PDF writes the printed A4 page and says so', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    win.webContents.url = 'duthao://app/index.html#/draft/d1';
    const out = join(mkdtempSync(join(tmpdir(), 'duthao-pdf-')), 'a.pdf');
    fake.dialog.savePath = out;
    click(menuItem('Xuất PDF…'));
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1));
    expect(win.webContents.pdfOptions).toEqual([PRINT_TO_PDF_OPTIONS]);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.4 page');
    const [, box] = fake.dialog.messageBoxes[0] as [unknown, { message: string; detail: string }];
    expect(box.message).toBe('Đã xuất PDF như trang in của DuThao.');
    expect(box.detail).toContain('chưa cài LibreOffice');
  });

  it('with LibreOffice and a draft open, the user picks; “từ tệp Word” converts the exported .docx', async () => {
    const convert = vi.fn();
    const booted = await bootDesktopApp(fake, { desktop: { findSoffice: () => '/usr/bin/soffice' } });
    (booted.handlers['exportDraftDocx'] as unknown as ReturnType<typeof vi.fn>).mockResolvedValue({ fileName: 'Bao cao.docx', file: Buffer.from('DOCX').toString('base64'), bytes: 4 });
    const win = FakeBrowserWindow.instances[0]!;
    win.webContents.url = 'duthao://app/index.html#/draft/d1';
    fake.dialog.responses.push(1);
    fake.dialog.savePath = null; // cancelled at the save dialog: nothing written, nothing converted
    click(menuItem('Xuất PDF…'));
    await vi.waitFor(() => expect(fake.dialog.saveDialogs).toHaveLength(1));
    expect((fake.dialog.messageBoxes[0] as unknown[])[1]).toBe(PDF_KIND_QUESTION);
    expect(booted.handlers['exportDraftDocx']).toHaveBeenCalledWith({ id: 'd1', variant: 'final' });
    expect((fake.dialog.saveDialogs[0] as [unknown, { defaultPath: string }])[1].defaultPath).toBe('Bao cao.pdf');
    expect(convert).not.toHaveBeenCalled();
    expect(win.webContents.pdfOptions).toEqual([]);
  });

  it('reads the open draft from the page address', () => {
    expect(draftIdOfUrl('duthao://app/index.html#/draft/abc_1-2')).toBe('abc_1-2');
    expect(draftIdOfUrl('duthao://app/index.html#/')).toBeNull();
  });
});

describe('desktop log', () => {
  it('records start, a failing call and a crash by name and code — never the document being saved', async () => {
    const lines: string[] = [];
    const logger = { info: (e: string, f?: object) => lines.push(`info ${e} ${JSON.stringify(f ?? {})}`), warn: (e: string, f?: object) => lines.push(`warn ${e} ${JSON.stringify(f ?? {})}`), error: (e: string, f?: object) => lines.push(`error ${e} ${JSON.stringify(f ?? {})}`) };
    const booted = await bootDesktopApp(fake, { desktop: { openLog: () => logger } });
    const secret = 'Phương án nhân sự khóa mới (mật)';
    (booted.handlers['saveDraft'] as unknown as ReturnType<typeof vi.fn>).mockImplementation(() => {
      throw new TypeError(`cannot store ${secret}`);
    });
    const win = FakeBrowserWindow.instances[0]!;
    const doc = { type: 'doc', content: [{ type: 'body', content: [{ type: 'paragraph', content: [{ type: 'text', text: secret }] }] }] };
    const handler = fake.ipcMain.handlers.get('duthao:api:saveDraft')!;
    const result = (await handler({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { id: 'd1', doc })) as { ok: boolean };
    expect(result.ok).toBe(false);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    const text = lines.join('\n');
    expect(text).toMatch(/^info app\.start /m);
    expect(text).toMatch(/^error api\.internal-error \{"error":"TypeError"/m);
    expect(text).toMatch(/^error renderer\.gone \{"reason":"crashed","exitCode":139\}/m);
    expect(text).not.toContain('nhân sự');
  });
});

describe('Trợ giúp', () => {
  it('opens the data folder (database, logs, crash reports) in the file manager', async () => {
    const { userData } = await bootDesktopApp(fake);
    click(menuItem('Mở thư mục dữ liệu và nhật ký'));
    expect(fake.shell.opened).toEqual([userData]);
  });

  it('the about box leads to the third-party licences, in a window without the API bridge', async () => {
    await bootDesktopApp(fake);
    fake.dialog.responses.push(1);
    click(menuItem('Giới thiệu DuThao'));
    await settle();
    const notices = FakeBrowserWindow.instances[1]!;
    expect(notices.loadedUrl).toBe(NOTICES_URL);
    expect(notices.options.webPreferences.preload).toBeUndefined();
    expect(notices.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });
});
