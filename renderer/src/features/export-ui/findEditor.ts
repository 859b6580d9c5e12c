/**
 * Finds the TipTap editor mounted under an element. TipTap puts the editor
 * on its view's DOM (`TiptapEditorHTMLElement.editor`); the slot handle
 * only offers getDoc/focus, and jumping to a body node needs the editor.
 */
import type { Editor, TiptapEditorHTMLElement } from '@tiptap/core';

/** The editor whose `.ProseMirror` element is inside `root`, or null. */
export function findEditor(root: ParentNode): Editor | null {
  const dom = root.querySelector<TiptapEditorHTMLElement>('.ProseMirror');
  return dom?.editor ?? null;
}
