// The drafts library in a real browser against the built web host: create a
// draft from a template, type Vietnamese, autosave, reload, search without
// diacritics, rename, trash, restore and delete for good.
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppPage } from './harness';
import { openDraftById } from './lib/editor-page';
import { createDraftWithText } from './lib/host-api';
import { useAppPerTest } from './lib/session';

const TEXT = 'Thành ủy Cần Thơ tổng kết năm 2024';
const NEW_TITLE = 'Báo cáo tổng kết năm 2024 của Thành ủy';

/** Every test gets a fresh app over an empty data folder, and makes the drafts it needs. */
const session = useAppPerTest();
let appPage: AppPage;
let page: Page;
beforeEach(() => {
  ({ appPage, page } = session);
});

/** No test may leave an error in its page. */
afterEach(() => {
  expect(appPage.errors).toEqual([]);
});

/** A stored draft holding TEXT (titled `title` when given), shown in the library; returns its id. */
async function draftInLibrary(title?: string): Promise<string> {
  const id = await createDraftWithText(session.app, TEXT, title === undefined ? {} : { title });
  await page.reload();
  await page.locator(`[data-testid="draft-row"][data-draft-id="${id}"]`).waitFor();
  return id;
}

/** A stored draft holding TEXT, open in the editor; returns its id. */
async function draftInEditor(): Promise<string> {
  const id = await createDraftWithText(session.app, TEXT);
  await openDraftById(page, session.app.url, id);
  return id;
}

const byTestId = (id: string): Locator => page.getByTestId(id);

async function rowTitles(): Promise<string[]> {
  return page.getByTestId('draft-row').getByTestId('draft-title').allTextContents();
}

async function search(query: string, typed: 'fill' | 'insertText' = 'fill'): Promise<string[]> {
  const box = byTestId('search-input');
  await box.fill('');
  if (typed === 'fill') await box.fill(query);
  else {
    await box.focus();
    await page.keyboard.insertText(query);
  }
  // Wait for the answer to this query (the list of the previous one stays up while the user types).
  const q = JSON.stringify(query.normalize('NFC').trim());
  await page.locator(`[data-testid="search-results"][data-query=${q}], [data-testid="search-empty"][data-query=${q}]`).first().waitFor();
  return page.getByTestId('search-hit-title').allTextContents();
}

