/**
 * Editor commands of review comments: comment on the selection (adds the
 * thread's mark and returns its id and quote for `addThread`), withdraw a
 * comment whose thread could not be stored, select a thread's passage, and
 * find the threads under the cursor. Work in review mode too (the body is
 * read-only for typing, not for comment marks).
 */
import type { Editor } from '@tiptap/core';
import { TextSelection, type EditorState } from '@tiptap/pm/state';
import { addCommentMark, removeCommentMarks } from '../../../../common/review/comment-marks';
import { cleanQuote } from '../../../../common/review/comment-text';
import { newReviewId } from '../../../../common/review/ids';
import { buildTextIndex, textInRange } from '../../../../common/review/text-index';
import { COMMENT_MARK, collectCommentRanges } from '../../../../common/review/thread-ranges';
import { setActiveThread } from './comment-plugin';

/** A comment just anchored in the text, waiting for its first message. */
export interface PendingComment {
  readonly threadId: string;
  readonly quote: string;
}

/** Marks the selection as a new thread's passage; null when nothing (or no text) is selected. */
export function commentOnSelection(editor: Editor, threadId: string = newReviewId()): PendingComment | null {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const quote = cleanQuote(textInRange(buildTextIndex(state.doc), { from, to }));
  if (quote.trim() === '') return null;
  const tr = state.tr;
  addCommentMark(tr, from, to, threadId);
  editor.view.dispatch(setActiveThread(tr, threadId));
  return { threadId, quote };
}

/** Removes a thread's marks (a new comment cancelled or refused, a thread deleted). */
export function withdrawComment(editor: Editor, threadId: string): void {
  const tr = editor.state.tr;
  if (removeCommentMarks(tr, threadId)) editor.view.dispatch(setActiveThread(tr, null));
}

/** Selects a thread's passage, scrolls to it and highlights it; false when it has no passage. */
export function selectThread(editor: Editor, threadId: string): boolean {
  const ranges = collectCommentRanges(editor.state.doc).get(threadId);
  const first = ranges?.[0];
  const last = ranges?.[ranges.length - 1];
  if (!first || !last) {
    editor.view.dispatch(setActiveThread(editor.state.tr, null));
    return false;
  }
  const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, first.from, last.to)).scrollIntoView();
  editor.view.dispatch(setActiveThread(tr, threadId));
  return true;
}

/** The thread ids whose passage holds the cursor (the innermost last). */
export function threadIdsAtSelection(state: EditorState): string[] {
  const { $from } = state.selection;
  const marks = [...$from.marks(), ...($from.nodeAfter?.marks ?? [])];
  const ids: string[] = [];
  for (const m of marks) {
    if (m.type.name === COMMENT_MARK && typeof m.attrs.id === 'string' && !ids.includes(m.attrs.id)) ids.push(m.attrs.id);
  }
  return ids;
}
