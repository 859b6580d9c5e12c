/**
 * The review feature's contribution to the document editor: comment
 * anchoring (paste never duplicates a thread, Ctrl+Alt+M comments on the
 * selection) and review mode (only comment marks may change). The screen
 * gives them what they read through `ReviewEditorContext`.
 */
import type { Editor } from '@tiptap/core';
import type { EditorContribution } from '../../editor/contributions/registry';
import { CommentReview } from './comment-extension';
import { ReviewMode } from './review-mode-extension';

/** What the review extensions read from the screen, each time they run. */
export interface ReviewEditorContext {
  /** True while the draft is open for review (text read-only, comments allowed). */
  readonly reviewMode: boolean;
  /** Ctrl+Alt+M with a selection: comment on it. */
  readonly onComment: (editor: Editor) => void;
  /** The stored quotes by thread id (tell a commented passage from its pasted copy). */
  readonly getQuotes: () => ReadonlyMap<string, string>;
}

/** Installed in `app/contributions.ts`. */
export const reviewContribution: EditorContribution<ReviewEditorContext> = {
  id: 'review',
  extensions: (context) => [
    CommentReview.configure({ onComment: (editor) => context().onComment(editor), getQuotes: () => context().getQuotes() }),
    ReviewMode.configure({ isActive: () => context().reviewMode }),
  ],
};
