// Review comments in Chromium against the web host: select text, comment
// (Ctrl+Alt+M, the Góp ý button, the context menu), reply, resolve, reopen,
// reload — all still there; review mode refuses typing but allows
// commenting; a .docx export holds the comments with their authors and
// LibreOffice converts it; a review copy goes to a second installation, is
// commented there, comes back and merges once.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDraftById } from './lib/editor-page';
import { callHost, createDraftWithText } from './lib/host-api';
import type { Thread } from '../../common/review/types';
import { launchBrowser, openAppPage, startApp, type AppPage, type RunningApp } from './harness';
import { sofficeConvert } from '../helpers/libreoffice';

let browser: Browser | undefined;
let app: RunningApp | undefined;
let appPage: AppPage;
let page: Page;
let draftId = '';
const tmpDirs: string[] = [];

/** Calls the API straight on the host, as a second client would. */
async function call<T>(method: string, args: unknown, on: RunningApp = app!): Promise<T> {
  return (await callHost(on, method as never, args)) as T;
}

/** The first sentence of every test's draft. */
const FIRST_SENTENCE = 'Thu ngân sách năm 2025 đạt 126.838 tỷ đồng.';
/** What the second test types after it; the later tests' drafts hold it from the start. */
const MORE_SENTENCES = ' Chi ngân sách bảo đảm đúng dự toán. Nợ công trong giới hạn.';

/** A comment thread a test sets up through the API: its quoted passage, opening message and replies. */
interface ThreadSetup {
  readonly quote: string;
  readonly body: string;
  readonly replies?: readonly string[];
}

/** The four threads the earlier tests leave on a draft, for the tests that start from a commented draft. */
const COMMENTED: readonly ThreadSetup[] = [
  { quote: '126.838 tỷ đồng', body: 'Ghi rõ nguồn số liệu <b>.', replies: ['Theo Cục Thống kê.'] },
  { quote: 'Chi ngân sách', body: 'Nêu số chi cụ thể.' },
  { quote: 'Nợ công', body: 'Ghi tỷ lệ nợ công so với GDP.' },
  { quote: 'Thu ngân sách', body: 'Đề nghị so sánh với năm trước.' },
];

/** Makes this test's draft (`text`, then the threads, through the API) and opens it in the editor; sets `draftId`. */
async function openDraftWith(text: string, threads: readonly ThreadSetup[] = []): Promise<void> {
  draftId = await createDraftWithText(app!, text);
  for (const th of threads) {
    const thread = await call<Thread>('addThread', { draftId, quote: th.quote, body: th.body });
    for (const reply of th.replies ?? []) await call('addReply', { threadId: thread.id, body: reply });
  }
  await openDraftById(page, app!.url, draftId);
}

/** Selects `text` inside the first body paragraph that contains it. */
async function selectText(text: string, on: Page = page): Promise<void> {
  await on.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.dt-body')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(needle);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
  // Let ProseMirror read the DOM selection.
  await on.waitForTimeout(100);
}

async function typeIn(locator: ReturnType<Page['locator']>, text: string, on: Page = page): Promise<void> {
  await locator.click();
  await on.keyboard.insertText(text);
}

/** Writes the pending comment's text and sends it. */
async function sendPending(text: string, on: Page = page): Promise<void> {
  const pending = on.getByTestId('review-pending');
  await pending.waitFor();
  await typeIn(pending.locator('textarea'), text, on);
  await pending.getByRole('button', { name: 'Góp ý' }).click();
  await pending.waitFor({ state: 'detached' });
}

/** The body's text as stored. */
async function storedText(id: string, on: RunningApp = app!): Promise<string> {
  const draft = await call<{ doc: unknown }>('getDraft', { id }, on);
  return JSON.stringify(draft.doc);
}

