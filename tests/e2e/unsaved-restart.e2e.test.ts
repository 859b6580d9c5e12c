// Nothing typed is lost when the local host restarts (issue 8 §4), in a real
// browser against the built web host: text typed while the host is stopped
// reaches the database once the host is back (same data folder, same port,
// new token) and the same tab is pointed at the new address, with no reload;
// and after the tab is lost (a crash) the text is offered back when the draft
// opens again ("Khôi phục nội dung chưa lưu").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './harness';
import { openNewDraftId } from './lib/editor-page';
import { storedText } from './lib/host-api';

let browser: Browser | undefined;
let context: BrowserContext;
let app: RunningApp | undefined;
let page: Page;
let dataDir: string;
let port: number;
let draftId = '';

/** Restarts the host on the same data folder and port: a new token, the same origin. */
async function restart(): Promise<RunningApp> {
  await app?.stop();
  app = await startApp({ dataDir, port });
  return app;
}

async function typeAtEnd(p: Page, text: string): Promise<void> {
  await p.locator('.dt-body p').last().click();
  await p.keyboard.press('End');
  await p.keyboard.insertText(text);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'duthao-e2e-restart-'));
  app = await startApp({ dataDir });
  port = Number(new URL(app.baseUrl).port);
  browser = await launchBrowser();
  context = await browser.newContext();
});

/** Every test starts in a new tab, in a new draft of its own, with the host running. */
beforeEach(async () => {
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  draftId = await openNewDraftId(page, app!.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a web-host restart in Chromium', () => {
  it('saves what was typed while the host was stopped, once the same tab opens the new address (no reload)', async () => {
    await typeAtEnd(page, 'Đoạn gõ khi máy chủ còn chạy.');
    await expect.poll(() => storedText(app!, draftId), { timeout: 10_000 }).toContain('Đoạn gõ khi máy chủ còn chạy.');
    await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));

    await app!.stop();
    await typeAtEnd(page, ' Đoạn gõ khi máy chủ đã dừng.');
    await page.getByTestId('save-alert').waitFor({ timeout: 15_000 });

    const before = app!;
    const next = await restart();
    expect(next.baseUrl).toBe(before.baseUrl);
    expect(next.token).not.toBe(before.token);
    await page.goto(next.url);
    await expect.poll(() => storedText(next, draftId), { timeout: 15_000 }).toContain('Đoạn gõ khi máy chủ đã dừng.');
    // The same document (no reload): the opened address shows the library, the draft saved on the way.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.getByTestId('library-screen').waitFor();
    expect(new URL(page.url()).hash).not.toContain('token=');
    // Back in the draft: the text is there, and saving works with the new token.
    await page.locator(`[data-testid="draft-row"][data-draft-id="${draftId}"] [data-testid="draft-title"]`).click();
    await page.getByTestId('editor-screen').waitFor();
    expect(await page.locator('.dt-body').textContent()).toContain('Đoạn gõ khi máy chủ đã dừng.');
  });

  it('after the tab is lost while the host is stopped, offers the unsaved text back and stores it on a click', async () => {
    await app!.stop();
    await typeAtEnd(page, ' Đoạn gõ rồi thẻ bị đóng.');
    await page.getByTestId('save-alert').waitFor({ timeout: 15_000 });
    // The tab dies (crash or closed without saving): only the browser's storage remains.
    await page.close({ runBeforeUnload: false });

    const next = await restart();
    expect(await storedText(next, draftId)).not.toContain('Đoạn gõ rồi thẻ bị đóng.');
    const again = await context.newPage();
    again.setDefaultTimeout(15_000);
    await again.goto(next.url);
    await again.getByTestId('draft-row').first().waitFor();
    await again.evaluate((id) => (location.hash = `#/draft/${id}`), draftId);
    const offer = again.getByTestId('restore-unsaved');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('nội dung chưa lưu');
    // Not restored, nothing overwritten, until the drafter says so.
    expect(await again.locator('.dt-body').textContent()).not.toContain('Đoạn gõ rồi thẻ bị đóng.');
    await again.getByTestId('restore-unsaved-button').click();
    await expect.poll(() => storedText(next, draftId), { timeout: 15_000 }).toContain('Đoạn gõ rồi thẻ bị đóng.');
    expect(await again.locator('.dt-body').textContent()).toContain('Đoạn gõ rồi thẻ bị đóng.');
    // Stored: a later reload offers nothing.
    await again.reload();
    await again.getByTestId('editor-screen').waitFor();
    await again.locator('.dt-body p').first().waitFor();
    await new Promise((r) => setTimeout(r, 500));
    expect(await again.getByTestId('restore-unsaved').count()).toBe(0);
  });
});
