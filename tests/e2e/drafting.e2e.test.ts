// Drafting in Chromium against the built web host (issue 13, editor part):
// the cursor is in the text on open, the date is typed with the keyboard,
// the toolbar is one Tab stop with arrow keys, F6 cycles the regions,
// footnotes are shown and edited at the page foot, a 1000 px window keeps
// the whole header visible, and an IME composition that starts right after
// Enter gives the intended letters once.
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyBlocks, docJson, loadFixtureBody, placeCaret } from './lib/editor-page';
import { newDraftEachTest, uncaughtErrors, useAppSession, useCdp } from './lib/session';
import type { NodeJSON } from '../../common/document/types';

const text = (t: string): NodeJSON => ({ type: 'text', text: t });
const para = (t: string): NodeJSON => ({ type: 'paragraph', content: t ? [text(t)] : [] });
const FIXTURE: NodeJSON[] = [
  { type: 'heading', attrs: { level: 1 }, content: [text('Kinh tế')] },
  para('Tổng sản phẩm tăng trưởng 7,12%.'),
  para('Thu ngân sách đạt 12.558 tỷ đồng.'),
];

/** Where screenshots are written for the report (not asserted). */
const SHOTS = process.env.DUTHAO_SHOTS_DIR;

const session = useAppSession(10_000, { viewport: { width: 1400, height: 900 } });
const pageErrors = uncaughtErrors(session);
const devtools = useCdp(session);
// Every test starts in a new draft of its own (tests that need the fixture body load it).
newDraftEachTest(session, async () => {});
let page: Page;
let cdp: CDPSession;
beforeAll(() => {
  page = session.page;
  cdp = devtools.cdp;
});

const selectionInBody = () =>
  page.evaluate(() => {
    const ed = (document.querySelector('.ProseMirror') as any).editor;
    const { doc, selection } = ed.state;
    const bodyStart = doc.child(0).nodeSize + doc.child(1).nodeSize;
    return document.activeElement === ed.view.dom && selection.from > bodyStart && selection.to < bodyStart + doc.child(2).nodeSize;
  });
const headerAttrs = async () => (await docJson(page)).content?.[0]?.attrs ?? {};

describe('opening a draft', () => {
  it('puts the cursor in the text, ready to type', async () => {
    await expect.poll(selectionInBody).toBe(true);
  });
});

describe('the date field', () => {
  it('takes dd/mm/yyyy from the keyboard alone, steps with ↑, and keeps a year alone', async () => {
    await loadFixtureBody(page, FIXTURE, { date: '' });
    await page.locator('.dt-date-day').click();
    await page.keyboard.type('15/12/2024');
    await page.keyboard.press('Enter');
    expect((await headerAttrs()).date).toBe('2024-12-15');
    expect(await page.locator('.dt-date-line').getAttribute('data-printed')).toMatch(/ngày 15 tháng 12 năm 2024$/);

    await page.locator('.dt-date-day').click();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await headerAttrs()).date).toBe('2024-12-16');

    // Day and month cleared, year kept: a copy for signing.
    await page.locator('.dt-date-day').fill('');
    await page.locator('.dt-date-month').fill('');
    await page.locator('.dt-date-year').click();
    await page.keyboard.press('Enter');
    expect((await headerAttrs()).date).toBe('2024');
    expect(await page.locator('.dt-date-line').getAttribute('data-printed')).toMatch(/ngày\s+tháng\s+năm 2024$/);

    // Typed in one go as digits only.
    await page.locator('.dt-date-day').click();
    await page.keyboard.type('05022025');
    await page.keyboard.press('Enter');
    expect((await headerAttrs()).date).toBe('2025-02-05');
    expect(pageErrors).toEqual([]);
  });

  it('marks an impossible date and keeps the stored one', async () => {
    await loadFixtureBody(page, FIXTURE, { date: '' });
    await page.locator('.dt-date-day').click();
    await page.keyboard.type('05022025');
    await page.keyboard.press('Enter');
    expect((await headerAttrs()).date).toBe('2025-02-05');
    await page.locator('.dt-date-day').click();
    await page.keyboard.type('31/02/2025');
    expect(await page.locator('.dt-date-field').getAttribute('data-invalid')).not.toBeNull();
    await page.keyboard.press('Enter');
    expect((await headerAttrs()).date).toBe('2025-02-05');
  });
});

