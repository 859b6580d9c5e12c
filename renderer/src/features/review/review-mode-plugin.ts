/**
 * Review mode ("mở để góp ý"): the body is read-only, but the reviewer can
 * still select text and comment. Instead of making the view uneditable
 * (which also stops selection tracking), this plugin refuses every
 * transaction that changes the document other than by adding or removing
 * comment marks. Undo of a comment is a mark change too, so it stays allowed.
 */
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';
import { COMMENT_MARK } from '../../../../common/review/thread-ranges';

/** The key of the review-mode plugin. */
export const reviewModeKey = new PluginKey('duthaoReviewMode');

/** Whether a transaction only adds or removes comment marks (or changes nothing in the document). */
export function onlyCommentChanges(tr: Transaction): boolean {
  if (!tr.docChanged) return true;
  return tr.steps.every(
    (step) => (step instanceof AddMarkStep || step instanceof RemoveMarkStep) && step.mark.type.name === COMMENT_MARK,
  );
}

/** Creates the review-mode plugin; `isActive` is read on each transaction, so the mode can be switched. */
export function createReviewModePlugin(isActive: () => boolean = () => true): Plugin {
  return new Plugin({
    key: reviewModeKey,
    filterTransaction: (tr) => !isActive() || onlyCommentChanges(tr),
  });
}
