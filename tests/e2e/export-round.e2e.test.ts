// The DỰ THẢO round in Chromium against the built web host: after two
// versions saved (through the API), "Xuất Word" → "Bản dự thảo" offers "Theo số phiên
// bản (lần 3)"; the downloaded .docx's header says "DỰ THẢO lần 3" and so
// does the page. "Nhập số" 5 then prints and shows "DỰ THẢO lần 5".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZip } from '../../main/file-formats/ooxml/zip';
import { openDraftById } from './lib/editor-page';
import { callHost, createDraftWithText } from './lib/host-api';
import { useAppSession } from './lib/session';

const session = useAppSession(15_000);
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'duthao-round-e2e-'));
beforeAll(() => {
  page = session.page;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const byTestId = (id: string): Locator => page.getByTestId(id);

/** The text of the .docx's page headers (where the draft mark is), runs joined. */
function headerText(file: string): string {
  const zip = openZip(readFileSync(file));
  return zip.entries
    .filter((e) => /^word\/header\d*\.xml$/.test(e.name))
    .map((e) => [...new TextDecoder().decode(zip.read(e.name)!).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

/** Exports the draft copy from the open dialog; returns the header text of the downloaded .docx. */
async function exportDraftCopy(name: string): Promise<string> {
  const dialog = byTestId('export-dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-confirm').click()]);
  await dialog.waitFor({ state: 'detached' });
  const file = join(work, name);
  await download.saveAs(file);
  return headerText(file);
}

describe('DỰ THẢO round in Chromium', () => {
  it('prints and shows the version-based N, or the typed one', async () => {
    const app = session.app;
    const id = await createDraftWithText(app, 'Năm 2026 đã hoàn thành các chỉ tiêu chủ yếu.');
    await callHost(app, 'saveVersion', { draftId: id, label: 'lần góp ý thứ nhất' });
    await callHost(app, 'saveVersion', { draftId: id, label: 'lần góp ý thứ hai' });
    await openDraftById(page, app.url, id);

    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('Control+e');
    const dialog = byTestId('export-dialog');
    await dialog.getByTestId('export-variant-draft').check();
    expect(await dialog.getByTestId('export-round-version-label').textContent()).toBe('Theo số phiên bản (lần 3)');
    expect(await dialog.getByTestId('export-round-version').isChecked()).toBe(true);
    expect(await exportDraftCopy('lan3.docx')).toContain('DỰ THẢO lần 3');
    await expect.poll(() => page.locator('.dt-draft-mark').textContent()).toBe('DỰ THẢO lần 3');

    // Exported again unchanged: still lần 3 (the version is reused).
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('Control+e');
    expect(await dialog.getByTestId('export-round-version-label').textContent()).toBe('Theo số phiên bản (lần 3)');

    await dialog.getByTestId('export-round-manual').check();
    await dialog.getByTestId('export-round-input').fill('5');
    expect(await dialog.getByTestId('export-round-preview').textContent()).toContain('DỰ THẢO lần 5');
    expect(await exportDraftCopy('lan5.docx')).toContain('DỰ THẢO lần 5');
    await expect.poll(() => page.locator('.dt-draft-mark').textContent()).toBe('DỰ THẢO lần 5');
    expect(session.appPage.errors).toEqual([]);
  }, 90_000);
});