describe('keyboard', () => {
  it('the toolbar is one Tab stop; arrow keys move between its controls', async () => {
    await loadFixtureBody(page, FIXTURE);
    const toolbar = page.getByRole('toolbar', { name: 'Định dạng' });
    await placeCaret(page, 'paragraph', 0, 0);
    expect(await toolbar.locator('[tabindex="0"]').count()).toBe(1);
    await toolbar.locator('[tabindex="0"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await focused()).toBe('Kiểu đoạn');
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).not.toBe('Kiểu đoạn');
    expect(await toolbar.locator('[tabindex="0"]').getAttribute('aria-label')).toBe(second);
    await page.keyboard.press('End');
    expect(await focused()).toBe('Phụ lục');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Kiểu đoạn');
    // Cryptic glyphs carry words.
    for (const label of ['QUYẾT NGHỊ', 'Ngắt trang', 'Phụ lục', 'Chú thích']) expect(await toolbar.getByRole('button', { name: label }).textContent()).toContain(label);
  });

  it('the paragraph-style dropdown shows and sets the kind of block', async () => {
    await loadFixtureBody(page, FIXTURE);
    await placeCaret(page, 'paragraph', 0, 0);
    const select = page.getByRole('combobox', { name: 'Kiểu đoạn' });
    expect(await select.inputValue()).toBe('paragraph');
    await select.selectOption('2');
    expect(bodyBlocks(await docJson(page))[1]).toEqual({ path: 'heading', text: 'Tổng sản phẩm tăng trưởng 7,12%.' });
    await select.selectOption('paragraph');
    expect(bodyBlocks(await docJson(page))[1]).toEqual({ path: 'paragraph', text: 'Tổng sản phẩm tăng trưởng 7,12%.' });
  });

  it('F6 cycles outline → page → comments', async () => {
    await loadFixtureBody(page, FIXTURE);
    // The outline follows the new body after a short delay; focus moved into it while it redraws would be lost.
    await expect.poll(() => page.getByTestId('outline-item').allTextContents()).toEqual([expect.stringContaining('Kinh tế')]);
    await placeCaret(page, 'paragraph', 0, 0);
    const region = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        if (a?.closest('.dt-ui-outline')) return 'outline';
        if (a?.closest('.ProseMirror')) return 'page';
        if (a?.closest('.editor-review')) return 'comments';
        return a?.tagName ?? '';
      });
    expect(await region()).toBe('page');
    await page.keyboard.press('F6');
    expect(await region()).toBe('comments');
    await page.keyboard.press('F6');
    expect(await region()).toBe('outline');
    await page.keyboard.press('F6');
    expect(await region()).toBe('page');
    await page.keyboard.press('Shift+F6');
    expect(await region()).toBe('outline');
  });
});

