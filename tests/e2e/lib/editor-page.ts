/**
 * Helpers for end-to-end tests that drive the document editor in the app:
 * open a new draft, reach the TipTap editor instance TipTap hangs on its
 * element, load a fixture body, place the caret, read back the text blocks.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ImeEvent } from './telex';
import type { DocJSON, NodeJSON } from '../../../common/document/types';

/** A text block of the document as the tests see it. */
export interface BlockText {
  /** Node type path from the body, e.g. `bulletList/listItem/paragraph`. */
  readonly path: string;
  readonly text: string;
}

/** Creates a new draft from the first template and waits for the editor. */
export async function openNewDraft(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('library-screen').waitFor();
  await page.getByTestId('new-draft-button').click();
  await page.getByTestId('new-draft-dialog').getByTestId('template-option').first().waitFor();
  await page.getByTestId('new-draft-create').click();
  await page.getByTestId('editor-screen').waitFor();
  await page.locator('.ProseMirror .dt-body').waitFor();
}

/** Replaces the body (and the header attrs given) with a fixture, as one editor transaction outside the undo history. */
export async function loadFixtureBody(page: Page, body: readonly NodeJSON[], header: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(
    ({ body, header }) => {
      const dom = document.querySelector('.ProseMirror') as (HTMLElement & { editor?: any }) | null;
      const editor = dom?.editor;
      if (!editor) throw new Error('no TipTap editor on .ProseMirror');
      const json = editor.getJSON();
      json.content[0].attrs = { ...json.content[0].attrs, ...header };
      json.content[2].content = body;
      // Not an undo step: the fixture is where the test starts, and Ctrl+Z must not reach behind it
      // (or group it with the test's first edit, which comes within the history's 500 ms).
      editor.chain().setMeta('addToHistory', false).setContent(json, { emitUpdate: true }).run();
    },
    { body, header },
  );
}

/** The editor's document as JSON. */
export async function docJson(page: Page): Promise<DocJSON> {
  return page.evaluate(() => (document.querySelector('.ProseMirror') as any).editor.getJSON());
}

/** Every text block of the body with its node path, in order. */
export function bodyBlocks(doc: DocJSON): BlockText[] {
  const out: BlockText[] = [];
  const walk = (node: NodeJSON, path: string[]) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'partHeading') {
      out.push({ path: [...path, node.type].join('/'), text: (node.content ?? []).map((c) => c.text ?? '').join('') });
      return;
    }
    for (const c of node.content ?? []) walk(c, node.type === 'body' ? [] : [...path, node.type]);
  };
  const body = doc.content?.find((n) => n.type === 'body');
  if (body) walk(body, []);
  return out;
}

/**
 * Puts the caret in the `nth` text block of the body whose path ends with
 * `pathSuffix`, at `offset` characters (negative: from the end), and focuses the editor.
 */
export async function placeCaret(page: Page, pathSuffix: string, nth: number, offset: number): Promise<void> {
  await page.evaluate(
    ({ pathSuffix, nth, offset }) => {
      const editor = (document.querySelector('.ProseMirror') as any).editor;
      const doc = editor.state.doc;
      let bodyPos = -1;
      doc.forEach((child: any, pos: number) => {
        if (child.type.name === 'body') bodyPos = pos;
      });
      const found: number[] = [];
      const sizes: number[] = [];
      const body = doc.nodeAt(bodyPos);
      body.descendants((node: any, pos: number, _parent: any) => {
        if (!node.isTextblock) return true;
        const $pos = doc.resolve(bodyPos + 1 + pos + 1);
        const names: string[] = [];
        for (let d = 2; d <= $pos.depth; d++) names.push($pos.node(d).type.name);
        if (names.join('/').endsWith(pathSuffix)) {
          found.push(bodyPos + 1 + pos + 1);
          sizes.push(node.content.size);
        }
        return false;
      });
      const start = found[nth];
      if (start === undefined) throw new Error(`no text block ${pathSuffix} #${nth}`);
      const at = offset >= 0 ? start + offset : start + sizes[nth]! + offset + 1;
      editor.chain().focus().setTextSelection(at).run();
    },
    { pathSuffix, nth, offset },
  );
  // TipTap's focus command finishes in an animation frame; a user never types before that.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  // A user has always clicked or pressed a key before an IME composes: Chromium's first CDP
  // composition in a page that never saw a key event drops all but its first letter. Press a
  // navigation key that lands where the caret already is (short, one-line blocks).
  if (offset === 0) await page.keyboard.press('Home');
  else if (offset < 0) await page.keyboard.press('End');
  else {
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
  }
}

/** Sends the events of one IME style (see `telex.ts`) to the focused element: keys, Backspaces, inserted text, CDP composition. */
export async function sendImeEvents(page: Page, cdp: CDPSession, events: readonly ImeEvent[]): Promise<void> {
  for (const e of events) {
    if (e.kind === 'key') await page.keyboard.press(e.key);
    else if (e.kind === 'backspace') for (let i = 0; i < e.count; i++) await page.keyboard.press('Backspace');
    else if (e.kind === 'insert') await page.keyboard.insertText(e.text);
    else if (e.kind === 'compose') await cdp.send('Input.imeSetComposition', { text: e.text, selectionStart: e.text.length, selectionEnd: e.text.length });
    else await cdp.send('Input.insertText', { text: e.text });
  }
}

/** The id of the draft the editor shows. */
export async function shownDraftId(page: Page): Promise<string> {
  const id = (await page.getByTestId('editor-screen').getAttribute('data-draft-id')) ?? '';
  if (id === '') throw new Error('the editor shows no draft');
  return id;
}

/** Creates a new draft from the first template through the UI ("Dự thảo mới"), waits for its first paragraph and returns its id. */
export async function openNewDraftId(page: Page, url: string): Promise<string> {
  await openNewDraft(page, url);
  await page.locator('.dt-body p').first().waitFor();
  return shownDraftId(page);
}

/** Opens a stored draft in the editor: the app at `url` (which takes the token), then the draft's route. */
export async function openDraftById(page: Page, url: string, id: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('library-screen').waitFor();
  await page.evaluate((draftId) => (location.hash = `#/draft/${draftId}`), id);
  await page.getByTestId('editor-screen').waitFor();
  await page.locator('.ProseMirror .dt-body').waitFor();
}
