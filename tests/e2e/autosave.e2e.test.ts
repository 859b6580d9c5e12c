// Autosave in a real browser against the built web host: typing reaches the
// database about a second after it stops, Ctrl+S saves at once, and when the
// host goes away the editor keeps the text and says, persistently, that it
// could not save.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../common/api/contract';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../common/api/http';
import { launchBrowser, startApp, type RunningApp } from './harness';

let browser: Browser | undefined;
let app: RunningApp | undefined;
let page: Page;
let draftId = '';

/** Reads a draft straight from the host, as a second client would. */
async function storedDraft(id: string): Promise<Draft> {
  const res = await fetch(`${app!.baseUrl}${API_PATH_PREFIX.slice(1)}getDraft`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: app!.token },
    body: JSON.stringify({ id }),
  });
  const body = (await res.json()) as { ok: boolean; value: Draft };
  expect(body.ok).toBe(true);
  return body.value;
}

const storedText = async (id: string): Promise<string> => JSON.stringify((await storedDraft(id)).doc);

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(app.url);
  await page.getByTestId('new-draft-button').click();
  await page.getByTestId('template-option').first().waitFor();
  await page.getByTestId('new-draft-create').click();
  await page.getByTestId('editor-screen').waitFor();
  await page.locator('.dt-body p').first().waitFor();
  draftId = (await page.getByTestId('editor-screen').getAttribute('data-draft-id')) ?? '';
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('autosave in Chromium', () => {
  it('stores typing in the database about a second after it stops, without any explicit save', async () => {
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText('Nghị quyết về nhiệm vụ năm 2025');
    const typedAt = Date.now();
    let savedAfter = -1;
    while (Date.now() - typedAt < 5000) {
      if ((await storedText(draftId)).includes('Nghị quyết về nhiệm vụ năm 2025')) {
        savedAfter = Date.now() - typedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`autosave: text in the database ${savedAfter} ms after typing stopped`);
    expect(savedAfter).toBeGreaterThan(0);
    // ~1 s idle delay plus the save; a little slack for a loaded 2-core machine.
    expect(savedAfter).toBeLessThan(1800);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Đã lưu lúc/);
  });

  it('saves at once on Ctrl+S', async () => {
    await page.keyboard.insertText(' — Ctrl+S');
    await page.keyboard.press('Control+s');
    const pressedAt = Date.now();
    await expect.poll(() => storedText(draftId), { timeout: 900, interval: 50 }).toContain('— Ctrl+S');
    expect(Date.now() - pressedAt).toBeLessThan(900); // well before the 1 s idle timer
  });

  it('when the host stops: keeps the typed text and shows a persistent "Chưa lưu được" message', async () => {
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Đã lưu lúc/);
    await app!.stop();
    await page.locator('.dt-body p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' — Cần Thơ sau khi mất kết nối');
    const alert = page.getByTestId('save-alert');
    await alert.waitFor({ timeout: 8000 });
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/^Chưa lưu được: mất kết nối với DuThao.*DuThao sẽ thử lại…$/);
    expect(await page.getByTestId('save-status').textContent()).toBe('Chưa lưu được — đang thử lại');

    // Still there after the first retry (2 s later), and the text is untouched.
    await page.waitForTimeout(3000);
    expect(await alert.isVisible()).toBe(true);
    expect(await page.getByTestId('save-status').textContent()).not.toMatch(/Đã lưu/);
    expect(await page.locator('.dt-body').textContent()).toContain('Cần Thơ sau khi mất kết nối');
    expect(await page.locator('.dt-body').textContent()).toContain('Nghị quyết về nhiệm vụ năm 2025');

    // Leaving the draft is refused while it cannot be saved: the editor stays.
    await page.getByTestId('back-to-library').click();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('editor-screen').isVisible()).toBe(true);
    expect(await page.locator('.dt-body').textContent()).toContain('Cần Thơ sau khi mất kết nối');
  });
});
