/**
 * Review mode ("mở để góp ý"): the body is read-only, but the reviewer can
 * still select text and comment. Instead of making the view uneditable
 * (which also stops selection tracking), this plugin refuses every
 * transaction that changes the document other than by adding or removing
 * comment marks. Undo of a comment is a mark change too, so it stays allowed.
 *
 * With suggestion mode on, the reviewer's edits arrive already turned into
 * suggestions and are allowed too, with the editor's own fix-ups of them
 * (NFC, template hints); an undo or redo is allowed when it leaves the
 * drafter's text (the document with every suggestion rejected) unchanged.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';
import { isHistoryTransaction } from '@tiptap/pm/history';
import { COMMENT_MARK } from '../../../../common/review/thread-ranges';
import { isSuggesting, isTrackedSuggestion } from '../../editor/suggestions/mode';
import { withoutSuggestions } from '../../editor/suggestions/settle';
import { isHintGuardFix } from '../../editor/plugins/hintGuard';
import { isTextEntryFix } from '../../editor/plugins/textEntry';

/** The key of the review-mode plugin. */
export const reviewModeKey = new PluginKey('duthaoReviewMode');

/** Whether a transaction only adds or removes comment marks (or changes nothing in the document). */
export function onlyCommentChanges(tr: Transaction): boolean {
  if (!tr.docChanged) return true;
  return tr.steps.every(
    (step) => (step instanceof AddMarkStep || step instanceof RemoveMarkStep) && step.mark.type.name === COMMENT_MARK,
  );
}

/** Whether a reviewer in suggestion mode may make `tr`: a suggestion, a fix-up of one, or an undo that keeps the drafter's text. */
export function allowedSuggestion(tr: Transaction, state: EditorState): boolean {
  if (!isSuggesting(state)) return false;
  if (isTrackedSuggestion(tr) || isHintGuardFix(tr) || isTextEntryFix(tr)) return true;
  return isHistoryTransaction(tr) && withoutSuggestions(tr.before).eq(withoutSuggestions(tr.doc));
}

/** Creates the review-mode plugin; `isActive` is read on each transaction, so the mode can be switched. */
export function createReviewModePlugin(isActive: () => boolean = () => true): Plugin {
  return new Plugin({
    key: reviewModeKey,
    filterTransaction: (tr, state) => !isActive() || onlyCommentChanges(tr) || allowedSuggestion(tr, state),
  });
}
