/**
 * The one handle a mounted document editor gives the rest of the UI: the
 * document JSON, places in it (parts, fields, body blocks), moving the
 * cursor and the view there, change notifications, and the TipTap editor for
 * commands. Features (export, review, the screens) use this instead of
 * finding the editor in the DOM or copying its structure.
 */
import type { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import type { DocJSON } from '../../../../common/document/types';
import { PART_INDEX, partPos } from '../structure';
import { FIELD_SELECTORS, PART_SELECTORS, inspectorFieldSelector, type DocumentPart } from '../fieldPlaces';

/** What a feature can ask of a mounted editor. */
export interface EditorHandle {
  /** The TipTap editor: run commands, read the state. */
  readonly tiptap: Editor;
  /** Serialises the current document (called by autosave and export, not per keystroke). */
  getDoc(): DocJSON;
  /** Puts the cursor in the text: keeps one already in the body, else the start of the body. */
  focus(): void;
  /** Calls `listener` after each change to the document; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** The document position before the body block at `path` (child indexes from the body), following the path as far as it exists. */
  bodyPathPosition(path: readonly number[]): number;
  /** Selects the start of the body block at `path` and scrolls to it; false when the editor is gone. */
  selectBodyPath(path: readonly number[]): boolean;
  /**
   * Focuses a field of the header, title or closing (`index`: which one, for
   * a list such as the recipients), on the page or, for a header field the
   * page has no input for (type code, body code), in the opened
   * "Thông tin văn bản" inspector.
   * Resolves false when the field is nowhere to be found.
   */
  focusField(part: Exclude<DocumentPart, 'body'>, field: string, index?: number): Promise<boolean>;
  /** Scrolls a part into view; false when it is not on the page (or the editor is gone). */
  revealPart(part: DocumentPart): boolean;
}

/** What the editor component adds to a handle beyond the TipTap editor. */
export interface EditorHandleOptions {
  /** The element around the page and the inspector (default: the editor's own element's parent). */
  readonly root?: () => ParentNode | null;
  /** Opens the "Thông tin văn bản" inspector (absent: the editor has none). */
  readonly openInspector?: () => void;
}

/** Focuses the text: keeps a cursor already in the body, else puts it at the start of the body's first text block. */
function focusText(editor: Editor): void {
  const { doc, selection } = editor.state;
  const bodyPos = partPos(doc, PART_INDEX.body);
  const inBody = selection.from > bodyPos && selection.to < bodyPos + doc.child(PART_INDEX.body).nodeSize;
  if (inBody) return void editor.commands.focus();
  let target = bodyPos + 1;
  doc.child(PART_INDEX.body).descendants((node, pos) => {
    if (target !== bodyPos + 1 || !node.isTextblock) return target === bodyPos + 1;
    target = bodyPos + 1 + pos + 1;
    return false;
  });
  editor.chain().setTextSelection(target).focus().run();
}

function focusElement(el: HTMLElement): void {
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    // Caret at the end, ready to type.
    try {
      el.setSelectionRange(el.value.length, el.value.length);
    } catch {
      // Some input types (date) have no text selection.
    }
  }
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The document position before the body block at `path`. */
function bodyPathPosition(editor: Editor, path: readonly number[]): number {
  const doc = editor.state.doc;
  let start = partPos(doc, PART_INDEX.body);
  let node = doc.child(PART_INDEX.body);
  for (const index of path) {
    if (index < 0 || index >= node.childCount) break;
    let inner = start + 1;
    for (let i = 0; i < index; i++) inner += node.child(i).nodeSize;
    start = inner;
    node = node.child(index);
  }
  return start;
}

/** Makes the handle of a TipTap editor built from `createDocumentExtensions`. */
export function createEditorHandle(editor: Editor, options: EditorHandleOptions = {}): EditorHandle {
  const root = (): ParentNode => options.root?.() ?? editor.view.dom.parentElement ?? editor.view.dom;
  const pageField = (part: string, field: string, index: number): HTMLElement | null => {
    const selector = FIELD_SELECTORS[part]?.[field];
    if (!selector) return null;
    const all = editor.view.dom.querySelectorAll<HTMLElement>(selector);
    return all[Math.max(0, Math.min(index, all.length - 1))] ?? null;
  };
  const inspectorField = async (field: string): Promise<HTMLElement | null> => {
    const selector = inspectorFieldSelector(field);
    if (!selector) return null;
    let input = root().querySelector<HTMLElement>(selector);
    if (!input && options.openInspector) {
      options.openInspector();
      // React draws the opened inspector on a later task.
      for (let i = 0; i < 5 && !input; i++) {
        await nextTask();
        input = root().querySelector<HTMLElement>(selector);
      }
    }
    return input;
  };
  return {
    tiptap: editor,
    getDoc: () => editor.getJSON() as DocJSON,
    focus: () => focusText(editor),
    onChange(listener) {
      editor.on('update', listener);
      return () => void editor.off('update', listener);
    },
    bodyPathPosition: (path) => bodyPathPosition(editor, path),
    selectBodyPath(path) {
      if (editor.isDestroyed) return false;
      const doc = editor.state.doc;
      if (doc.childCount <= PART_INDEX.body) return false;
      const start = bodyPathPosition(editor, path);
      const selection = Selection.near(doc.resolve(Math.min(start + 1, doc.content.size)));
      editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
      const dom = editor.view.nodeDOM(start);
      if (dom instanceof HTMLElement) dom.scrollIntoView?.({ block: 'center' });
      editor.view.focus();
      return true;
    },
    async focusField(part, field, index = 0) {
      if (editor.isDestroyed) return false;
      // Header fields without an input on the page (type code, body code) are edited in the inspector.
      const onPage = FIELD_SELECTORS[part]?.[field] !== undefined;
      const el = onPage ? pageField(part, field, index) : part === 'header' ? await inspectorField(field) : null;
      if (!el || editor.isDestroyed) return false;
      focusElement(el);
      return true;
    },
    revealPart(part) {
      if (editor.isDestroyed) return false;
      const el = editor.view.dom.querySelector<HTMLElement>(PART_SELECTORS[part]);
      if (!el) return false;
      el.scrollIntoView?.({ block: 'center' });
      return true;
    },
  };
}
