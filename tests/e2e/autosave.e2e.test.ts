// Autosave in a real browser against the built web host: typing reaches the
// database about a second after it stops, Ctrl+S saves at once, and when the
// host goes away the editor keeps the text and says, persistently, that it
// could not save.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openNewDraftId } from './lib/editor-page';
import { storedText } from './lib/host-api';
import { useAppSession } from './lib/session';

const session = useAppSession();
let page: Page;
let draftId = '';

/** Every test starts in a new draft of its own. */
beforeEach(async () => {
  page = session.page;
  draftId = await openNewDraftId(page, session.app.url);
});

describe('autosave in Chromium', () => {
  it('stores typing in the database about a second after it stops, without any explicit save', async () => {
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText('Nghị quyết về nhiệm vụ năm 2025');
    const typedAt = Date.now();
    let savedAfter = -1;
    while (Date.now() - typedAt < 5000) {
      if ((await storedText(session.app, draftId)).includes('Nghị quyết về nhiệm vụ năm 2025')) {
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
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText('Nghị quyết — Ctrl+S');
    await page.keyboard.press('Control+s');
    const pressedAt = Date.now();
    await expect.poll(() => storedText(session.app, draftId), { timeout: 900, interval: 50 }).toContain('— Ctrl+S');
    expect(Date.now() - pressedAt).toBeLessThan(900); // well before the 1 s idle timer
  });

  it('when the host stops: keeps the typed text and shows a persistent "Chưa lưu được" message', async () => {
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText('Nghị quyết về nhiệm vụ năm 2025');
    await expect.poll(() => storedText(session.app, draftId), { timeout: 10_000 }).toContain('Nghị quyết về nhiệm vụ năm 2025');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Đã lưu lúc/);
    await session.app.stop();
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
