// Printing in Chromium against the built web host: with print media, only
// the draft's A4 sheet is laid out — the header, toolbars, panels, notices
// and status bar are gone — and the PDF Chromium prints (what "Lưu dưới
// dạng PDF" and Electron's printToPDF make) holds the document and none of
// the app's chrome.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useAppSession } from './lib/session';

const TEMPLATE_ID = 'bao-cao-cong-tac-nam-dang';
const session = useAppSession(15_000);
const work = mkdtempSync(join(tmpdir(), 'duthao-print-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('print CSS', () => {
  it('prints the A4 sheet alone: no app chrome is laid out, the PDF holds the document only', async () => {
    const page = session.page;
    await page.getByTestId('library-screen').waitFor();
    await page.getByTestId('new-draft-button').click();
    await page.locator(`[data-testid="template-option"][data-template-id="${TEMPLATE_ID}"]`).click();
    await page.getByTestId('new-draft-create').click();
    await page.getByTestId('editor-screen').waitFor();
    await page.locator('.ProseMirror .dt-body').waitFor();
    await page.locator('.ProseMirror .dt-body p').first().click();
    await page.keyboard.type('Kết quả thực hiện nhiệm vụ năm nay');

    // On screen the chrome is there (the browser's print button among it).
    expect(await page.getByTestId('print-button').isVisible()).toBe(true);
    expect(await page.locator('.app-header').isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    const stray = await page.evaluate(() => {
      const sheet = document.querySelector('.dt-page');
      if (!sheet) return ['no .dt-page'];
      const out: string[] = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (sheet.contains(el) || el.contains(sheet)) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && getComputedStyle(el).display !== 'none') out.push(`${el.tagName}.${el.className}`);
      }
      return out;
    });
    expect(stray).toEqual([]);
    const sheetBox = await page.locator('.dt-page').boundingBox();
    expect(sheetBox!.x).toBeLessThan(1);
    expect(await page.locator('.app-header').isVisible()).toBe(false);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(work, 'print.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Kết quả thực hiện nhiệm vụ năm nay');
    expect(text).not.toContain('Soạn thảo văn bản Đảng và Nhà nước'); // the app header's tagline
    expect(text).not.toContain('In / PDF trang in');
    await page.emulateMedia({ media: 'screen' });
  });
});
