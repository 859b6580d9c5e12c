// Vietnamese input end-to-end in Chromium, in every part of the document:
// the start of a heading, a list item, a table cell, a body paragraph and a
// header field (a native <input> of the header node view). Two IME styles:
// IBus/macOS pre-edit composition over CDP, and Windows Unikey/EVKey, which
// sends Backspace then the composed letters. Each must give exactly the
// intended NFC text there, and change nothing else in the document.
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uncaughtErrors, useAppSession, useCdp } from './lib/session';
import { compositionEvents, telexToText, unikeyEvents, type ImeEvent } from './lib/telex';
import { bodyBlocks, docJson, loadFixtureBody, openNewDraft, placeCaret, sendImeEvents, type BlockText } from './lib/editor-page';
import type { NodeJSON } from '../../common/document/types';

const KEYS = 'Thanhf uyr Caanf Thow';
const TYPED = 'Thành ủy Cần Thơ';

const text = (t: string): NodeJSON => ({ type: 'text', text: t });
const para = (t: string): NodeJSON => ({ type: 'paragraph', content: t ? [text(t)] : [] });
const cell = (type: string, t: string): NodeJSON => ({ type, content: [para(t)] });

/** A body with one of each place the drafter types into. */
const FIXTURE: NodeJSON[] = [
  { type: 'heading', attrs: { level: 1 }, content: [text('Kinh tế')] },
  para('Báo cáo của '),
  { type: 'bulletList', content: [{ type: 'listItem', content: [para('Nông nghiệp')] }, { type: 'listItem', content: [para('')] }] },
  {
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('tableHeader', 'Chỉ tiêu'), cell('tableHeader', 'Kết quả')] },
      { type: 'tableRow', content: [cell('tableCell', ''), cell('tableCell', '7,12%')] },
    ],
  },
  { type: 'heading', attrs: { level: 1 }, content: [text('Văn hóa')] },
];

const session = useAppSession();
const pageErrors = uncaughtErrors(session);
const devtools = useCdp(session);
let page: Page;
let cdp: CDPSession;
beforeAll(async () => {
  page = session.page;
  cdp = devtools.cdp;
  await openNewDraft(page, session.app.url);
});

beforeEach(async () => {
  await loadFixtureBody(page, FIXTURE);
});

/** Sends the events of one IME style to the focused element. */
const send = (events: readonly ImeEvent[]): Promise<void> => sendImeEvents(page, cdp, events);

const STYLES: readonly { name: string; events: (keys: string) => ImeEvent[] }[] = [
  { name: 'IME composition (IBus/macOS)', events: compositionEvents },
  { name: 'Unikey/EVKey (Backspace + composed letters)', events: unikeyEvents },
];

/** The body's text blocks with block `index` replaced by `text`. */
function expectOnly(before: readonly BlockText[], index: number, changed: string): BlockText[] {
  return before.map((b, i) => (i === index ? { ...b, text: changed } : b));
}

it('the Telex keys compose the intended text', () => {
  expect(telexToText(KEYS)).toBe(TYPED);
});

for (const style of STYLES) {
  describe(style.name, () => {
    const cases: { where: string; path: string; nth: number; offset: number; result: string; trailingSpace?: boolean }[] = [
      { where: 'at the start of a heading', path: 'heading', nth: 0, offset: 0, result: `${TYPED} Kinh tế`, trailingSpace: true },
      { where: 'in a body paragraph after existing text', path: 'paragraph', nth: 0, offset: -1, result: `Báo cáo của ${TYPED}` },
      { where: 'inside a list item', path: 'bulletList/listItem/paragraph', nth: 1, offset: 0, result: TYPED },
      { where: 'in a table cell', path: 'tableCell/paragraph', nth: 0, offset: 0, result: TYPED },
    ];
    for (const c of cases) {
      it(`types "${TYPED}" exactly ${c.where}`, async () => {
        const beforeDoc = await docJson(page);
        const before = bodyBlocks(beforeDoc);
        const index = before.findIndex((b, i) => b.path.endsWith(c.path) && before.slice(0, i).filter((x) => x.path.endsWith(c.path)).length === c.nth);
        await placeCaret(page, c.path, c.nth, c.offset);
        await send(style.events(c.trailingSpace ? `${KEYS} ` : KEYS));
        const afterDoc = await docJson(page);
        const after = bodyBlocks(afterDoc);
        expect(after[index]!.text).toBe(c.result);
        expect(after[index]!.text).toBe(after[index]!.text.normalize('NFC'));
        expect(after).toEqual(expectOnly(before, index, c.result));
        expect(afterDoc.content?.[0]?.attrs).toEqual(beforeDoc.content?.[0]?.attrs);
        expect(pageErrors).toEqual([]);
      });
    }

    it(`types "${TYPED}" exactly in a header field (<input>)`, async () => {
      const input = page.locator('.dt-header input.dt-place');
      await input.fill('');
      await input.click();
      const beforeDoc = await docJson(page);
      await send(style.events(KEYS));
      await expect.poll(() => input.inputValue()).toBe(TYPED);
      await page.locator('.dt-body').click(); // commit the field
      const afterDoc = await docJson(page);
      expect(afterDoc.content?.[0]?.attrs?.place).toBe(TYPED);
      expect(String(afterDoc.content?.[0]?.attrs?.place)).toBe(String(afterDoc.content?.[0]?.attrs?.place).normalize('NFC'));
      expect(bodyBlocks(afterDoc)).toEqual(bodyBlocks(beforeDoc));
      expect(pageErrors).toEqual([]);
    });
  });
}
