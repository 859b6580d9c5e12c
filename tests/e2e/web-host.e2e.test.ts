// The real web host in a real browser: the page loads from the built app,
// the API only answers calls carrying the per-launch token, and the CSP
// stops inline scripts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../common/api/http';
import { launchBrowser, openAppPage, startApp, type RunningApp } from './harness';

let browser: Browser | undefined;
let app: RunningApp | undefined;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage();
});

/** Puts the page on the app (a test run alone starts on a blank page). */
async function showApp(): Promise<void> {
  if (!page.url().startsWith(app!.baseUrl)) await page.goto(app!.url);
}

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Calls the API with `fetch` from inside the served page (opened first if the page is elsewhere), with the given token header (or none). */
async function callFromPage(method: string, token: string | null): Promise<{ status: number; body: unknown }> {
  await showApp();
  return page.evaluate(
    async ({ path, header, token }) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token !== null) headers[header] = token;
      const res = await fetch(path, { method: 'POST', headers, body: '{}' });
      return { status: res.status, body: await res.json() };
    },
    { path: API_PATH_PREFIX + method, header: TOKEN_HEADER, token },
  );
}

describe('web host in Chromium', () => {
  it('serves the app page with the strict CSP, and the page runs under it', async () => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    const res = await page.goto(app!.url);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(res?.status()).toBe(200);
    const headers = res?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBeGreaterThan(50);
  });

  it('rejects an API call made without the token, or with a wrong one, with 401', async () => {
    const res = await callFromPage('listDrafts', null);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await callFromPage('listDrafts', 'x'.repeat(43))).status).toBe(401);
  });

  it('answers the same call with the token the host printed', async () => {
    const res = await callFromPage('listDrafts', app!.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, value: expect.any(Array) });
  });

  it('loads every script and style of the app with no error in the page', async () => {
    const opened = await openAppPage(browser!, app!);
    try {
      await opened.page.waitForLoadState('networkidle');
      expect(opened.errors).toEqual([]);
      expect(await opened.page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('blocks an injected inline script (CSP)', async () => {
    await showApp();
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__duthaoInlineRan = true;';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __duthaoInlineRan?: boolean }).__duthaoInlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
