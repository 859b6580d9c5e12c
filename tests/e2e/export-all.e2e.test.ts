// "Xuất tất cả dự thảo" in Chromium against the built web host: two drafts
// (one with a comment thread), Sao lưu / Khôi phục → Xuất tất cả dự thảo,
// the summary names how many went out, and the downloaded .zip holds each
// draft's final .docx (read by python-docx and by our capped zip reader)
// and the JSON bundle with the drafts and their threads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZip } from '../../main/file-formats/ooxml/zip';
import type { RunningApp } from './harness';
import { callHost, createDraftWithText } from './lib/host-api';
import { useAppSession } from './lib/session';

const session = useAppSession(20_000);
let app: RunningApp;
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'duthao-export-all-e2e-'));
beforeAll(() => {
  ({ app, page } = session);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The paragraphs of a .docx as python-docx reads them. */
function pythonDocxText(file: string): string {
  return execFileSync('/usr/bin/python3', ['-c', 'import docx, sys\nprint("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))', file], { encoding: 'utf8' });
}

describe('export all drafts from the web host', () => {
  it('downloads one .zip with every draft’s .docx and the JSON bundle, after showing the summary', async () => {
    const first = await createDraftWithText(app, 'Thành ủy đã hoàn thành các chỉ tiêu chủ yếu.', { templateId: 'blank', title: 'Báo cáo công tác năm 2026' });
    await createDraftWithText(app, 'Tập trung chuyển đổi số trong cơ quan Đảng.', { templateId: 'blank', title: 'Nghị quyết nhiệm vụ năm 2027' });
    await callHost(app, 'updateSettings', { userName: 'Nguyễn Văn A', userRole: 'Chuyên viên' });
    await callHost(app, 'addThread', { draftId: first, quote: 'Thành ủy', body: 'Bổ sung số liệu quý IV.' });

    await page.reload();
    await page.getByTestId('draft-list').waitFor();
    await page.getByTestId('backup-button').click();
    const dialog = page.getByTestId('backup-dialog');
    await dialog.getByTestId('export-all').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-all-start').click()]);
    const summary = dialog.getByTestId('export-all-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/Đã xuất 2\/2 dự thảo vào tệp duthao-tat-ca-du-thao-\d{4}-\d{2}-\d{2}\.zip \(đã tải về\)/);

    expect(download.suggestedFilename()).toMatch(/^duthao-tat-ca-du-thao-\d{4}-\d{2}-\d{2}\.zip$/);
    const zipPath = join(work, 'all.zip');
    await download.saveAs(zipPath);
    const zip = openZip(readFileSync(zipPath));
    const names = zip.entries.map((e) => e.name);
    const docxNames = names.filter((n) => n.endsWith('.docx'));
    expect(docxNames).toHaveLength(2);
    expect(names).toContain('duthao-tat-ca-du-thao.json');

    const texts = docxNames.map((name, i) => {
      const file = join(work, `d${i}.docx`);
      writeFileSync(file, zip.read(name)!);
      return pythonDocxText(file);
    });
    expect(texts.join('\n')).toContain('hoàn thành các chỉ tiêu chủ yếu.');
    expect(texts.join('\n')).toContain('Tập trung chuyển đổi số trong cơ quan Đảng.');

    const bundle = JSON.parse(new TextDecoder().decode(zip.read('duthao-tat-ca-du-thao.json')!)) as {
      format: string;
      drafts: { id: string; title: string; threads: { entries: { body: string }[] }[] }[];
    };
    expect(bundle.format).toBe('duthao-drafts');
    expect(bundle.drafts.map((d) => d.title).sort()).toEqual(['Báo cáo công tác năm 2026', 'Nghị quyết nhiệm vụ năm 2027']);
    expect(JSON.stringify(bundle.drafts.find((d) => d.id === first)!.threads)).toContain('Bổ sung số liệu quý IV.');
    expect(session.appPage.errors).toEqual([]);
  }, 60_000);
});
