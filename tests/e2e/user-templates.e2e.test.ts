// User templates ("Lưu làm mẫu") in a real browser against the built web
// host: save a draft as a template from the editor, find it under "Mẫu của
// tôi" in "Dự thảo mới", create a draft from it, delete it.
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { callHost, createDraftWithText } from './lib/host-api';
import { useAppPerTest } from './lib/session';

const SENTENCE = 'Phòng Tổng hợp đề xuất tăng cường kiểm tra, giám sát việc thực hiện nghị quyết ở cơ sở.';
const TEMPLATE_NAME = 'Mẫu báo cáo của phòng';

const session = useAppPerTest();
let page: Page;
beforeEach(() => {
  page = session.page;
});

/** A user template named TEMPLATE_NAME whose body is SENTENCE, made through the API in this test's fresh app; returns its id. */
async function userTemplate(): Promise<string> {
  const draftId = await createDraftWithText(session.app, SENTENCE);
  return (await callHost(session.app, 'saveDraftAsTemplate', { id: draftId, title: TEMPLATE_NAME })).id;
}

const byTestId = (id: string): Locator => page.getByTestId(id);

async function openNewDraftDialog(): Promise<Locator> {
  await byTestId('library-screen').waitFor();
  await byTestId('new-draft-button').click();
  const dialog = byTestId('new-draft-dialog');
  await dialog.getByTestId('template-option').first().waitFor();
  return dialog;
}

describe('user templates in Chromium', () => {
  it('saves a draft as a template right after typing (the typed text is stored first)', async () => {
    await openNewDraftDialog();
    await byTestId('new-draft-create').click();
    await byTestId('editor-screen').waitFor();
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText(SENTENCE);
    // No wait for the autosave: "Lưu làm mẫu" must store the pending text itself.
    await byTestId('save-as-template-button').click();
    const name = byTestId('save-template-name');
    expect(await name.inputValue()).not.toBe('');
    await name.fill(TEMPLATE_NAME);
    await byTestId('save-template-ok').click();
    await byTestId('save-template-dialog').waitFor({ state: 'detached' });
    expect(await byTestId('editor-info').textContent()).toContain(`Đã lưu mẫu «${TEMPLATE_NAME}».`);
  });

  it('lists it under Mẫu của tôi and creates a draft that has the sentence', async () => {
    await userTemplate();
    const dialog = await openNewDraftDialog();
    const mine = dialog.getByTestId('template-group-mine');
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Mẫu của tôi');
    const option = mine.getByTestId('template-option').filter({ hasText: TEMPLATE_NAME });
    expect(await option.count()).toBe(1);
    // Built-in templates have no delete button.
    expect(await dialog.getByTestId('template-group-builtin').getByTestId('template-delete').count()).toBe(0);
    await option.click();
    expect(await option.locator('input[type="radio"]').isChecked()).toBe(true);
    await byTestId('new-draft-create').click();
    await byTestId('editor-screen').waitFor();
    await page.locator('.ProseMirror .dt-body').waitFor();
    expect(await page.locator('.dt-body').textContent()).toContain(SENTENCE);
  });

  it('deletes the template after a confirmation, and it is gone from the dialog', async () => {
    const templateId = await userTemplate();
    await callHost(session.app, 'createDraft', { templateId });
    await page.reload();
    let dialog = await openNewDraftDialog();
    const mine = dialog.getByTestId('template-group-mine');
    await mine.getByTestId('template-delete').click();
    const confirm = byTestId('confirm-delete-template');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`«${TEMPLATE_NAME}»`);
    await confirm.getByTestId('confirm-ok').click();
    await confirm.waitFor({ state: 'detached' });
    await mine.waitFor({ state: 'detached' });
    expect(await byTestId('template-info').textContent()).toBe(`Đã xóa mẫu «${TEMPLATE_NAME}».`);
    expect(await dialog.getByTestId('template-option').filter({ hasText: TEMPLATE_NAME }).count()).toBe(0);

    // Still gone when the dialog asks the store again.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    dialog = await openNewDraftDialog();
    expect(await dialog.getByTestId('template-group-mine').count()).toBe(0);
    expect(await dialog.getByTestId('template-option').filter({ hasText: TEMPLATE_NAME }).count()).toBe(0);
    // The draft made from it stays in the library.
    await page.keyboard.press('Escape');
    const rows = page.getByTestId('draft-row').filter({ hasText: TEMPLATE_NAME });
    expect(await rows.count()).toBe(1);
  });
});
