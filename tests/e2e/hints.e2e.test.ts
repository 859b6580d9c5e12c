// Template hints in Chromium, through the UI paths only a browser has
// (issue 8 §2): Replace All of the year from the find bar, pasting several
// paragraphs from the clipboard into a hint, and moving a section with the
// outline (Alt+↑) then Ctrl+Z. After each, every hint is wholly a hint (grey,
// flagged) or gone, and none of its text is left as ordinary text.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocJSON, NodeJSON } from '../../common/document/types';
import { hintsOf } from '../../common/document/hint';
import { docJson } from './lib/editor-page';
import { newDraftEachTest, uncaughtErrors, useAppSession } from './lib/session';

const session = useAppSession(15_000);
const pageErrors = uncaughtErrors(session);
// Every test starts in a new draft from the first template, hints and all.
newDraftEachTest(session, (p) => p.locator('.dt-body p[data-guidance]').first().waitFor());
let page: Page;
beforeAll(() => {
  page = session.page;
});

/** Texts of the ordinary (printed) paragraphs of the body, anywhere in it. */
function printedParagraphs(doc: DocJSON): string[] {
  const out: string[] = [];
  const walk = (n: NodeJSON): void => {
    if (n.type === 'paragraph' && n.attrs?.guidance !== true) out.push((n.content ?? []).map((c) => c.text ?? '').join(''));
    else (n.content ?? []).forEach(walk);
  };
  walk(doc.content![2]!);
  return out;
}

/** Each hint is grey on the page: as many flagged paragraphs in the DOM as hints in the document. */
async function expectHintsShown(doc: DocJSON): Promise<void> {
  expect(await page.locator('.dt-body p[data-guidance].dt-guidance').count()).toBe(hintsOf(doc).length);
}

describe('hints in Chromium', () => {
  it('Replace All of the year keeps every hint a hint, with the new year', async () => {
    const before = await docJson(page);
    const hints = hintsOf(before);
    const year = String(new Date().getFullYear());
    expect(hints.some((h) => h.includes(year))).toBe(true);
    await page.locator('.dt-body h1, .dt-body h2').first().click();
    await page.keyboard.press('Control+h');
    await page.getByRole('searchbox', { name: 'Tìm' }).fill(year);
    await page.getByRole('textbox', { name: 'Thay bằng' }).fill('1999');
    await page.getByRole('button', { name: 'Thay tất cả' }).click();
    await page.getByRole('button', { name: 'Đóng tìm kiếm' }).click();
    const after = await docJson(page);
    expect(hintsOf(after)).toEqual(hints.map((h) => h.split(year).join('1999')));
    expect(printedParagraphs(after).filter((t) => t === '1999')).toEqual([]);
    await expectHintsShown(after);
  });

  it('pasting several paragraphs into the middle of a hint leaves none of the hint', async () => {
    const before = await docJson(page);
    const hint = page.locator('.dt-body p[data-guidance]').first();
    const hintText = (await hint.textContent()) ?? '';
    await hint.click({ position: { x: 40, y: 8 } });
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<p>Một là kinh tế tăng trưởng.</p><p>Hai là thu ngân sách vượt.</p><p>Ba là an sinh bảo đảm.</p>');
      data.setData('text/plain', 'Một là kinh tế tăng trưởng.\n\nHai là thu ngân sách vượt.\n\nBa là an sinh bảo đảm.');
      document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const after = await docJson(page);
    expect(hintsOf(after)).toHaveLength(hintsOf(before).length - 1);
    const printed = printedParagraphs(after);
    for (const line of ['Một là kinh tế tăng trưởng.', 'Hai là thu ngân sách vượt.', 'Ba là an sinh bảo đảm.']) expect(printed).toContain(line);
    // Not a word of the hint is left as ordinary text, not even half a word.
    const words = hintText.split(/\s+/).filter((w) => w.length > 3);
    expect(printed.join(' ')).not.toContain(words.slice(1, 4).join(' '));
    expect(printed.join(' ')).not.toContain(words.slice(-3).join(' '));
    await expectHintsShown(after);
  });

  it('moving a section with the outline (Alt+↑) then Ctrl+Z brings every hint back grey and flagged', async () => {
    const before = await docJson(page);
    const hints = hintsOf(before);
    const items = page.getByTestId('outline-item');
    await items.first().waitFor();
    // The outline follows edits after a short delay; until then its entries point at old positions.
    const headingIndexes = (d: DocJSON): number[] => (d.content![2]!.content ?? []).flatMap((n, i) => (n.type === 'heading' || n.type === 'partHeading' ? [i] : []));
    await expect.poll(async () => (await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-index'))))).join()).toBe(headingIndexes(before).join());
    const count = await items.count();
    // The second top-level (Roman) section moves above the first.
    let target = -1;
    for (let i = 1; i < count && target < 0; i++) if (/^II[.-]/.test(((await items.nth(i).textContent()) ?? '').trim())) target = i;
    expect(target).toBeGreaterThan(0);
    await items.nth(target).locator('button').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => JSON.stringify(await docJson(page)) !== JSON.stringify(before)).toBe(true);
    const moved = await docJson(page);
    expect([...hintsOf(moved)].sort()).toEqual([...hints].sort());
    await expectHintsShown(moved);
    await page.locator('.dt-body h1, .dt-body h2').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => JSON.stringify(await docJson(page))).toBe(JSON.stringify(before));
    await expectHintsShown(await docJson(page));
    expect(pageErrors).toEqual([]);
  });
});
