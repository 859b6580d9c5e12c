/**
 * Opening the app in a fresh browser page, collecting what went wrong in it
 * (uncaught errors, console errors) so a test can assert there was none.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from './app';

/** A page showing the app, with the problems seen so far. */
export interface AppPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions and console errors of the page, in order. */
  readonly errors: string[];
  /** Closes the page's context. */
  close(): Promise<void>;
}

/** Opens `app.url` (with its token) in a new browser context (of `viewport` size, when given) and waits for the page to load. */
export async function openAppPage(browser: Browser, app: RunningApp, viewport?: { readonly width: number; readonly height: number }): Promise<AppPage> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(app.url, { waitUntil: 'load' });
  return { page, context, errors, close: () => context.close() };
}
