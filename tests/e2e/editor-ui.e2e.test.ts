// The editor UI around the page, in Chromium against the built web host:
// reorder a section by dragging it in the outline (numbers follow, the order
// survives a reload), find `can tho` with "Không phân biệt dấu", replace all
// as one undo step, and the word count.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyBlocks, docJson, loadFixtureBody, placeCaret } from './lib/editor-page';
import { newDraftEachTest, uncaughtErrors, useAppSession } from './lib/session';
import type { NodeJSON } from '../../common/document/types';

const text = (t: string): NodeJSON => ({ type: 'text', text: t });
const heading = (t: string, level = 1): NodeJSON => ({ type: 'heading', attrs: { level }, content: [text(t)] });
const para = (t: string): NodeJSON => ({ type: 'paragraph', content: [text(t)] });

const FIXTURE: NodeJSON[] = [
  heading('Kinh tế'),
  para('Kinh tế Cần Thơ tăng trưởng khá.'),
  heading('Nông nghiệp', 2),
  para('Lúa vụ đông xuân đạt năng suất cao.'),
  heading('Văn hóa'),
  para('Lễ hội ở cần thơ được tổ chức chu đáo.'),
  heading('Quốc phòng'),
  para('Khu vực phòng thủ CẦN THƠ vững chắc.'),
];

const session = useAppSession();
const pageErrors = uncaughtErrors(session);
newDraftEachTest(session, (p) => loadFixtureBody(p, FIXTURE));
let page: Page;
beforeAll(() => {
  page = session.page;
});

async function outline(): Promise<string[]> {
  const items = await page.getByTestId('outline-item').allTextContents();
  return items.map((s) => s.replace(/\s+/g, ' ').trim());
}