describe('drafts library in Chromium', () => {

  it('starts on an empty library and hides the token from the address', async () => {
    await byTestId('library-screen').waitFor();
    await byTestId('empty-state').waitFor();
    expect(await byTestId('empty-state').textContent()).toContain('Chưa có dự thảo nào');
    expect(page.url()).not.toContain('token=');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('creates a draft from a template and saves typed Vietnamese text automatically', async () => {
    await byTestId('new-draft-button').click();
    const dialog = byTestId('new-draft-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('dialog');
    await dialog.getByTestId('template-option').first().waitFor();
    await byTestId('new-draft-create').click();
    await byTestId('editor-screen').waitFor();
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText(TEXT);
    await expect.poll(() => byTestId('save-status').textContent(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
    const draftId = (await byTestId('editor-screen').getAttribute('data-draft-id')) ?? '';
    expect(draftId).not.toBe('');
  });

  it('shows the text again after reloading the page', async () => {
    await draftInEditor();
    await page.reload();
    await byTestId('editor-screen').waitFor();
    await page.locator('.dt-body').waitFor();
    expect(await page.locator('.dt-body').textContent()).toContain(TEXT);
  });

  it('renames the draft from the title in the editor', async () => {
    await draftInEditor();
    const title = byTestId('editor-title');
    await title.fill('Dự thảo tạm');
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/renameDraft') && r.ok()), title.press('Enter')]);
    await page.reload();
    await byTestId('editor-screen').waitFor();
    await expect.poll(() => byTestId('editor-title').inputValue()).toBe('Dự thảo tạm');
  });

  it('lists the draft in the library with its template, profile and last change', async () => {
    const draftId = await draftInEditor();
    await byTestId('back-to-library').click();
    await byTestId('library-screen').waitFor();
    const row = page.locator(`[data-testid="draft-row"][data-draft-id="${draftId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('draft-profile').textContent()).toMatch(/^(Đảng|Nhà nước)$/);
    expect(await row.getByTestId('draft-template').textContent()).not.toBe('');
    expect(await row.getByTestId('draft-updated').textContent()).toMatch(/vừa xong|phút trước/);
    expect(await row.getByTestId('draft-updated').getAttribute('title')).toMatch(/^\d\d:\d\d, ngày \d\d\/\d\d\/\d{4}$/);
  });

  it('finds the draft by its text without diacritics or case, and from NFD input', async () => {
    await draftInLibrary();
    for (const [query, how] of [
      ['can tho', 'fill'],
      ['CAN THO', 'fill'],
      ['Cần Thơ'.normalize('NFD'), 'insertText'],
      ['thanh uy', 'fill'],
    ] as const) {
      const titles = await search(query, how);
      expect(titles.length, `search "${query}"`).toBe(1);
    }
    expect(await byTestId('search-snippet').first().textContent()).toMatch(/Cần Thơ/);
    expect(await search('qwxz')).toEqual([]);
    expect(await byTestId('search-empty').textContent()).toContain('Không tìm thấy');
    await byTestId('search-input').fill('');
    await byTestId('draft-list').waitFor();
  });

  it('renames the draft', async () => {
    const draftId = await draftInLibrary();
    const row = page.locator(`[data-testid="draft-row"][data-draft-id="${draftId}"]`);
    await row.getByTestId('draft-rename').click();
    const input = byTestId('rename-input');
    await input.fill(NEW_TITLE);
    await byTestId('rename-save').click();
    await byTestId('rename-dialog').waitFor({ state: 'detached' });
    await expect.poll(rowTitles).toEqual([NEW_TITLE]);
  });

  it('moves the draft to the trash and restores it', async () => {
    const draftId = await draftInLibrary(NEW_TITLE);
    const row = page.locator(`[data-testid="draft-row"][data-draft-id="${draftId}"]`);
    await row.getByTestId('draft-trash').click();
    await byTestId('empty-state').waitFor();
    expect(await rowTitles()).toEqual([]);

    await byTestId('trash-link').click();
    await byTestId('trash-screen').waitFor();
    await expect.poll(rowTitles).toEqual([NEW_TITLE]);
    await page.getByTestId('draft-row').getByTestId('draft-restore').click();
    await byTestId('empty-state').waitFor();
    expect(await byTestId('empty-state').textContent()).toContain('Thùng rác trống');

    await byTestId('library-link').click();
    await byTestId('library-screen').waitFor();
    await expect.poll(rowTitles).toEqual([NEW_TITLE]);
  });

  it('deletes the draft for good only after a confirmation naming it', async () => {
    await draftInLibrary(NEW_TITLE);
    await page.getByTestId('draft-row').getByTestId('draft-trash').click();
    await byTestId('empty-state').waitFor();
    await byTestId('trash-link').click();
    await expect.poll(rowTitles).toEqual([NEW_TITLE]);

    await page.getByTestId('draft-row').getByTestId('draft-delete').click();
    const confirm = byTestId('confirm-delete-dialog');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(NEW_TITLE);
    await byTestId('confirm-cancel').click(); // cancelling keeps it
    await confirm.waitFor({ state: 'detached' });
    expect(await rowTitles()).toEqual([NEW_TITLE]);

    await page.getByTestId('draft-row').getByTestId('draft-delete').click();
    await byTestId('confirm-ok').click();
    await byTestId('empty-state').waitFor();
    await byTestId('library-link').click();
    await byTestId('empty-state').waitFor();
    expect(await search('can tho')).toEqual([]);
  });

  it('opens a draft from its row and goes back to the library without page errors', async () => {
    const id = await draftInLibrary();
    await page.locator(`[data-testid="draft-row"][data-draft-id="${id}"] [data-testid="draft-title"]`).click();
    await byTestId('editor-screen').waitFor();
    expect(await page.locator('.dt-body').textContent()).toContain(TEXT);
    await byTestId('back-to-library').click();
    await byTestId('library-screen').waitFor();
    expect(appPage.errors).toEqual([]);
  });
});
