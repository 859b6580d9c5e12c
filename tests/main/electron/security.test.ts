import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import * as electron from 'electron';
import { createFakeElectron, fakeEvent, FakeBrowserWindow, FakeWebContents, type FakeElectron } from '../../helpers/electron-fake';
import { bootDesktopApp } from '../../helpers/electron-boot';
import { APP_START_URL } from '../../../main/electron/appUrl';
import { createAppProtocolHandler, resolveAppFile } from '../../../main/electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../common/security/content-security-policy';

let fake: FakeElectron;
beforeEach(() => {
  fake = createFakeElectron();
});

describe('electron mock', () => {
  it('replaces the real module, whose binary cannot run here', () => {
    expect(typeof (electron as unknown as FakeElectron).contextBridge.exposeInMainWorld).toBe('function');
  });
});

describe('main window', () => {
  it('is created with exactly the secure webPreferences and loads the app page', async () => {
    await bootDesktopApp(fake);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const win = FakeBrowserWindow.instances[0]!;
    const prefs = win.options.webPreferences;
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      preload: '/app/dist/main/preload.cjs',
      devTools: true,
    });
    expect(win.loadedUrl).toBe(APP_START_URL);
  });

  it('has no dev tools in a packaged app', async () => {
    fake.app.isPackaged = true;
    await bootDesktopApp(fake);
    expect(FakeBrowserWindow.instances[0]!.options.webPreferences.devTools).toBe(false);
  });
});

describe('navigation and new windows', () => {
  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', fakeEvent(), contents);
    return contents;
  }

  it('prevents navigating any web contents away from the app page', async () => {
    await bootDesktopApp(fake);
    const contents = hardened();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:8080/', 'duthao://evil/index.html', 'javascript:alert(1)']) {
      const ev = fakeEvent();
      contents.emit('will-navigate', ev, url);
      expect(ev.defaultPrevented, url).toBe(true);
      const redirect = fakeEvent();
      contents.emit('will-redirect', redirect, url);
      expect(redirect.defaultPrevented, url).toBe(true);
      const frameNav = fakeEvent({ url });
      contents.emit('will-frame-navigate', frameNav);
      expect(frameNav.defaultPrevented, url).toBe(true);
    }
    const own = fakeEvent();
    contents.emit('will-navigate', own, `${APP_START_URL}#/draft/abc`);
    expect(own.defaultPrevented).toBe(false);
  });

  it('denies window.open and webviews', async () => {
    await bootDesktopApp(fake);
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_START_URL })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });
});

describe('session policy', () => {
  it('asks where to save an exported file, with a Vietnamese Save As dialog filtered to its kind', async () => {
    await bootDesktopApp(fake);
    const onDownload = fake.session.defaultSession.listeners.get('will-download');
    expect(onDownload).toBeDefined();
    const options: unknown[] = [];
    const item = (name: string) => ({ getFilename: () => name, setSaveDialogOptions: (o: unknown) => options.push(o) });
    onDownload!({}, item('123-BC-TU Bao cao cong tac nam 2024.docx'));
    onDownload!({}, item('Bao cao (gop y).duthao'));
    expect(options[0]).toMatchObject({ title: 'Lưu tệp', defaultPath: '123-BC-TU Bao cao cong tac nam 2024.docx' });
    expect((options[0] as { filters: { extensions: string[] }[] }).filters[0]!.extensions).toEqual(['docx']);
    expect((options[1] as { filters: { extensions: string[] }[] }).filters[0]!.extensions).toEqual(['duthao']);
  });

  it('denies every permission request and check', async () => {
    await bootDesktopApp(fake);
    const ses = fake.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      ses.permissionRequestHandler!(new FakeWebContents(), permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler!(new FakeWebContents(), permission, APP_START_URL, {})).toBe(false);
    }
  });

  it('puts a strict CSP header on every response, replacing any other', async () => {
    await bootDesktopApp(fake);
    const callback = vi.fn();
    fake.session.defaultSession.headersListener!(
      { url: APP_START_URL, responseHeaders: { 'content-security-policy': ["script-src 'unsafe-eval' *"], 'X-Other': 'kept' } },
      callback,
    );
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    const csp = Object.entries(headers).filter(([k]) => k.toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    const policy = csp[0]![1].join(';');
    expect(headers['X-Other']).toEqual(['kept']);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:|\*|wss?:/);
    const directives = new Map(policy.split(';').map((d) => { const [k, ...v] = d.trim().split(/\s+/); return [k!, v.join(' ')]; }));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });
});

describe('app protocol', () => {
  function rendererDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'duthao-renderer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>DuThao</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, '..', 'secret.txt'), 'secret');
    return dir;
  }

  it('is registered as a secure standard scheme before ready and serves the renderer with the CSP', async () => {
    await bootDesktopApp(fake);
    expect(fake.protocol.privileged).toEqual([{ scheme: 'duthao', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.protocol.handlers.has('duthao')).toBe(true);

    const handle = createAppProtocolHandler(rendererDir());
    const page = await handle(new Request(APP_START_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('DuThao');
    const script = await handle(new Request('duthao://app/assets/app.js'));
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('refuses paths outside the renderer folder and other hosts', async () => {
    const dir = rendererDir();
    const handle = createAppProtocolHandler(dir);
    for (const url of ['duthao://app/../secret.txt', 'duthao://app/%2e%2e/secret.txt', 'duthao://app/..%2fsecret.txt', 'duthao://other/index.html', 'duthao://app/missing.js']) {
      expect((await handle(new Request(url))).status, url).toBe(404);
    }
    expect(resolveAppFile(dir, 'duthao://app/')).toBe(join(dir, 'index.html'));
  });
});
