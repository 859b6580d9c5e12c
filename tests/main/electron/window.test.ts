import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import { BEFORE_CLOSE_CHANNEL, CLOSE_READY_CHANNEL } from '../../../common/api/bridge';
import { CLOSE_TIMEOUT_MS, attachCloseProtocol } from '../../../main/electron/closeProtocol';
import { FORCE_CLOSE_QUESTION } from '../../../main/electron/desktopApp';
import { WINDOW_STATE_FILE, isOnScreen, loadWindowState, parseWindowState, saveWindowState } from '../../../main/electron/windowState';
import { STARTUP_ERROR_TITLE } from '../../../main/electron/startupError';
import { createFakeElectron, fakeEvent, FakeBrowserWindow, type FakeElectron } from '../../helpers/electron-fake';
import { bootDesktopApp } from '../../helpers/electron-boot';
import { REPO_ROOT } from '../../helpers/repo';

let fake: FakeElectron;
beforeEach(() => {
  fake = createFakeElectron();
});
afterEach(() => {
  vi.useRealTimers();
});

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'duthao-window-'));
}

/** Closes the window the way a user does, answering the page's save request. */
function closeAndAnswer(win: FakeBrowserWindow): void {
  win.close();
  fake.ipcMain.emit(CLOSE_READY_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame });
}

describe('window bounds', () => {
  it('are saved on close and restored at the next launch, maximised state included', async () => {
    const userData = tempDir();
    await bootDesktopApp(fake, { userData });
    const first = FakeBrowserWindow.instances[0]!;
    first.bounds = { x: 200, y: 150, width: 1000, height: 700 };
    first.maximized = true;
    closeAndAnswer(first);
    expect(first.closed).toBe(true);
    expect(JSON.parse(readFileSync(join(userData, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      bounds: { x: 200, y: 150, width: 1000, height: 700 },
      maximized: true,
    });

    fake = createFakeElectron();
    await bootDesktopApp(fake, { userData });
    const second = FakeBrowserWindow.instances[0]!;
    expect(second.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);
    expect(second.visible).toBe(true);
  });

  it('saved on a monitor that is gone are ignored: the window opens at the default size', async () => {
    const userData = tempDir();
    writeFileSync(join(userData, WINDOW_STATE_FILE), JSON.stringify({ bounds: { x: 2500, y: 100, width: 1000, height: 700 }, maximized: false }));
    await bootDesktopApp(fake, { userData });
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.x).toBeUndefined();
    expect(win.options.y).toBeUndefined();
    expect(win.options).toMatchObject({ width: 1280, height: 860 });
  });

  it('corrupt or hostile state files are ignored', () => {
    const dir = tempDir();
    const file = join(dir, WINDOW_STATE_FILE);
    for (const content of ['{not json', 'null', '[]', '{"bounds":{"x":0,"y":0,"width":"1000","height":700},"maximized":false}', '{"bounds":{"x":0,"y":0,"width":10,"height":10},"maximized":false}', '{"bounds":{"x":0,"y":0,"width":1e9,"height":700},"maximized":false}', '{"bounds":{"x":0.5,"y":0,"width":1000,"height":700},"maximized":false}']) {
      writeFileSync(file, content);
      expect(loadWindowState(file, screen), content).toBeNull();
    }
    expect(loadWindowState(join(dir, 'absent.json'), screen)).toBeNull();
  });

  it('count as visible only when the title bar is on a display', () => {
    const b = (x: number, y: number) => ({ x, y, width: 1000, height: 700 });
    expect(isOnScreen(b(100, 100), screen)).toBe(true);
    expect(isOnScreen(b(-900, 100), screen)).toBe(false); // only 100 px showing
    expect(isOnScreen(b(100, -300), screen)).toBe(false); // title bar above the screen
    expect(isOnScreen(b(100, 1000), screen)).toBe(false); // below the screen
    expect(isOnScreen(b(2000, 100), [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }])).toBe(true); // second monitor
  });

  it('are written atomically and invalid states are not written', () => {
    const file = join(tempDir(), 'sub', WINDOW_STATE_FILE);
    expect(saveWindowState(file, { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: false })).toBe(true);
    expect(parseWindowState(JSON.parse(readFileSync(file, 'utf8')))).toEqual({ bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: false });
    expect(existsSync(`${file}.tmp`)).toBe(false);
    expect(saveWindowState(file, { bounds: { x: Number.NaN, y: 2, width: 900, height: 600 }, maximized: false })).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).bounds.x).toBe(1);
  });
});

