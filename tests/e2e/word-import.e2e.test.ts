// "Nhập từ Word" in a real browser against the built web host: the library
// button imports an exported report and opens it; a .docx dropped on the
// window opens the same dialog, which asks about tracked changes first.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../main/file-formats/docx/export-docx';
import { sampleNhaNuocDoc } from '../helpers/export-samples';
import { documentXml, makeDocx } from '../helpers/hostile-files';
import { useAppSession } from './lib/session';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const session = useAppSession();
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

const byTestId = (id: string): Locator => page.getByTestId(id);

/** Drops a file on the window as the user's drag-and-drop would. */
async function dropFile(name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, base64, type }) => {
      const raw = atob(base64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, base64: Buffer.from(bytes).toString('base64'), type: DOCX_MIME },
  );
}

describe('Nhập từ Word in Chromium', () => {
  it('imports a report from the library button, shows the report and opens the new draft', async () => {
    await byTestId('library-screen').waitFor();
    const bytes = await exportDocx(sampleNhaNuocDoc(), { variant: 'final' });
    await byTestId('word-import-input').setInputFiles({ name: 'bao-cao-2024.docx', mimeType: DOCX_MIME, buffer: Buffer.from(bytes) });
    const dialog = byTestId('word-import-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('import-report').waitFor();
    expect(await dialog.getByTestId('import-report').textContent()).toContain('Số ký hiệu: Số: 45/BC-UBND');
    expect(await byTestId('word-import-title-input').inputValue()).toBe('Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024');
    expect(await dialog.textContent()).toContain('Chuyển năm 2024 →');
    await byTestId('word-import-submit').click();
    await byTestId('word-import-done').waitFor();
    expect(await byTestId('word-import-title').textContent()).toBe('Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024');
    await byTestId('word-import-open').click();
    await byTestId('editor-screen').waitFor();
    expect(await page.locator('.dt-body').textContent()).toContain('Tốc độ tăng trưởng tổng sản phẩm');
  });

  it('a dropped .docx with tracked changes asks accept-all or reject-all before importing', async () => {
    await page.goto(session.app.url);
    await byTestId('library-screen').waitFor();
    // The library has loaded (a list, or the empty state when this test runs alone).
    await page.locator('[data-testid="draft-list"], [data-testid="empty-state"]').first().waitFor();
    const body = '<w:p><w:r><w:t xml:space="preserve">Thu ngân sách </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>vượt</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>đạt</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> dự toán.</w:t></w:r></w:p>';
    await dropFile('thay-doi.docx', makeDocx({ 'word/document.xml': documentXml(body) }));
    await byTestId('word-import-tracked').waitFor();
    expect(await byTestId('word-import-submit').isDisabled()).toBe(true);
    await byTestId('word-import-tracked').getByText('Từ chối tất cả thay đổi').click();
    expect(await byTestId('word-import-submit').isDisabled()).toBe(false);
    await byTestId('word-import-submit').click();
    await byTestId('word-import-done').waitFor();
    expect(await byTestId('import-notes').textContent()).toContain('2 thay đổi được theo dõi (track changes) đã được từ chối tất cả.');
    await byTestId('word-import-open').click();
    await byTestId('editor-screen').waitFor();
    expect(await page.locator('.dt-body').textContent()).toContain('Thu ngân sách đạt dự toán.');
  });
});