/** A fresh temporary folder, removed after the suite. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
}

/** Clicks a menu item that saves a file, and returns the file's bytes and suggested name. */
async function download(on: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([on.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

beforeAll(async () => {
  app = await startApp();
  await call('updateSettings', { userName: 'Nguyễn Văn An', userRole: 'Phó Chánh Văn phòng' });
  browser = await launchBrowser();
  appPage = await openAppPage(browser, app);
  page = appPage.page;
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

describe('review comments in Chromium', () => {
  it('comments on a selection, replies, resolves, reopens, and finds it all after a reload', async () => {
    await openDraftWith(FIRST_SENTENCE);
    await selectText('126.838 tỷ đồng');
    await page.keyboard.press('Control+Alt+m');
    const pending = page.getByTestId('review-pending');
    await pending.waitFor();
    await typeIn(pending.locator('textarea'), 'Ghi rõ nguồn số liệu <b>.');
    await pending.getByRole('button', { name: 'Góp ý' }).click();
    const card = page.getByTestId('review-thread').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('Ghi rõ nguồn số liệu <b>.');
    expect(await card.locator('b').count()).toBe(0);
    expect(await page.locator('.dt-body .dt-comment').first().textContent()).toBe('126.838 tỷ đồng');

    await card.locator('.dt-rv-quote').click();
    await typeIn(card.locator('textarea'), 'Theo Cục Thống kê.');
    await card.getByRole('button', { name: 'Trả lời' }).click();
    await expect.poll(() => card.getByTestId('review-entry').count()).toBe(2);

    await card.getByRole('button', { name: 'Giải quyết' }).click();
    await expect.poll(() => page.getByTestId('review-thread').count()).toBe(0);
    await page.getByLabel(/Hiện góp ý đã giải quyết/).check();
    await page.getByTestId('review-thread').first().getByRole('button', { name: 'Mở lại' }).click();

    // Stored: the thread with both messages, open, anchored by the saved mark.
    await expect
      .poll(async () => (await call<Thread[]>('listThreads', { draftId })).map((t) => [t.status, t.entries.length, t.detached]))
      .toEqual([['open', 2, false]]);
    await expect.poll(async () => JSON.stringify((await call<{ doc: unknown }>('getDraft', { id: draftId })).doc)).toContain('"comment"');

    await page.reload();
    await page.getByTestId('editor-screen').waitFor();
    const again = page.getByTestId('review-thread').first();
    await again.waitFor();
    expect(await again.textContent()).toContain('Theo Cục Thống kê.');
    // Author, role, relative time with the full date on hover.
    expect(await again.locator('.dt-rv-author').first().textContent()).toBe('Nguyễn Văn An');
    expect(await again.locator('.dt-rv-role').first().textContent()).toBe('Phó Chánh Văn phòng');
    const time = again.locator('time').first();
    expect(await time.textContent()).toMatch(/vừa xong|phút trước/);
    expect(await time.getAttribute('title')).toMatch(/^\d\d:\d\d, ngày \d\d\/\d\d\/20\d\d$/);
    expect(await page.locator('.dt-body .dt-comment').first().textContent()).toBe('126.838 tỷ đồng');
    expect(appPage.errors).toEqual([]);
  });

  it('comments with the Góp ý button and with the context menu on a selection', async () => {
    await openDraftWith(FIRST_SENTENCE, COMMENTED.slice(0, 1));
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(MORE_SENTENCES);
    await selectText('Chi ngân sách');
    await page.getByTestId('comment-button').click();
    await sendPending('Nêu số chi cụ thể.');

    await selectText('Nợ công');
    await page.locator('.dt-body .dt-comment', { hasText: 'Chi ngân sách' }).first().waitFor();
    const box = await page.evaluate(() => {
      const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y, { button: 'right' });
    await page.getByRole('menuitem', { name: /Góp ý về đoạn này/ }).click();
    await sendPending('Ghi tỷ lệ nợ công so với GDP.');

    await expect.poll(() => page.getByTestId('review-thread').count()).toBe(3);
    const quotes = await page.locator('[data-testid="review-thread"] .dt-rv-quote').allTextContents();
    expect(quotes).toEqual(['126.838 tỷ đồng', 'Chi ngân sách', 'Nợ công']);

    // A thread sits beside its passage; clicking it selects the passage, and the cursor in a passage activates its thread.
    const chiCard = page.locator('[data-testid="review-thread"]', { hasText: 'Nêu số chi cụ thể.' });
    const noCard = page.locator('[data-testid="review-thread"]', { hasText: 'Ghi tỷ lệ nợ công' });
    await chiCard.locator('.dt-rv-quote').click();
    // The passage is highlighted and selected in the editor (the focus stays in the panel for a reply).
    await expect.poll(() => page.locator('.dt-body .comment-active').allTextContents()).toEqual(['Chi ngân sách']);
    const selected = await page.evaluate(() => {
      const ed = (document.querySelector('.ProseMirror') as unknown as { editor: { state: { doc: { textBetween(a: number, b: number): string }; selection: { from: number; to: number } } } }).editor;
      return ed.state.doc.textBetween(ed.state.selection.from, ed.state.selection.to);
    });
    expect(selected).toBe('Chi ngân sách');
    expect(await chiCard.getAttribute('class')).toContain('dt-rv-active');
    const passage = await page.locator('.dt-body .dt-comment', { hasText: 'Nợ công' }).first().boundingBox();
    await page.mouse.click(passage!.x + 3, passage!.y + passage!.height / 2);
    await expect.poll(() => noCard.getAttribute('class')).toContain('dt-rv-active');
    // The active thread sits beside its passage; the others of that line move up out of its way.
    await expect.poll(async () => Math.abs((await noCard.boundingBox())!.y - passage!.y)).toBeLessThan(40);
    expect((await chiCard.boundingBox())!.y).toBeLessThan((await noCard.boundingBox())!.y);
    // Stored together: three open threads, each with its mark in the saved document.
    await expect.poll(async () => (await call<Thread[]>('listThreads', { draftId })).filter((t) => !t.detached).length).toBe(3);
    const stored = await call<Thread[]>('listThreads', { draftId });
    const doc = await storedText(draftId);
    for (const t of stored) expect(doc).toContain(t.id);
    expect(appPage.errors).toEqual([]);
  });

  it('stacks the cards of comments on one line in text order without overlapping, keeps the active one at its passage, and a growing card pushes the next down', async () => {
    draftId = await createDraftWithText(app!, FIRST_SENTENCE, { templateId: 'blank' });
    await call<Thread>('addThread', { draftId, quote: '126.838 tỷ đồng', body: 'Ghi rõ nguồn số liệu.' });
    await call<Thread>('addThread', { draftId, quote: 'Thu ngân sách', body: 'Đề nghị so sánh với năm trước.' });
    await openDraftById(page, app!.url, draftId);
    const cards = page.getByTestId('review-thread');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await page.locator('[data-testid="review-thread"] .dt-rv-quote').allTextContents()).toEqual(['Thu ngân sách', '126.838 tỷ đồng']);
    /** The two cards' boxes, both shown; true when the second starts below the end of the first. */
    const apart = async (): Promise<boolean> => {
      const [a, b] = await Promise.all([cards.nth(0).boundingBox(), cards.nth(1).boundingBox()]);
      return a !== null && b !== null && a.height > 40 && b.height > 40 && a.y + a.height <= b.y;
    };
    await expect.poll(apart).toBe(true);
    const first = (await cards.nth(0).boundingBox())!;
    const line = (await page.locator('.dt-body .dt-comment', { hasText: 'Thu ngân sách' }).first().boundingBox())!;
    expect(Math.abs(first.y - line.y)).toBeLessThan(40);

    // The card elements, marked: the same ones must still be there after the changes below (never re-mounted).
    await cards.evaluateAll((els) => els.forEach((el, i) => ((el as HTMLElement & { probe?: number }).probe = i)));

    // The cursor in the second passage: its card comes next to the passage, the first one moves up, still apart.
    const passage = (await page.locator('.dt-body .dt-comment', { hasText: '126.838' }).first().boundingBox())!;
    await page.mouse.click(passage.x + passage.width / 2, passage.y + passage.height / 2);
    await expect.poll(() => cards.nth(1).getAttribute('class')).toContain('dt-rv-active');
    await expect.poll(async () => Math.abs((await cards.nth(1).boundingBox())!.y - passage.y) < 40).toBe(true);
    expect(await apart()).toBe(true);
    expect((await cards.nth(0).boundingBox())!.y).toBeLessThan(first.y);

    // A card that grows inside (editing a message) pushes the next one down at once.
    await cards.nth(0).getByRole('button', { name: 'Sửa' }).click();
    await cards.nth(0).locator('textarea').waitFor();
    expect(await apart()).toBe(true);
    expect(await cards.evaluateAll((els) => els.map((el) => (el as HTMLElement & { probe?: number }).probe))).toEqual([0, 1]);
    expect(appPage.errors).toEqual([]);
  });

  it('review mode refuses typing in the body and the header fields but allows commenting', async () => {
    await openDraftWith(FIRST_SENTENCE + MORE_SENTENCES, COMMENTED.slice(0, 3));
    await page.getByTestId('review-mode-toggle').check();
    await page.getByTestId('review-mode-badge').waitFor();
    expect(await page.getByTestId('review-mode-badge').textContent()).toBe('Đang xem để góp ý');

    const before = await page.locator('.dt-body').textContent();
    await page.locator('.dt-body p').first().click();
    await page.keyboard.insertText('CHỮ LẠ');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
    expect(await page.locator('.dt-body').textContent()).toBe(before);
    expect(await page.locator('textarea.dt-subject').isDisabled()).toBe(true);

    await selectText('Thu ngân sách');
    await page.keyboard.press('Control+Alt+m');
    await sendPending('Đề nghị so sánh với năm trước.');
    await expect.poll(() => page.getByTestId('review-thread').count()).toBe(4);
    await expect.poll(async () => (await call<Thread[]>('listThreads', { draftId })).filter((t) => !t.detached).length).toBe(4);
    const doc = await storedText(draftId);
    expect(doc).not.toContain('CHỮ LẠ');

    // Still in review mode after a reload; leaving it makes the text editable again.
    await page.reload();
    await page.getByTestId('review-mode-badge').waitFor();
    await page.getByTestId('review-mode-toggle').uncheck();
    await expect.poll(() => page.getByTestId('review-mode-badge').count()).toBe(0);
    expect(await page.locator('textarea.dt-subject').isDisabled()).toBe(false);
    expect(appPage.errors).toEqual([]);
  });

  it('exports a .docx whose word/comments.xml holds the comments with their authors, LibreOffice converts it, and importing it back adds no duplicates', async () => {
    await openDraftWith(FIRST_SENTENCE + MORE_SENTENCES, COMMENTED);
    // The export dialog (Ctrl+E) with "Kèm góp ý".
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-with-comments').check();
    const { name, bytes } = await download(page, () => page.getByTestId('export-confirm').click());
    expect(name).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(bytes);
    const comments = await zip.file('word/comments.xml')?.async('string');
    expect(comments).toBeDefined();
    expect(comments).toContain('w:author="Nguyễn Văn An"');
    expect(comments).toContain('Ghi rõ nguồn số liệu &lt;b&gt;.');
    expect(comments).toContain('Theo Cục Thống kê.');
    expect(comments).toContain('Nêu số chi cụ thể.');
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(documentXml).toContain('w:commentRangeStart');

    const dir = tempDir('duthao-review-docx-');
    const docx = join(dir, 'gop-y.docx');
    writeFileSync(docx, bytes);
    sofficeConvert([docx], dir, 'pdf', 120_000);
    expect(existsSync(join(dir, 'gop-y.pdf'))).toBe(true);

    // Taking that Word file's comments back into the same draft adds no duplicates.
    await page.getByTestId('review-file-menu').locator('summary').click();
    await page.getByTestId('review-word-input').setInputFiles({ name: 'gop-y.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes });
    await page.getByTestId('review-merge-report').waitFor();
    expect(await page.getByTestId('review-merge-report').textContent()).toContain('Không có góp ý mới');
    expect(await call<Thread[]>('listThreads', { draftId })).toHaveLength(4);
    await page.getByTestId('review-merge-report').getByRole('button').click();
  }, 180_000);

  it('sends a review copy to a second installation and merges its new comment once', async () => {
    await openDraftWith(FIRST_SENTENCE + MORE_SENTENCES, COMMENTED);
    const copy = await download(page, async () => {
      await page.getByTestId('review-file-menu').locator('summary').click();
      await page.getByTestId('review-export-copy').click();
    });
    expect(copy.name).toMatch(/\.duthao$/);

    // The reviewer's machine: another data folder, and nobody has said who they are yet.
    const second = await startApp();
    try {
      const reviewerPage = await openAppPage(browser!, second);
      const rp = reviewerPage.page;
      rp.setDefaultTimeout(10_000);
      await rp.getByTestId('library-screen').waitFor();
      await rp.getByTestId('open-review-copy-input').setInputFiles({ name: copy.name, mimeType: 'application/json', buffer: copy.bytes });
      await rp.getByTestId('editor-screen').waitFor();
      await expect.poll(() => rp.getByTestId('editor-screen').getAttribute('data-draft-id')).toBe(draftId);
      await rp.getByTestId('review-mode-badge').waitFor();
      await expect.poll(() => rp.getByTestId('review-thread').count()).toBe(4);

      // Commenting without a name asks for it first, then opens the comment.
      await selectText('đúng dự toán', rp);
      await rp.keyboard.press('Control+Alt+m');
      await rp.getByTestId('settings-userName').fill('Trần Thị Bình');
      await rp.getByTestId('settings-userRole').fill('Chánh Văn phòng');
      await rp.getByTestId('settings-save').click();
      await sendPending('Bổ sung nguyên nhân.', rp);
      expect((await call<{ userName: string }>('getSettings', {}, second)).userName).toBe('Trần Thị Bình');
      await expect.poll(async () => (await call<Thread[]>('listThreads', { draftId }, second)).length).toBe(5);
      await expect.poll(async () => (await storedText(draftId, second)).includes('"comment"')).toBe(true);
      const back = await download(rp, async () => {
        await rp.getByTestId('review-file-menu').locator('summary').click();
        await rp.getByTestId('review-export-copy').click();
      });
      expect(reviewerPage.errors).toEqual([]);
      await reviewerPage.close();

      // The drafter merges the returned copy: the new comment arrives once, anchored.
      const merge = async () => {
        await page.getByTestId('review-file-menu').locator('summary').click();
        await page.getByTestId('review-merge-input').setInputFiles({ name: back.name, mimeType: 'application/json', buffer: back.bytes });
        await page.getByTestId('review-merge-report').waitFor();
        return page.getByTestId('review-merge-report').textContent();
      };
      expect(await merge()).toContain('Đã thêm 1 góp ý, 0 trả lời');
      await page.getByTestId('editor-screen').waitFor();
      const card = page.locator('[data-testid="review-thread"]', { hasText: 'Bổ sung nguyên nhân.' });
      await card.waitFor();
      expect(await card.textContent()).toContain('Trần Thị Bình');
      expect(await page.locator('.dt-body .dt-comment', { hasText: 'đúng dự toán' }).count()).toBeGreaterThan(0);
      const threads = await call<Thread[]>('listThreads', { draftId });
      expect(threads.filter((t) => t.entries[0]?.body === 'Bổ sung nguyên nhân.')).toHaveLength(1);

      // The editor was reloaded: typing now is saved on top of the merged marks, not over them.
      await page.locator('.dt-body p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.insertText(' Hết.');
      await page.keyboard.press('Control+s');
      await expect.poll(async () => (await storedText(draftId)).includes('Hết.')).toBe(true);
      expect((await call<Thread[]>('listThreads', { draftId })).filter((t) => t.detached)).toEqual([]);

      await page.getByTestId('review-merge-report').getByRole('button').click();
      expect(await merge()).toContain('Không có góp ý mới');
      expect(await call<Thread[]>('listThreads', { draftId })).toHaveLength(5);

      // The library counts the open comments.
      await page.getByTestId('back-to-library').click();
      const row = page.locator(`[data-testid="draft-row"][data-draft-id="${draftId}"]`);
      await expect.poll(() => row.getByTestId('draft-open-comments').textContent()).toBe('5 góp ý chưa giải quyết');
      expect(appPage.errors).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