describe('single instance', () => {
  it('a second launch focuses the first window (restoring it if minimised)', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    win.minimized = true;
    fake.app.emit('second-instance', fakeEvent(), ['duthao'], '/');
    expect(win.restoreCount).toBe(1);
    expect(win.focusCount).toBe(1);
    expect(win.visible).toBe(true);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('the second process quits at once without opening anything', async () => {
    fake.app.singleInstanceLock = false;
    const { openServices } = await bootDesktopApp(fake);
    expect(fake.app.quitCalls).toBe(1);
    expect(openServices).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('close protocol', () => {
  it('holds the close, asks the page to save, and closes when the page is ready', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    win.close();
    expect(win.closed).toBe(false);
    expect(win.webContents.sent).toEqual([{ channel: BEFORE_CLOSE_CHANNEL, args: [] }]);
    win.close(); // a second click while saving asks nothing new
    expect(win.webContents.sent).toHaveLength(1);
    fake.ipcMain.emit(CLOSE_READY_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame });
    expect(win.closed).toBe(true);
  });

  it('ignores a close-ready from anyone but the window', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    win.close();
    fake.ipcMain.emit(CLOSE_READY_CHANNEL, { sender: {}, senderFrame: { url: 'duthao://app/index.html' } });
    expect(win.closed).toBe(false);
  });

  it('when the page does not answer in time, asks the user, and closes only if they say so', async () => {
    await bootDesktopApp(fake);
    vi.useFakeTimers();
    const win = FakeBrowserWindow.instances[0]!;
    const answers = [0, 1]; // first "Không đóng", then "Vẫn đóng"
    fake.dialog.showMessageBox = (...args: unknown[]) => {
      fake.dialog.messageBoxes.push(args);
      return Promise.resolve({ response: answers.shift()! });
    };
    win.close();
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS - 100);
    expect(fake.dialog.messageBoxes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(fake.dialog.messageBoxes).toHaveLength(1);
    expect(fake.dialog.messageBoxes[0]).toEqual([win, FORCE_CLOSE_QUESTION]);
    expect(FORCE_CLOSE_QUESTION.buttons).toEqual(['Không đóng', 'Vẫn đóng']);
    expect(win.closed).toBe(false); // the user chose to stay: the text is still in the editor

    win.close(); // trying again asks the page again
    expect(win.webContents.sent.filter((m) => m.channel === BEFORE_CLOSE_CHANNEL)).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS + 100);
    expect(fake.dialog.messageBoxes).toHaveLength(2);
    expect(win.closed).toBe(true);
  });

  it('closes at once when the page answers while the question is open', async () => {
    await bootDesktopApp(fake);
    vi.useFakeTimers();
    const win = FakeBrowserWindow.instances[0]!;
    let answer: (v: { response: number }) => void = () => {};
    fake.dialog.showMessageBox = () => new Promise((r) => (answer = r));
    win.close();
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS + 100);
    fake.ipcMain.emit(CLOSE_READY_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame });
    expect(win.closed).toBe(true);
    answer({ response: 0 });
    await vi.advanceTimersByTimeAsync(10);
    expect(win.closed).toBe(true);
  });

  it('without a question to ask, closes when the time is up (hung renderer)', async () => {
    vi.useFakeTimers();
    const win = new FakeBrowserWindow({ width: 900, height: 600 });
    attachCloseProtocol(win as never);
    win.close();
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS - 100);
    expect(win.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(win.closed).toBe(true);
  });

  it('closes at once when the renderer has crashed', async () => {
    await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    win.webContents.crashed = true;
    win.close();
    expect(win.closed).toBe(true);
  });

  it('Ctrl+Q goes through the same path: the page saves first, then the app quits', async () => {
    const { closeServices } = await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    const quit = (fake.Menu.applicationTemplate as any[]).find((m) => m.label === 'Tệp').submenu.find((i: any) => i.label === 'Thoát');
    // Electron's app.quit(): before-quit, then close every window (a prevented close cancels the quit).
    fake.app.quit = () => {
      fake.app.quitCalls += 1;
      fake.app.emit('before-quit', fakeEvent());
      for (const w of FakeBrowserWindow.instances) w.close();
      if (FakeBrowserWindow.instances.every((w) => w.closed)) fake.app.emit('will-quit', fakeEvent());
    };
    quit.click();
    expect(win.closed).toBe(false);
    expect(win.webContents.sent.at(-1)).toEqual({ channel: BEFORE_CLOSE_CHANNEL, args: [] });
    expect(closeServices).not.toHaveBeenCalled();
    fake.ipcMain.emit(CLOSE_READY_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame });
    expect(win.closed).toBe(true);
    expect(closeServices).toHaveBeenCalledOnce();
  });
});