/** The numbers the page itself shows on its headings (generated, drawn from `data-number`). */
async function pageNumbers(): Promise<string[]> {
  return page.locator('.dt-body [data-number]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-number')}${e.textContent}`));
}

async function headings(): Promise<string[]> {
  return bodyBlocks(await docJson(page))
    .filter((b) => b.path === 'heading')
    .map((b) => b.text);
}

/** Drags the last section (Quốc phòng) onto the first in the outline and waits for the new order. */
async function dragLastSectionFirst(): Promise<void> {
  const items = page.getByTestId('outline-item');
  await expect.poll(outline).toEqual(['I.Kinh tế', '1.Nông nghiệp', 'II.Văn hóa', 'III.Quốc phòng']);
  await items.nth(3).dragTo(items.nth(0));
  await expect.poll(outline).toEqual(['I.Quốc phòng', 'II.Kinh tế', '1.Nông nghiệp', 'III.Văn hóa']);
}

describe('outline', () => {
  it('lists the headings with their generated numbers', async () => {
    await expect.poll(outline).toEqual(['I.Kinh tế', '1.Nông nghiệp', 'II.Văn hóa', 'III.Quốc phòng']);
    expect(await pageNumbers()).toEqual(['I.Kinh tế', '1.Nông nghiệp', 'II.Văn hóa', 'III.Quốc phòng']);
  });

  it('dragging a section onto another moves it with its content, and the numbers follow', async () => {
    await dragLastSectionFirst();
    expect(await pageNumbers()).toEqual(['I.Quốc phòng', 'II.Kinh tế', '1.Nông nghiệp', 'III.Văn hóa']);
    const blocks = bodyBlocks(await docJson(page)).map((b) => b.text);
    expect(blocks.slice(0, 2)).toEqual(['Quốc phòng', 'Khu vực phòng thủ CẦN THƠ vững chắc.']);
    expect(blocks).toHaveLength(FIXTURE.length);
  });

  it('keeps the new order after a reload', async () => {
    await dragLastSectionFirst();
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Đã lưu/);
    await page.reload();
    await page.locator('.ProseMirror .dt-body').waitFor();
    expect(await headings()).toEqual(['Quốc phòng', 'Kinh tế', 'Nông nghiệp', 'Văn hóa']);
    await expect.poll(outline).toEqual(['I.Quốc phòng', 'II.Kinh tế', '1.Nông nghiệp', 'III.Văn hóa']);
  });

  it('clicking an entry puts the caret in that heading', async () => {
    await expect.poll(outline).toHaveLength(4);
    await page.getByTestId('outline-item').nth(2).click();
    const inHeading = await page.evaluate(() => (document.querySelector('.ProseMirror') as any).editor.state.selection.$from.parent.textContent);
    expect(inHeading).toBe('Văn hóa');
  });
});

describe('find and replace', () => {
  it('Ctrl+F ignores diacritics by default: `can tho` finds every spelling', async () => {
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Tìm' });
    await find.waitFor();
    expect(await page.getByLabel('Không phân biệt dấu').isChecked()).toBe(true);
    await find.fill('can tho');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/^\d\/3$/);
    await page.getByLabel('Không phân biệt dấu').uncheck();
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('Không tìm thấy');
    await page.getByLabel('Không phân biệt dấu').check();
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/^\d\/3$/);
    // In document order of the fixture.
    expect(await page.locator('.duthao-find-match').allTextContents()).toEqual(['Cần Thơ', 'cần thơ', 'CẦN THƠ']);
    await find.press('Enter');
    const selectedText = () =>
      page.evaluate(() => {
        const ed = (document.querySelector('.ProseMirror') as any).editor;
        return ed.state.doc.textBetween(ed.state.selection.from, ed.state.selection.to) as string;
      });
    // ProseMirror reads the browser's selection on its next selectionchange event.
    await expect.poll(selectedText).not.toBe('');
    const selected = await selectedText();
    expect(['CẦN THƠ', 'Cần Thơ', 'cần thơ']).toContain(selected);
  });

  it('replace all replaces every match, and one undo brings them all back', async () => {
    const before = bodyBlocks(await docJson(page));
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('Control+h');
    await page.getByRole('searchbox', { name: 'Tìm' }).fill('can tho');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/^\d\/3$/);
    await page.getByRole('textbox', { name: 'Thay bằng' }).fill('Hậu Giang');
    await page.getByRole('button', { name: 'Thay tất cả' }).click();
    const after = bodyBlocks(await docJson(page)).map((b) => b.text);
    expect(after.filter((t) => t.includes('Hậu Giang'))).toHaveLength(3);
    expect(after.join('\n')).not.toMatch(/cần thơ/i);
    await page.getByRole('button', { name: 'Đóng tìm kiếm' }).click();
    await page.keyboard.press('Control+z');
    expect(bodyBlocks(await docJson(page))).toEqual(before);
    expect(pageErrors).toEqual([]);
  });
});

describe('status bar', () => {
  it('shows the word count and a page estimate', async () => {
    const words = FIXTURE.map((n) => (n.content ?? []).map((c) => c.text ?? '').join(' ')).join(' ').split(/\s+/).filter(Boolean).length;
    await expect.poll(() => page.getByTestId('word-count').textContent()).toBe(`${words} từ`);
    expect(await page.getByTestId('page-estimate').textContent()).toBe('≈ 1 trang');
  });
});

describe('zoom', () => {
  it('Ctrl+= and Ctrl+- scale the page between 50% and 200%, Ctrl+0 resets, the document is untouched', async () => {
    const before = await docJson(page);
    const width = () => page.locator('.dt-page').evaluate((el) => el.getBoundingClientRect().width);
    const w100 = await width();
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('Control+Equal');
    await expect.poll(() => page.getByTestId('zoom-value').textContent()).toBe('110%');
    expect((await width()) / w100).toBeCloseTo(1.1, 1);
    for (let i = 0; i < 12; i++) await page.keyboard.press('Control+Equal');
    expect(await page.getByTestId('zoom-value').textContent()).toBe('200%');
    for (let i = 0; i < 14; i++) await page.keyboard.press('Control+Minus');
    expect(await page.getByTestId('zoom-value').textContent()).toBe('50%');
    await page.keyboard.press('Control+0');
    expect(await page.getByTestId('zoom-value').textContent()).toBe('100%');
    expect(await width()).toBeCloseTo(w100, 0);
    expect(await docJson(page)).toEqual(before);
  });
});

describe('toolbar', () => {
  const tool = (name: string) => page.getByRole('button', { name, exact: true });
  const bodyTypes = async () => ((await docJson(page)).content?.[2]?.content ?? []).map((n) => n.type + (n.attrs?.level ? String(n.attrs.level) : ''));

  it('Đậm bolds the selected word and shows as pressed', async () => {
    await placeCaret(page, 'paragraph', 0, 2);
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    const selectedText = () =>
      page.evaluate(() => {
        const ed = (document.querySelector('.ProseMirror') as any).editor;
        return ed.state.doc.textBetween(ed.state.selection.from, ed.state.selection.to) as string;
      });
    // ProseMirror reads the browser's selection on its next selectionchange event.
    await expect.poll(selectedText).not.toBe('');
    const selected = await selectedText();
    await tool('Đậm').click();
    const para = bodyBlocks(await docJson(page)).findIndex((b) => b.path === 'paragraph');
    const node = ((await docJson(page)).content?.[2]?.content ?? []).filter((n) => n.type === 'paragraph')[0]!;
    const bold = (node.content ?? []).filter((c) => c.marks?.some((m) => m.type === 'bold')).map((c) => c.text).join('');
    expect(para).toBeGreaterThanOrEqual(0);
    expect(bold).toBe(selected);
    expect(await tool('Đậm').getAttribute('aria-pressed')).toBe('true');
    await tool('Hoàn tác').click();
    expect(await tool('Đậm').getAttribute('aria-pressed')).toBe('false');
  });

  it('Tăng / Giảm cấp đề mục turn a paragraph into a heading and back; the outline follows', async () => {
    const before = await bodyTypes();
    await placeCaret(page, 'paragraph', 0, 1);
    await tool('Tăng cấp đề mục').click();
    const promoted = await bodyTypes();
    expect(promoted.filter((t) => t === 'heading3')).toHaveLength(before.filter((t) => t === 'heading3').length + 1);
    await expect.poll(async () => (await outline()).length).toBe(5);
    await tool('Giảm cấp đề mục').click();
    expect(await bodyTypes()).toEqual(before);
    await expect.poll(async () => (await outline()).length).toBe(4);
  });

  it('inserts a table with a header row, adds a row, deletes the table', async () => {
    await placeCaret(page, 'paragraph', 0, -1);
    await tool('Chèn bảng').click();
    const table = () => page.evaluate(() => {
      const t = (document.querySelector('.ProseMirror') as any).editor.getJSON().content[2].content.find((n: any) => n.type === 'table');
      return t ? t.content.map((r: any) => r.content.map((c: any) => c.type).join(',')) : null;
    });
    expect(await table()).toEqual(['tableHeader,tableHeader,tableHeader', 'tableCell,tableCell,tableCell', 'tableCell,tableCell,tableCell']);
    await tool('Thêm hàng').click();
    expect((await table())!).toHaveLength(4);
    await tool('Xóa bảng').click();
    expect(await table()).toBeNull();
    expect(await tool('Thêm hàng').isDisabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
