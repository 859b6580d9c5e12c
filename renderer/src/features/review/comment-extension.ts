/**
 * The TipTap extension that installs review comments in the editor: the
 * anchoring plugin (paste without duplicates, active highlight) and the
 * Ctrl+Alt+M shortcut, which calls `onComment` for the shell to open the
 * composer. Add it next to the `comment` mark.
 */
import { Extension, type Editor } from '@tiptap/core';
import { createCommentPlugin } from './comment-plugin';

/** Options of the review-comments extension. */
export interface CommentReviewOptions {
  /** Ctrl+Alt+M / toolbar: comment on the selection (see `commentOnSelection`). */
  onComment: ((editor: Editor) => void) | null;
  /** The stored quotes by thread id (helps tell an original passage from a copy). */
  getQuotes: (() => ReadonlyMap<string, string>) | null;
}

/** Review comments in the editor. */
export const CommentReview = Extension.create<CommentReviewOptions>({
  name: 'commentReview',
  addOptions() {
    return { onComment: null, getQuotes: null };
  },
  addProseMirrorPlugins() {
    const getQuotes = this.options.getQuotes;
    return [createCommentPlugin(getQuotes ? { getQuotes } : {})];
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        if (!this.options.onComment || this.editor.state.selection.empty) return false;
        this.options.onComment(this.editor);
        return true;
      },
    };
  },
});