describe('start-up', () => {
  it('opens the services on the user data folder and the templates shipped with the app', async () => {
    const { openServices, userData } = await bootDesktopApp(fake);
    expect(openServices).toHaveBeenCalledWith({
      dataDir: userData,
      templatesDir: join('/tmp/duthao-fake-app', 'templates'),
      appVersion: '0.1.0',
      dailyBackup: true,
      docxWorkerDir: expect.any(String),
      chooseExportFolder: expect.any(Function),
    });
  });

  it('a StartupError is shown in Vietnamese and the app quits without a window', async () => {
    const { StartupError } = await import('../../../main/store/startup-error');
    const err = new StartupError('Không ghi được vào thư mục dữ liệu /x: thư mục chỉ cho phép đọc.', 'EROFS: read-only file system');
    await bootDesktopApp(fake, {
      openServices: () => {
        throw err;
      },
    });
    expect(fake.dialog.errorBoxes).toEqual([{ title: STARTUP_ERROR_TITLE, content: `${err.message}\n\nChi tiết kỹ thuật: EROFS: read-only file system` }]);
    expect(fake.app.exitCode).toBe(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('with the real services, a corrupt database is moved aside and getAppInfo over IPC tells the page where it is', async () => {
    const { openServices } = await import('../../../main/services');
    const userData = tempDir();
    writeFileSync(join(userData, 'duthao.db'), 'this is not a SQLite database '.repeat(100));
    fake.app.appPath = REPO_ROOT;
    await bootDesktopApp(fake, { userData, openServices });
    expect(fake.dialog.errorBoxes).toEqual([]);
    const win = FakeBrowserWindow.instances[0]!;
    const result = (await fake.ipcMain.handlers.get('duthao:api:getAppInfo')!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, {})) as {
      ok: true;
      value: { dataDir: string; movedAsideDatabase: string | null };
    };
    expect(result.ok).toBe(true);
    expect(result.value.dataDir).toBe(userData);
    expect(result.value.movedAsideDatabase).toBeTruthy();
    expect(readFileSync(result.value.movedAsideDatabase!, 'utf8')).toContain('this is not a SQLite database');
    const templates = (await fake.ipcMain.handlers.get('duthao:api:listTemplates')!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, {})) as { ok: boolean; value: unknown[] };
    expect(templates.ok).toBe(true);
    expect(templates.value.length).toBeGreaterThan(0);
    fake.app.emit('will-quit', fakeEvent());
  });

  it('an unexpected start-up failure is shown with its detail', async () => {
    await bootDesktopApp(fake, {
      openServices: () => {
        throw new TypeError('boom');
      },
    });
    expect(fake.dialog.errorBoxes[0]!.content).toMatch(/^Đã xảy ra lỗi không mong muốn khi khởi động\./);
    expect(fake.dialog.errorBoxes[0]!.content).toContain('boom');
    expect(fake.app.exitCode).toBe(1);
  });
});
