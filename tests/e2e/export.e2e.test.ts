// Export in Chromium against the built web host: a draft from the Đảng
// report template, a number typed in the header, "Kiểm tra thể thức" lists
// the missing signer in Vietnamese and jumps to its field, Ctrl+E exports
// the draft copy as a download; the .docx holds the subject and the DỰ THẢO
// mark, and LibreOffice turns it into an A4 PDF showing both on page 1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openAppPage, startApp, type AppPage, type RunningApp } from './harness';
import { sofficeConvert } from '../helpers/libreoffice';

const TEMPLATE_ID = 'bao-cao-cong-tac-nam-dang';
const SUBJECT = 'tình hình thực hiện nhiệm vụ năm 2026';

let browser: Browser | undefined;
let app: RunningApp | undefined;
let appPage: AppPage;
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'duthao-export-e2e-'));

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  appPage = await openAppPage(browser, app);
  page = appPage.page;
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The text of an XML part of the .docx, runs joined (Word splits text across runs). */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('export to Word in Chromium', () => {
  it('checks the format, jumps to the signer, exports the draft copy that LibreOffice reads as A4', async () => {
    await page.getByTestId('library-screen').waitFor();
    await page.getByTestId('new-draft-button').click();
    const option = page.locator(`[data-testid="template-option"][data-template-id="${TEMPLATE_ID}"]`);
    await option.click();
    await page.getByTestId('new-draft-create').click();
    await page.getByTestId('editor-screen').waitFor();
    await page.locator('.ProseMirror .dt-body').waitFor();

    await page.locator('input.dt-number').fill('123');
    await page.locator('input.dt-number').press('Enter');
    await page.locator('textarea.dt-subject').fill(SUBJECT);
    await page.locator('textarea.dt-subject').blur();

    // On demand: the panel lists the missing signer name, in Vietnamese.
    await page.getByTestId('format-check-button').click();
    const panel = page.getByTestId('format-check-panel');
    const signerIssue = panel.locator('[data-testid="format-issue"][data-field="signerName"]');
    await signerIssue.waitFor();
    expect(await signerIssue.textContent()).toContain('Thiếu họ tên người ký.');
    expect(await panel.getByTestId('format-check-summary').textContent()).toMatch(/\d+ lỗi/);

    // Jump: the signer's name input gets the focus.
    await signerIssue.click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.className ?? ''))
      .toContain('dt-signer-name');
    await page.getByTestId('format-check-close').click();

    // Ctrl+E: saved first, the dialog shows the issues, the draft copy is exported anyway.
    await page.locator('.ProseMirror .dt-body p').first().click();
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-issues').waitFor();
    expect(await dialog.getByTestId('export-issues').textContent()).toContain('Thiếu họ tên người ký.');
    await dialog.getByTestId('export-variant-draft').check();
    expect(await dialog.getByTestId('export-with-comments').isDisabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-confirm').click()]);
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('save-status').getAttribute('data-state')).toBe('clean');

    const name = download.suggestedFilename();
    expect(name).toMatch(/^[\x20-\x7e]+\.docx$/);
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name).toContain('123');
    const file = join(work, 'export.docx');
    await download.saveAs(file);

    const zip = await JSZip.loadAsync(readFileSync(file));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(wordText(documentXml)).toContain(SUBJECT);
    // The exporter puts the DỰ THẢO mark in the page headers (so it shows on page 1 above the header table).
    const headerParts = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
    const headerTexts = await Promise.all(headerParts.map(async (n) => wordText(await zip.file(n)!.async('string'))));
    expect(wordText(documentXml) + headerTexts.join('')).toContain('DỰ THẢO');

    // An independent reader: LibreOffice converts it; the PDF is A4.
    sofficeConvert([file], work, 'pdf', 90_000);
    const pdf = join(work, 'export.pdf');
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts/);
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page1).toContain('DỰ THẢO');
    expect(page1).toContain('123-BC/TU');
    expect(appPage.errors).toEqual([]);
  }, 120_000);
});
