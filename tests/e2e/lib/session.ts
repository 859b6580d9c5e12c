/**
 * The app and browser page an e2e test runs against: one for the whole file
 * (`useAppSession`: tests that each make their own draft), or a fresh app
 * over an empty data folder for every test (`useAppPerTest`: tests that need
 * an empty library or template list).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startApp, type RunningApp } from './app';
import { launchBrowser } from './chromium';
import { openAppPage, type AppPage } from './page';

/** The file's running app and its page (valid from the file's first test on). */
export interface AppSession {
  readonly app: RunningApp;
  readonly appPage: AppPage;
  readonly page: Page;
}

/**
 * Registers beforeAll/afterAll that start the built web host, open it in
 * Chromium with `timeoutMs` as the page's default timeout, and tear both down.
 */
export function useAppSession(timeoutMs = 10_000): AppSession {
  let browser: Browser | undefined;
  let app: RunningApp | undefined;
  let appPage: AppPage | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    appPage = await openAppPage(browser, app);
    appPage.page.setDefaultTimeout(timeoutMs);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the app session has not started');
    return v;
  };
  return {
    get app() {
      return ready(app);
    },
    get appPage() {
      return ready(appPage);
    },
    get page() {
      return ready(appPage).page;
    },
  };
}

/**
 * Registers hooks that launch Chromium once for the file and, around every
 * test, start the built web host over a fresh data folder and open it in a
 * new page (`timeoutMs` its default timeout); the page and host are closed
 * after the test.
 */
export function useAppPerTest(timeoutMs = 10_000): AppSession {
  let browser: Browser | undefined;
  let app: RunningApp | undefined;
  let appPage: AppPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    app = await startApp();
    appPage = await openAppPage(browser, app);
    appPage.page.setDefaultTimeout(timeoutMs);
  });
  afterEach(async () => {
    await appPage?.close();
    await app?.stop();
    appPage = undefined;
    app = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the test has no app yet');
    return v;
  };
  return {
    get app() {
      return ready(app);
    },
    get appPage() {
      return ready(appPage);
    },
    get page() {
      return ready(appPage).page;
    },
  };
}
