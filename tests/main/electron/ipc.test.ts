import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import { API_METHOD_NAMES } from '../../../common/api/contract';
import { ipcChannel } from '../../../common/api/bridge';
import { createDispatch } from '../../../main/api/dispatch';
import { registerIpc } from '../../../main/electron/ipc';
import { createFakeElectron, FakeBrowserWindow, FakeWebContents, type FakeElectron } from '../../helpers/electron-fake';
import { bootDesktopApp, fakeHandlers } from '../../helpers/electron-boot';

let fake: FakeElectron;
beforeEach(() => {
  fake = createFakeElectron();
});

/** An invoke event from the main frame of `win` (or from somewhere else). */
function eventFrom(win: FakeBrowserWindow, frame: { url: string } = win.webContents.mainFrame, sender: FakeWebContents = win.webContents) {
  return { sender, senderFrame: frame };
}

describe('IPC handlers', () => {
  it('registers exactly one handler per contract method', async () => {
    await bootDesktopApp(fake);
    const channels = [...fake.ipcMain.handlers.keys()].sort();
    expect(channels).toEqual(API_METHOD_NAMES.map(ipcChannel).sort());
    expect(channels).toHaveLength(API_METHOD_NAMES.length);
  });

  it('passes a well-formed call from the app window to the service', async () => {
    const { handlers } = await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    const result = await fake.ipcMain.handlers.get(ipcChannel('getDraft'))!(eventFrom(win), { id: 'abc' });
    expect(result).toEqual({ ok: true, value: { echo: 'getDraft', args: { id: 'abc' } } });
    expect(handlers.getDraft).toHaveBeenCalledTimes(1);
  });

  it('answers a malformed call with a typed INVALID_ARGUMENT result and never reaches the service', async () => {
    const { handlers } = await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    for (const [method, args] of [
      ['getDraft', { id: '../../etc/passwd' }],
      ['getDraft', {}],
      ['saveDraft', { id: 'a', doc: 'not a doc' }],
      ['renameDraft', { id: 'a', title: 'x', extra: true }],
      ['searchDrafts', { query: 'x', limit: 10_000 }],
      ['listDrafts', 'a string'],
    ] as const) {
      const result = await fake.ipcMain.handlers.get(ipcChannel(method))!(eventFrom(win), args);
      expect(result, `${method} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Dữ liệu gửi lên không hợp lệ.' } });
    }
    for (const m of API_METHOD_NAMES) expect(handlers[m]).not.toHaveBeenCalled();
  });

  it('rejects calls from other frames, other web contents or foreign pages with UNAUTHORIZED', async () => {
    const { handlers } = await bootDesktopApp(fake);
    const win = FakeBrowserWindow.instances[0]!;
    const handler = fake.ipcMain.handlers.get(ipcChannel('listDrafts'))!;
    const subFrame = { url: win.webContents.mainFrame.url };
    const strangers = [
      eventFrom(win, subFrame), // an iframe of our own page
      eventFrom(win, win.webContents.mainFrame, new FakeWebContents()), // another web contents
      { sender: win.webContents, senderFrame: null }, // frame already gone
    ];
    for (const event of strangers) {
      expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    win.webContents.mainFrame.url = 'https://example.com/';
    expect(await handler(eventFrom(win), {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(handlers.listDrafts).not.toHaveBeenCalled();
  });

  it('registerIpc can be undone', () => {
    const dispatch = createDispatch(fakeHandlers());
    const undo = registerIpc(fake.ipcMain as never, dispatch, () => true);
    expect(fake.ipcMain.handlers.size).toBe(API_METHOD_NAMES.length);
    undo();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
