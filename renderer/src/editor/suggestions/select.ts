/**
 * Selects the text of a suggestion in the editor (the side panel's click),
 * from its first to its last mark, and scrolls it into view.
 */
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { isSuggestionMark, suggestionIdOf } from './marks';

/** The [from, to) of suggestion `id` in the document, or null when it has no mark left. */
export function suggestionRange(editor: Editor, id: string): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  editor.state.doc.descendants((node, pos) => {
    if (node.marks.some((m) => isSuggestionMark(m) && suggestionIdOf(m) === id)) {
      if (from < 0) from = pos;
      to = pos + node.nodeSize;
      return false;
    }
    return true;
  });
  return from < 0 ? null : { from, to };
}

/** Selects suggestion `id`; false when it is not in the document. */
export function selectSuggestion(editor: Editor, id: string): boolean {
  const range = suggestionRange(editor, id);
  if (!range) return false;
  const { state } = editor;
  editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)).scrollIntoView());
  return true;
}
