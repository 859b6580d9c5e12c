import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import type { MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, MENU_COMMANDS } from '../../../common/api/bridge';
import { buildMenuTemplate } from '../../../main/electron/menu';
import { createFakeElectron, FakeBrowserWindow, type FakeElectron } from '../../helpers/electron-fake';
import { bootDesktopApp } from '../../helpers/electron-boot';

type Item = MenuItemConstructorOptions;

function topLevel(template: Item[], label: string): Item[] {
  const menu = template.find((m) => m.label === label);
  expect(menu, `menu ${label}`).toBeDefined();
  return menu!.submenu as Item[];
}

function item(items: Item[], label: string): Item {
  const found = items.find((i) => i.label === label);
  expect(found, `item ${label}`).toBeDefined();
  return found!;
}

function click(i: Item): void {
  (i.click as unknown as () => void)();
}

const linux = { isPackaged: true, platform: 'linux' as const };

/** Menu actions that do nothing (tests override the ones they watch). */
function noActions() {
  return { send: vi.fn(), quit: vi.fn(), about: vi.fn(), print: vi.fn(), exportPdf: vi.fn(), importWord: vi.fn(), openDataFolder: vi.fn() };
}

describe('application menu', () => {
  it('has the Vietnamese menus in order', () => {
    const template = buildMenuTemplate({ ...noActions(), send: vi.fn() }, linux);
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it('sends each document command with its shortcut', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({ ...noActions(), send }, linux);
    const expected: [string, string, string, string][] = [
      ['Tệp', 'Dự thảo mới', 'CmdOrCtrl+N', 'newDraft'],
      ['Tệp', 'Thư viện dự thảo', 'CmdOrCtrl+O', 'openLibrary'],
      ['Tệp', 'Lưu ngay', 'CmdOrCtrl+S', 'saveNow'],
      ['Tệp', 'Xuất Word…', 'CmdOrCtrl+E', 'exportDocx'],
      ['Sửa', 'Hoàn tác', 'CmdOrCtrl+Z', 'undo'],
      ['Sửa', 'Làm lại', 'CmdOrCtrl+Y', 'redo'],
      ['Sửa', 'Tìm', 'CmdOrCtrl+F', 'find'],
      ['Sửa', 'Thay thế', 'CmdOrCtrl+H', 'replace'],
      ['Xem', 'Phóng to', 'CmdOrCtrl+=', 'zoomIn'],
      ['Xem', 'Thu nhỏ', 'CmdOrCtrl+-', 'zoomOut'],
      ['Xem', 'Cỡ thật', 'CmdOrCtrl+0', 'resetZoom'],
    ];
    for (const [menu, label, accelerator, command] of expected) {
      const i = item(topLevel(template, menu), label);
      expect(i.accelerator, label).toBe(accelerator);
      send.mockClear();
      click(i);
      expect(send, label).toHaveBeenCalledExactlyOnceWith(command);
    }
    // every command the page understands is reachable from the menu
    expect(new Set(expected.map((e) => e[3]))).toEqual(new Set(MENU_COMMANDS));
  });

  it('lets the editor keep Ctrl+Z / Ctrl+Y for its own history', () => {
    const template = buildMenuTemplate({ ...noActions(), send: vi.fn() }, linux);
    const edit = topLevel(template, 'Sửa');
    expect(item(edit, 'Hoàn tác').registerAccelerator).toBe(false);
    expect(item(edit, 'Làm lại').registerAccelerator).toBe(false);
  });

  it('uses roles for the clipboard and window items', () => {
    const template = buildMenuTemplate({ ...noActions(), send: vi.fn() }, linux);
    const edit = topLevel(template, 'Sửa');
    expect(item(edit, 'Cắt').role).toBe('cut');
    expect(item(edit, 'Sao chép').role).toBe('copy');
    expect(item(edit, 'Dán').role).toBe('paste');
    expect(item(edit, 'Chọn tất cả').role).toBe('selectAll');
    const view = topLevel(template, 'Xem');
    // zoom scales the page sheet (a page command), not the whole window
    expect(item(view, 'Phóng to').role).toBeUndefined();
    expect(item(view, 'Toàn màn hình').role).toBe('togglefullscreen');
  });

  it('Thoát (Ctrl+Q) quits and Giới thiệu shows the about box', () => {
    const quit = vi.fn();
    const about = vi.fn();
    const template = buildMenuTemplate({ ...noActions(), quit, about }, linux);
    const exit = item(topLevel(template, 'Tệp'), 'Thoát');
    expect(exit.accelerator).toBe('CmdOrCtrl+Q');
    click(exit);
    expect(quit).toHaveBeenCalledOnce();
    click(item(topLevel(template, 'Trợ giúp'), 'Giới thiệu DuThao'));
    expect(about).toHaveBeenCalledOnce();
  });

  it('Tệp has In… (Ctrl+P) and Xuất PDF…; Trợ giúp opens the data and log folder', () => {
    const actions = noActions();
    const template = buildMenuTemplate(actions, linux);
    const print = item(topLevel(template, 'Tệp'), 'In…');
    expect(print.accelerator).toBe('CmdOrCtrl+P');
    click(print);
    expect(actions.print).toHaveBeenCalledOnce();
    click(item(topLevel(template, 'Tệp'), 'Xuất PDF…'));
    expect(actions.exportPdf).toHaveBeenCalledOnce();
    click(item(topLevel(template, 'Tệp'), 'Nhập từ Word…'));
    expect(actions.importWord).toHaveBeenCalledOnce();
    click(item(topLevel(template, 'Trợ giúp'), 'Mở thư mục dữ liệu và nhật ký'));
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
  });

  it('offers dev tools only when not packaged', () => {
    const actions = { ...noActions(), send: vi.fn() };
    const roles = (isPackaged: boolean) =>
      topLevel(buildMenuTemplate(actions, { isPackaged, platform: 'win32' }), 'Xem').map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});

describe('menu in the running app', () => {
  let fake: FakeElectron;
  beforeEach(() => {
    fake = createFakeElectron();
  });

  it('is installed and sends commands to the focused window on the menu channel', async () => {
    await bootDesktopApp(fake);
    const template = fake.Menu.applicationTemplate as Item[];
    const win = FakeBrowserWindow.instances[0]!;
    click(item(topLevel(template, 'Tệp'), 'Lưu ngay'));
    expect(win.webContents.sent).toEqual([{ channel: MENU_CHANNEL, args: ['saveNow'] }]);
    const other = new FakeBrowserWindow({ width: 800, height: 600 });
    FakeBrowserWindow.focused = other;
    click(item(topLevel(template, 'Sửa'), 'Tìm'));
    expect(other.webContents.sent).toEqual([{ channel: MENU_CHANNEL, args: ['find'] }]);
  });

  it('about box names the version and the data folder, in Vietnamese', async () => {
    const { userData } = await bootDesktopApp(fake);
    click(item(topLevel(fake.Menu.applicationTemplate as Item[], 'Trợ giúp'), 'Giới thiệu DuThao'));
    const args = fake.dialog.messageBoxes[0] as unknown[];
    const options = args.at(-1) as { title: string; message: string; detail: string };
    expect(options.title).toBe('Giới thiệu DuThao');
    expect(options.message).toContain('0.1.0');
    expect(options.detail).toContain(userData);
  });
});
