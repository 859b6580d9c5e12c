/**
 * The app and browser page an e2e test runs against: one for the whole file
 * (`useAppSession`: tests that each make their own draft), or a fresh app
 * over an empty data folder for every test (`useAppPerTest`: tests that need
 * an empty library or template list).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startApp, type RunningApp } from './app';
import { launchBrowser } from './chromium';
import { openNewDraft } from './editor-page';
import { openAppPage, type AppPage } from './page';

/** The file's running app and its page (valid from the file's first test on). */
export interface AppSession {
  readonly app: RunningApp;
  readonly appPage: AppPage;
  readonly page: Page;
}

/** Options of a session. */
export interface SessionOptions {
  /** The page's default timeout; default 10 s. */
  readonly timeoutMs?: number;
  /** The browser window's size; default Playwright's 1280×720. */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** What a session holds while it runs. */
interface SessionState {
  browser?: Browser;
  app?: RunningApp;
  appPage?: AppPage;
}

/** The session's getters over its state; they throw when read before the hooks have run. */
function sessionOf(state: SessionState): AppSession {
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the app session has not started');
    return v;
  };
  return {
    get app() {
      return ready(state.app);
    },
    get appPage() {
      return ready(state.appPage);
    },
    get page() {
      return ready(state.appPage).page;
    },
  };
}

/** Starts the built web host and opens it in a new page of the state's browser. */
async function startInto(state: SessionState, options: SessionOptions): Promise<void> {
  if (!state.browser) throw new Error('Chromium did not start');
  state.app = await startApp();
  state.appPage = await openAppPage(state.browser, state.app, options.viewport);
  state.appPage.page.setDefaultTimeout(options.timeoutMs ?? 10_000);
}

/**
 * Registers beforeAll/afterAll that start the built web host, open it in
 * Chromium with `timeoutMs` as the page's default timeout (and `options`),
 * and tear both down.
 */
export function useAppSession(timeoutMs = 10_000, options: Omit<SessionOptions, 'timeoutMs'> = {}): AppSession {
  const state: SessionState = {};
  beforeAll(async () => {
    state.browser = await launchBrowser();
    await startInto(state, { ...options, timeoutMs });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.app?.stop();
  });
  return sessionOf(state);
}

/**
 * Registers hooks that launch Chromium once for the file and, around every
 * test, start the built web host over a fresh data folder and open it in a
 * new page (`timeoutMs` its default timeout); the page and host are closed
 * after the test.
 */
export function useAppPerTest(timeoutMs = 10_000): AppSession {
  const state: SessionState = {};
  beforeAll(async () => {
    state.browser = await launchBrowser();
  });
  beforeEach(() => startInto(state, { timeoutMs }));
  afterEach(async () => {
    await state.appPage?.close();
    await state.app?.stop();
    state.appPage = undefined;
    state.app = undefined;
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return sessionOf(state);
}

/**
 * Registers a beforeEach that opens a new draft from the first template in
 * the session's page and then runs `prepare` (e.g. loads a fixture body):
 * every test of the file starts in a draft of its own.
 */
export function newDraftEachTest(session: AppSession, prepare: (page: Page) => Promise<void>): void {
  beforeEach(async () => {
    await openNewDraft(session.page, session.app.url);
    await prepare(session.page);
  });
}

/** A Chrome DevTools Protocol session on the session's page (IME composition, insertText), opened before the file's first test. */
export function useCdp(session: AppSession): { readonly cdp: CDPSession } {
  const holder: { cdp?: CDPSession } = {};
  beforeAll(async () => {
    holder.cdp = await session.page.context().newCDPSession(session.page);
  });
  return {
    get cdp() {
      if (!holder.cdp) throw new Error('the CDP session has not started');
      return holder.cdp;
    },
  };
}

/** The uncaught exceptions of the session's page (console errors not included), collected from the file's start. */
export function uncaughtErrors(session: AppSession): string[] {
  const errors: string[] = [];
  beforeAll(() => {
    session.page.on('pageerror', (e) => errors.push(e.message));
  });
  return errors;
}
