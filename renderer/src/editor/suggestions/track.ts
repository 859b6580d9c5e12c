/**
 * Turns an edit into suggestions, at dispatch time, when suggestion mode is
 * on: typing and pasting become suggested insertions, deleting marks text as
 * suggested deletion (deleting one's own pending insertion removes it for
 * real, so an IME or Unikey backspace-and-retype leaves one clean word),
 * Enter and joins are tracked with zero-width anchors
 * (`@handlewithcare/prosemirror-suggest-changes`), bold/italic/underline
 * become format suggestions (`formatChanges.ts`), and every new mark is
 * signed with author and time (`stamp.ts`) in the same transaction, so one
 * Ctrl+Z undoes the edit with its marks.
 *
 * Left as they are: undo/redo, comment-only changes, accept/reject and other
 * transactions marked `SUGGESTION_SKIP`, and edits of the header, title and
 * signature parts (form fields; review mode keeps them read-only anyway).
 */
import { isHistoryTransaction } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { suggestChangesKey, transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { isFormatOnly, recordFormatChanges } from './formatChanges';
import { SUGGESTION_SKIP, SUGGESTION_TRACKED, isSuggesting } from './mode';
import type { SuggestionStamp } from './marks';
import type { SuggestionIdSource } from './suggestionId';
import { stampSuggestions } from './stamp';
import { marksAround, signingOnCreate } from './signOnCreate';
import { fastTypingTransaction } from './typingFastPath';

/** What tracking needs: who and when, and a source of fresh ids. */
export interface TrackContext {
  readonly stamp: SuggestionStamp;
  readonly newId: SuggestionIdSource;
}

const COMMENT_MARK = 'comment';

function onlyCommentMarks(tr: Transaction): boolean {
  return tr.steps.every((s) => (s instanceof AddMarkStep || s instanceof RemoveMarkStep) && s.mark.type.name === COMMENT_MARK);
}

/** Whether every step edits a structural part (header, title, signature: atoms at the top level), not the body. */
function onlyPartFields(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    const pos = step instanceof AttrStep ? step.pos : step instanceof ReplaceAroundStep || step instanceof ReplaceStep ? step.from : -1;
    const doc = tr.docs[i]!;
    if (pos < 0 || pos >= doc.content.size || doc.resolve(pos).depth !== 0) return false;
    const node = doc.nodeAt(pos);
    return !!node && node.isAtom && (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep) || step.to <= pos + node.nodeSize);
  });
}

/** Whether `tr` is an edit that suggestion mode turns into suggestions. */
export function shouldTrack(state: EditorState, tr: Transaction): boolean {
  if (!isSuggesting(state) || !tr.docChanged) return false;
  if (isHistoryTransaction(tr) || tr.getMeta(SUGGESTION_SKIP) || tr.getMeta(suggestChangesKey)) return false;
  return !onlyCommentMarks(tr) && !onlyPartFields(tr);
}

/**
 * The transaction to dispatch for `tr` in `state`: `tr` itself when it is
 * not to be tracked, its suggestion form when it is, or null when it could
 * not be turned into suggestions (the edit is refused; nothing is lost).
 */
export function trackTransaction(state: EditorState, tr: Transaction, context: TrackContext): Transaction | null {
  if (!shouldTrack(state, tr)) return tr;
  try {
    if (isFormatOnly(tr)) {
      recordFormatChanges(tr, state.doc, context.newId(), context.stamp);
      return tr.setMeta(SUGGESTION_TRACKED, true);
    }
    const typed = fastTypingTransaction(state, tr, context.stamp, context.newId);
    if (typed) return typed.setMeta(SUGGESTION_TRACKED, true);
    const known = marksAround(tr);
    if (known) {
      // The usual case (typing, deleting): marks signed as they are made, no extra steps.
      const tracked = signingOnCreate(tr, known, context.stamp, context.newId, () => transformToSuggestionTransaction(tr, state, () => context.newId()));
      return tracked.setMeta(SUGGESTION_TRACKED, true);
    }
    const tracked = transformToSuggestionTransaction(tr, state, () => context.newId());
    stampSuggestions(tracked, state.doc, context.stamp, context.newId);
    return tracked.setMeta(SUGGESTION_TRACKED, true);
  } catch (err) {
    console.warn('Suggestion mode could not track an edit; it was not applied', err);
    return null;
  }
}
