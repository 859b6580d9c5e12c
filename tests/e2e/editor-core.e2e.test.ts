// The document editor core in Chromium against the built web host: open each
// built-in template, fill header, title and closing fields in place, type
// Vietnamese into the body (over a grey guidance hint, as text, in the
// Unikey style that sends Backspace then the composed letters, as NFD, and
// through IBus-style composition over CDP),
// reload: everything is as typed, stored in NFC, with generated numbers.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './lib/session';
import { compositionEvents } from './lib/telex';
import { composeDocumentNumber } from '../../common/document/official-text';
import type { DocJSON, NodeJSON } from '../../common/document/types';

const TEMPLATES = [
  { id: 'bao-cao-cong-tac-nam-dang', profile: 'dang', firstNumber: 'Phần thứ nhất' },
  { id: 'nghi-quyet-nhiem-vu-nam-dang', profile: 'dang', firstNumber: 'I.' },
  { id: 'bao-cao-cong-tac-nam-nha-nuoc', profile: 'nha-nuoc', firstNumber: 'Phần thứ nhất' },
  { id: 'nghi-quyet-nhiem-vu-nam-nha-nuoc', profile: 'nha-nuoc', firstNumber: null },
] as const;

const BODY_TEXT = 'Năm qua, Thành ủy Cần Thơ đã tập trung lãnh đạo; tăng trưởng đạt 7,12%';
const SIGNER = 'Nguyễn Thị Hồng Nhung';
const SUBJECT = 'tình hình, kết quả thực hiện nhiệm vụ năm 2026';

const session = useAppSession(15_000);
let page: Page;

beforeAll(() => {
  page = session.page;
});

async function docJson(): Promise<DocJSON> {
  return page.evaluate(() => {
    const dom = document.querySelector('.ProseMirror') as (HTMLElement & { editor?: { getJSON(): unknown } }) | null;
    if (!dom?.editor) throw new Error('no editor');
    return dom.editor.getJSON() as DocJSON;
  });
}

function textOf(node: NodeJSON): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

async function waitSaved(): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Đã lưu lúc/);
}

async function openTemplate(id: string): Promise<void> {
  await page.goto(session.app.url);
  await page.getByTestId('library-screen').waitFor();
  await page.getByTestId('new-draft-button').click();
  const option = page.locator(`[data-testid="template-option"][data-template-id="${id}"]`);
  await option.waitFor();
  await option.click();
  await page.getByTestId('new-draft-create').click();
  await page.getByTestId('editor-screen').waitFor();
  await page.locator('.ProseMirror .dt-body').waitFor();
}

describe('editor core in Chromium', () => {
  for (const t of TEMPLATES) {
    it(`${t.id}: fields and body typed in place survive a reload`, async () => {
      await openTemplate(t.id);
      const page1 = page.locator('.dt-page');
      expect(await page1.getAttribute('data-profile')).toBe(t.profile);
      expect(await page.locator('.ProseMirror').getAttribute('lang')).toBe('vi');
      if (t.firstNumber) expect(await page.locator('.dt-body [data-number]').first().getAttribute('data-number')).toBe(t.firstNumber);
      const before = await docJson();
      expect(before.content![0]!.attrs!.profile).toBe(t.profile);

      // Header, title and closing fields, typed into their native inputs.
      await page.locator('input.dt-number').fill('123');
      await page.locator('input.dt-number').press('Enter');
      await page.locator('input.dt-place').fill('Cần Thơ');
      await page.locator('input.dt-place').blur();
      await page.locator('textarea.dt-subject').fill(SUBJECT);
      await page.locator('textarea.dt-subject').blur();
      await page.locator('input.dt-signer-name').fill(SIGNER);
      await page.locator('input.dt-signer-name').blur();
      const header = (await docJson()).content![0]!.attrs!;
      expect(await page.locator('.dt-number-line').getAttribute('data-printed')).toBe(
        composeDocumentNumber(t.profile, '123', String(header.typeCode), String(header.bodyCode)),
      );

      // Type over the first guidance hint: the hint goes, the typed text stays.
      const hint = page.locator('.dt-body p[data-guidance]').first();
      const hintText = (await hint.textContent()) ?? '';
      await hint.click();
      await page.keyboard.insertText(BODY_TEXT);
      // Unikey style: letters, then Backspace over the syllable and the composed letters.
      await page.keyboard.type(' Thanh');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await page.keyboard.insertText('ành');
      // NFD text (as some old converters send it) is stored as NFC.
      await page.keyboard.insertText(' u\u0309y'.normalize('NFD'));
      // IBus/macOS style: Telex pre-edit composition over CDP, committed per word.
      const cdp = await page.context().newCDPSession(page);
      for (const e of compositionEvents(' Caanf Thow')) {
        if (e.kind === 'key') await page.keyboard.press(e.key);
        else if (e.kind === 'compose') await cdp.send('Input.imeSetComposition', { text: e.text, selectionStart: e.text.length, selectionEnd: e.text.length });
        else if (e.kind === 'commit') await cdp.send('Input.insertText', { text: e.text });
      }
      await cdp.detach();
      const expected = `${BODY_TEXT} Thành ủy Cần Thơ`;

      const afterTyping = await docJson();
      const typedBlock = afterTyping.content![2]!.content!.find((b) => textOf(b).startsWith('Năm qua'))!;
      expect(textOf(typedBlock)).toBe(expected);
      expect(typedBlock.attrs?.guidance).toBe(false);
      expect(JSON.stringify(afterTyping)).not.toContain(hintText);

      await waitSaved();
      await page.reload();
      await page.locator('.ProseMirror .dt-body').waitFor();
      const reloaded = await docJson();
      expect(JSON.stringify(reloaded)).toBe(JSON.stringify(reloaded).normalize('NFC'));
      const body = reloaded.content![2]!;
      expect(body.content!.map(textOf)).toContain(expected);
      expect(reloaded.content![0]!.attrs!.number).toBe('123');
      expect(reloaded.content![0]!.attrs!.place).toBe('Cần Thơ');
      expect(reloaded.content![1]!.attrs!.subject).toBe(SUBJECT);
      expect(reloaded.content![3]!.attrs!.signerName).toBe(SIGNER);
      expect(await page.locator('input.dt-signer-name').inputValue()).toBe(SIGNER);
      expect(await page.locator('input.dt-place').inputValue()).toBe('Cần Thơ');
      expect(await page.locator('.dt-body p[data-guidance]').count()).toBeGreaterThan(0);
    });
  }

  it('select-all and Delete empties only the body; Ctrl+Z brings it back', async () => {
    await openTemplate('bao-cao-cong-tac-nam-dang');
    await page.locator('input.dt-signer-name').fill(SIGNER);
    await page.locator('input.dt-signer-name').blur();
    await page.locator('.dt-body p').first().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    let doc = await docJson();
    expect(doc.content!.map((n) => n.type)).toEqual(['header', 'documentTitle', 'body', 'closing']);
    expect(doc.content![2]!.content!.length).toBe(1);
    expect(doc.content![3]!.attrs!.signerName).toBe(SIGNER);
    expect(await page.locator('.dt-national-title').textContent()).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    await page.keyboard.press('Control+z');
    doc = await docJson();
    expect(doc.content![2]!.content!.length).toBeGreaterThan(20);
  });
});