describe('footnotes', () => {
  it('are shown at the page foot and edited there', async () => {
    await loadFixtureBody(page, FIXTURE);
    await placeCaret(page, 'paragraph', 0, -1);
    await page.getByRole('button', { name: 'Chú thích' }).click();
    const field = page.getByRole('textbox', { name: 'Chú thích 1' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Số liệu sơ bộ của Cục Thống kê');
    await page.keyboard.press('Enter');
    const notes: string[] = [];
    const walk = (n: NodeJSON): void => {
      if (n.type === 'footnote') notes.push(String(n.attrs?.text));
      (n.content ?? []).forEach(walk);
    };
    walk(await docJson(page));
    expect(notes).toEqual(['Số liệu sơ bộ của Cục Thống kê']);
    // Visible: not covered by the next paragraph (the element at its centre is the field itself).
    await field.scrollIntoViewIfNeeded();
    const box = (await field.boundingBox())!;
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('aria-label'), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(onTop).toBe('Chú thích 1');
    expect(await field.inputValue()).toBe('Số liệu sơ bộ của Cục Thống kê');
  });
});

describe('Kính gửi', () => {
  it('is inserted from the toolbar at the top of the body and typed in place', async () => {
    await loadFixtureBody(page, FIXTURE);
    await placeCaret(page, 'paragraph', 0, 0);
    await page.getByRole('button', { name: 'Chèn khối Kính gửi' }).click();
    const first = page.getByRole('textbox', { name: 'Kính gửi 1' });
    await first.click();
    await page.keyboard.type('Bộ Công Thương');
    await page.getByRole('button', { name: '+ Thêm nơi gửi' }).click();
    await page.keyboard.type('Bộ Tài chính');
    await page.keyboard.press('Enter');
    const body = (await docJson(page)).content?.[2]?.content ?? [];
    expect(body[0]).toEqual({ type: 'addressees', attrs: { names: ['Bộ Công Thương', 'Bộ Tài chính'] } });
    expect(bodyBlocks(await docJson(page))[0]).toEqual({ path: 'heading', text: 'Kinh tế' });
    expect(pageErrors).toEqual([]);
  });
});

describe('table columns', () => {
  it('are resized by dragging a cell border, and the width is kept in the document', async () => {
    const cell = (t: string): NodeJSON => ({ type: 'tableCell', content: [para(t)] });
    await loadFixtureBody(page, [{ type: 'table', content: [{ type: 'tableRow', content: [cell('Chỉ tiêu'), cell('7,12%')] }, { type: 'tableRow', content: [cell('Thu ngân sách'), cell('12.558')] }] }]);
    const first = page.locator('.dt-body td').first();
    await first.scrollIntoViewIfNeeded();
    const box = (await first.boundingBox())!;
    const x = box.x + box.width - 1;
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 20, y);
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(x - 150, y, { steps: 8 });
    await page.mouse.up();
    const widths = async () => {
      const table = (await docJson(page)).content?.[2]?.content?.[0];
      return (table?.content?.[0]?.content ?? []).map((c) => (c.attrs?.colwidth as number[] | null)?.[0] ?? null);
    };
    await expect.poll(async () => (await widths())[0]).not.toBeNull();
    const [w] = await widths();
    expect(w!).toBeLessThan(box.width - 100);
    expect(pageErrors).toEqual([]);
  });
});

describe('window width', () => {
  for (const width of [1400, 1000]) {
    it(`at ${width} px the whole header is visible (the right column not hidden)`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await loadFixtureBody(page, FIXTURE, { place: 'Cần Thơ', date: '2024-12-15' });
      await page.evaluate(() => document.querySelectorAll('.dt-ui-chrome-page, .dt-page-scroller').forEach((e) => e.scrollTo(0, 0)));
      await page.waitForTimeout(200);
      // The area the page scrolls in, as shown on screen.
      const scroller = (await page.locator('.dt-ui-chrome-page').boundingBox())!;
      const right = (await page.locator('.dt-header-right').boundingBox())!;
      expect(right.x).toBeGreaterThanOrEqual(scroller.x);
      expect(right.x + right.width).toBeLessThanOrEqual(scroller.x + scroller.width);
      expect(right.y).toBeGreaterThanOrEqual(scroller.y);
      expect(right.y + right.height).toBeLessThanOrEqual(scroller.y + scroller.height);
      // The panels follow the width once the window has settled (a resize is handled after layout).
      const panels = async () => ({ outlineShown: await page.locator('.dt-ui-outline').isVisible(), commentsShown: await page.locator('.editor-review').isVisible() });
      await expect.poll(panels).toEqual(width < 1280 ? { outlineShown: false, commentsShown: false } : { outlineShown: true, commentsShown: true });
      if (width < 1280) {
        await page.getByTestId('outline-toggle').click();
        await expect.poll(() => page.locator('.dt-ui-outline').isVisible()).toBe(true);
        await page.getByTestId('outline-toggle').click();
      }
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-${width}.png` });
      expect(pageErrors).toEqual([]);
    });
  }
});

describe('IME right after Enter', () => {
  // A composition that starts within a few ms of Enter (a fast typist on IBus/macOS) must
  // give its letters once in the new paragraph: "Về", never "VVề".
  it('types "Về" once in the new paragraph, every time', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const results: string[] = [];
    for (let run = 0; run < 12; run++) {
      await loadFixtureBody(page, [para('Kết quả')]);
      await placeCaret(page, 'paragraph', 0, -1);
      await page.keyboard.press('Enter');
      await cdp.send('Input.imeSetComposition', { text: 'V', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: 'Ve', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.imeSetComposition', { text: 'Về', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.insertText', { text: 'Về' });
      await page.waitForTimeout(30);
      results.push(bodyBlocks(await docJson(page)).map((b) => b.text).join('|'));
    }
    expect(results).toEqual(Array.from({ length: 12 }, () => 'Kết quả|Về'));
    expect(pageErrors).toEqual([]);
  });
});
