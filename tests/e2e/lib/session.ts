/**
 * One app and one browser page for a whole e2e test file: started before
 * the first test, closed and stopped after the last.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
