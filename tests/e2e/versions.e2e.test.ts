// Versions in a real browser against the built web host: save a version
// with a label, edit the text, compare the version with the current text
// (the change is visible, word by word), restore the version, and see the
// backup dialog list a backup made by hand.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDraftWithText } from './lib/host-api';
import { useAppSession } from './lib/session';

const FIRST = 'Năm 2024 đã hoàn thành các chỉ tiêu chủ yếu.';
const ADDED = ' Đã khánh thành cầu Vàm Cống.';

const session = useAppSession(15_000);
let page: Page;
beforeAll(() => {
  page = session.page;
});

const byTestId = (id: string): Locator => page.getByTestId(id);

async function saved(): Promise<void> {
  await expect.poll(() => byTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Đã lưu/);
}

describe('versions in Chromium', () => {
  it('saves a version, compares it after an edit, and restores it', async () => {
    await page.goto(session.app.url);
    await byTestId('library-screen').waitFor();
    await byTestId('new-draft-button').click();
    await byTestId('new-draft-dialog').getByTestId('template-option').first().waitFor();
    await byTestId('new-draft-create').click();
    await byTestId('editor-screen').waitFor();
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText(FIRST);

    // Save a version with a label (the pending text is stored first).
    await byTestId('versions-button').click();
    await byTestId('version-label-input').fill('Dự thảo lần 1 – gửi Ban Thường vụ');
    await byTestId('save-version-button').click();
    await expect.poll(() => byTestId('versions-info').textContent()).toContain('Đã lưu Phiên bản 1 – Dự thảo lần 1');
    expect(await byTestId('version-item').count()).toBe(1);
    await byTestId('versions-close').click();
    await byTestId('versions-dialog').waitFor({ state: 'detached' });

    // Edit: add a sentence.
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(ADDED);
    await saved();

    // Compare version 1 with the current text: the added words are shown as added.
    await byTestId('versions-button').click();
    await byTestId('version-compare-current').first().click();
    const view = byTestId('compare-view');
    await view.waitFor();
    expect(await byTestId('compare-summary').textContent()).toContain('sửa 1');
    const ins = view.locator('[data-kind="changed"] ins.diff-ins');
    await expect.poll(async () => (await ins.allTextContents()).map((t) => t.trim())).toEqual([ADDED.trim()]);
    // Inline layout shows it too.
    await byTestId('layout-inline').check();
    expect(await view.locator('[data-kind="changed"] ins.diff-ins').first().textContent()).toContain('Vàm Cống');

    // Restore version 1: the added sentence is gone, and the list grew (nothing overwritten).
    await byTestId('version-restore').last().click();
    await byTestId('confirm-restore-version').getByTestId('confirm-ok').click();
    await byTestId('versions-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.dt-body').textContent()).not.toContain('Vàm Cống');
    expect(await page.locator('.dt-body').textContent()).toContain(FIRST);
    await byTestId('versions-button').click();
    await expect.poll(() => byTestId('version-item').count()).toBe(3);
    await byTestId('versions-close').click();
  });

  it('backs up by hand and shows what the backup holds before restoring', async () => {
    await createDraftWithText(session.app, FIRST);
    await page.goto(session.app.url);
    await byTestId('library-screen').waitFor();
    await byTestId('backup-button').click();
    await byTestId('backup-now').click();
    await expect.poll(() => byTestId('backup-info').textContent()).toContain('Đã sao lưu');
    await byTestId('backup-preview').first().click();
    const panel = byTestId('backup-preview-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/có [1-9]\d* dự thảo/);
    expect(await byTestId('backup-restore').isVisible()).toBe(true);
    await byTestId('backup-close').click();
  });
});
