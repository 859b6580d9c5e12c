// Suggestion mode ("Đề xuất sửa") in Chromium against the web host. A
// reviewer in review mode turns suggestion mode on, types a word with an IME
// (pre-edit composition over CDP) and with Unikey (Backspace + composed
// letters), and deletes a word: one clean signed suggestion each. The drafter
// sees them in the side panel, accepts one, rejects another, undoes, and the
// final export is refused while any is open and holds the expected text once
// they are settled. Each test loads its own document.
import JSZip from 'jszip';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../common/api/http';
import type { DocJSON, NodeJSON } from '../../common/document/types';
import { launchBrowser, openAppPage, startApp, type AppPage, type RunningApp } from './harness';
import { docJson, loadFixtureBody, placeCaret, sendImeEvents } from './lib/editor-page';
import { compositionEvents, unikeyEvents, type ImeEvent } from './lib/telex';

let browser: Browser | undefined;
let app: RunningApp | undefined;
let appPage: AppPage;
let page: Page;
let cdp: CDPSession;
let draftId = '';

/** Calls the API straight on the host. */
async function call<T>(method: string, args: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }> {
  const res = await fetch(`${app!.baseUrl}${API_PATH_PREFIX.slice(1)}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: app!.token },
    body: JSON.stringify(args),
  });
  return (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
}

/** Sends the events of one IME style to the focused element. */
const send = (events: readonly ImeEvent[]): Promise<void> => sendImeEvents(page, cdp, events);

/** The runs of body paragraph `index`: text and the suggestion mark on it (type, author). */
function runs(doc: DocJSON, index: number): [string, string, string][] {
  const para = doc.content![2]!.content![index]!;
  return (para.content ?? []).map((n) => {
    const m = (n.marks ?? []).find((x) => ['insertion', 'deletion', 'modification'].includes(x.type));
    return [n.text ?? '', m?.type ?? '', String(m?.attrs?.author ?? '')];
  });
}

const t = (text: string, mark?: { type: string; attrs: Record<string, unknown> }): NodeJSON => (mark ? { type: 'text', text, marks: [mark] } : { type: 'text', text });
const para = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });

beforeAll(async () => {
  app = await startApp();
  await call('updateSettings', { userName: 'Nguyễn Văn An', userRole: 'Phó Chánh Văn phòng' });
  browser = await launchBrowser();
  appPage = await openAppPage(browser, app);
  page = appPage.page;
  page.setDefaultTimeout(10_000);
  cdp = await page.context().newCDPSession(page);
  await page.getByTestId('new-draft-button').click();
  await page.getByTestId('template-option').first().waitFor();
  await page.getByTestId('new-draft-create').click();
  await page.getByTestId('editor-screen').waitFor();
  await page.locator('.dt-body p').first().waitFor();
  draftId = (await page.getByTestId('editor-screen').getAttribute('data-draft-id')) ?? '';
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

beforeEach(async () => {
  // Each test starts as the drafter: review mode and suggestion mode off.
  const review = page.getByTestId('review-mode-toggle');
  if (await review.isChecked()) await review.uncheck();
  if ((await page.getByTestId('suggest-mode-toggle').getAttribute('aria-pressed')) === 'true') await page.getByTestId('suggest-mode-toggle').click();
});

describe('suggestion mode in Chromium', () => {
  it('a reviewer suggests a word with IME composition, one with Unikey, and deletes a word: clean signed suggestions', async () => {
    await loadFixtureBody(page, [para(t('Tiếng nói chung.')), para(t('Chỉ tiêu chưa đạt.'))]);
    await page.getByTestId('review-mode-toggle').check();
    // Review mode alone: typing changes nothing.
    await placeCaret(page, 'paragraph', 0, 'Tiếng nói chung'.length);
    await page.keyboard.insertText('X');
    expect(runs(await docJson(page), 0)).toEqual([['Tiếng nói chung.', '', '']]);

    await page.getByTestId('suggest-mode-toggle').click();
    await expect.poll(() => page.getByTestId('suggest-mode-toggle').getAttribute('aria-pressed')).toBe('true');
    await placeCaret(page, 'paragraph', 0, 'Tiếng nói chung'.length);
    await send([{ kind: 'key', key: 'Space' }, ...compositionEvents('Vieetj')]);
    await send([{ kind: 'key', key: 'Space' }, ...unikeyEvents('Nam')]);
    const first = runs(await docJson(page), 0);
    expect(first).toEqual([
      ['Tiếng nói chung', '', ''],
      [' Việt Nam', 'insertion', 'Nguyễn Văn An'],
      ['.', '', ''],
    ]);
    // Unikey's tone change (Backspace then the new letter) leaves no deleted letter behind.
    await placeCaret(page, 'paragraph', 0, 'Tiếng nói chung Việt Nam'.length);
    await send(unikeyEvents(' ddaats'));
    const second = runs(await docJson(page), 0);
    expect(second.filter(([, type]) => type === 'deletion')).toEqual([]);
    expect(second.map(([text]) => text).join('')).toBe('Tiếng nói chung Việt Nam đất.');

    // Delete a word: it stays, struck through.
    await placeCaret(page, 'paragraph', 1, 'Chỉ tiêu '.length + 'chưa '.length);
    for (let i = 0; i < 'chưa '.length; i++) await page.keyboard.press('Backspace');
    expect(runs(await docJson(page), 1)).toEqual([
      ['Chỉ tiêu ', '', ''],
      ['chưa ', 'deletion', 'Nguyễn Văn An'],
      ['đạt.', '', ''],
    ]);
    expect(await page.locator('.dt-body del.dt-suggest-del').first().textContent()).toBe('chưa ');
    expect(await page.locator('.dt-body ins.dt-suggest-ins').first().textContent()).toContain('Việt Nam');
    // The panel lists them, with the author; in review mode without accept/reject.
    const cards = page.getByTestId('suggestion-card');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(1).textContent()).toContain('Đề xuất: xóa «chưa »');
    expect(await cards.nth(1).textContent()).toContain('Nguyễn Văn An');
    expect(await page.getByTestId('suggest-accept').count()).toBe(0);
    expect(appPage.errors).toEqual([]);
  });

  it('the drafter accepts one suggestion, rejects another, undoes, and the exported final copy is what was decided', async () => {
    const who = { author: 'Nguyễn Văn An', date: '2026-12-04T13:05:00Z' };
    await loadFixtureBody(page, [
      para(t('Kết quả '), t('rất ', { type: 'insertion', attrs: { id: 's-e2e1', ...who } }), t('tốt.')),
      para(t('Tiếp tục '), t('cố gắng ', { type: 'deletion', attrs: { id: 's-e2e2', ...who } }), t('phấn đấu.')),
    ]);
    const cards = page.getByTestId('suggestion-card');
    await expect.poll(() => cards.count()).toBe(2);
    // Saved with open suggestions: the final copy is refused with a clear message.
    await expect.poll(async () => JSON.stringify(((await call<{ doc: DocJSON }>('getDraft', { id: draftId })) as { value: { doc: DocJSON } }).value.doc)).toContain('s-e2e2');
    const refused = await call('exportDraftDocx', { id: draftId, variant: 'final' });
    expect(refused.ok ? '' : refused.error.message).toMatch(/^Chưa xuất được bản chính thức: Còn 2 đề xuất sửa chưa xử lý/);

    await page.locator('[data-suggestion-id="s-e2e1"]').getByTestId('suggest-accept').click();
    await expect.poll(() => cards.count()).toBe(1);
    await page.locator('[data-suggestion-id="s-e2e2"]').getByTestId('suggest-reject').click();
    await expect.poll(() => cards.count()).toBe(0);
    let doc = await docJson(page);
    expect([runs(doc, 0), runs(doc, 1)]).toEqual([[['Kết quả rất tốt.', '', '']], [['Tiếp tục cố gắng phấn đấu.', '', '']]]);

    // Ctrl+Z brings the rejected suggestion back.
    await placeCaret(page, 'paragraph', 0, 0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards.count()).toBe(1);
    doc = await docJson(page);
    expect(runs(doc, 1)).toEqual([
      ['Tiếp tục ', '', ''],
      ['cố gắng ', 'deletion', 'Nguyễn Văn An'],
      ['phấn đấu.', '', ''],
    ]);
    // This time accept it: the words go.
    await page.locator('[data-suggestion-id="s-e2e2"]').getByTestId('suggest-accept').click();
    await expect.poll(() => cards.count()).toBe(0);

    await expect.poll(async () => JSON.stringify(((await call<{ doc: DocJSON }>('getDraft', { id: draftId })) as { value: { doc: DocJSON } }).value.doc)).not.toContain('s-e2e2');
    const out = await call<{ file: string }>('exportDraftDocx', { id: draftId, variant: 'final' });
    expect(out.ok).toBe(true);
    const zip = await JSZip.loadAsync(Buffer.from(out.ok ? out.value.file : '', 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
    expect(text).toContain('Kết quả rất tốt.');
    expect(text).toContain('Tiếp tục phấn đấu.');
    expect(text).not.toContain('cố gắng');
    expect(appPage.errors).toEqual([]);
  });
});
