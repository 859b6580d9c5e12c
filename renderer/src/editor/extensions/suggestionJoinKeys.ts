/**
 * Backspace / Delete between a list item and a paragraph while suggesting
 * (`suggestions/listJoin.ts`): a suggested join of the two blocks instead of
 * ProseMirror's "move the paragraph into the list". Runs before the list and
 * core keymaps (higher priority); does nothing with suggestion mode off.
 */
import { Extension } from '@tiptap/core';

/** The extension holding the two keys. */
export const SuggestionJoinKeys = Extension.create({
  name: 'suggestionJoinKeys',
  priority: 1000,
  addKeyboardShortcuts() {
    const join = (backward: boolean) => (): boolean => this.editor.commands.suggestListJoin(backward);
    return { Backspace: join(true), Delete: join(false) };
  },
});
