/**
 * Merging a returned review copy into its original draft: the reviewer's new
 * threads and replies are added (matched by id), re-anchored by the quoted
 * text of their marks in the copy; the reviewer's suggestions are added to
 * their paragraphs, or come in as conflicting when the drafter has changed
 * the paragraph since (`merge-suggestions.ts`); the drafter's text is never
 * overwritten.
 */
import { Node as PMNode } from 'prosemirror-model';
import { documentSchema } from '../../../common/document/schema';
import { collectThreadRanges } from '../../../common/review/thread-ranges';
import { mergeThreads, type MergeOutcome, type MergeTarget } from './merge-threads';
import { mergeSuggestions } from './merge-suggestions';
import type { ReviewCopy } from '../../file-formats/review-copy/review-copy';
import { ReviewCopyError } from '../../file-formats/review-copy/review-copy-error';

/** Merges `copy` into the draft `target`; throws `ReviewCopyError('other-draft')` for a copy of another draft. */
export function mergeReviewCopy(target: MergeTarget, copy: ReviewCopy, now: string = new Date().toISOString()): MergeOutcome {
  if (copy.draftId !== target.draftId) {
    throw new ReviewCopyError(
      'other-draft',
      `Bản góp ý này thuộc dự thảo khác ("${copy.title}"), không phải dự thảo đang mở.`,
      `copy of draft ${copy.draftId}, merged into ${target.draftId}`,
    );
  }
  const anchors = collectThreadRanges(PMNode.fromJSON(documentSchema, copy.doc));
  const suggestions = mergeSuggestions(target.doc, copy.doc, target.draftId, new Set(target.threads.map((t) => t.id)), now, target.settledSuggestionIds);
  const merged = mergeThreads({ ...target, doc: suggestions.doc }, [
    ...copy.threads.map((thread) => {
      const a = anchors.get(thread.id);
      return a ? { thread, quote: a.quote, hint: a.from } : { thread };
    }),
    ...suggestions.conflicts,
  ]);
  return {
    ...merged,
    docChanged: merged.docChanged || suggestions.docChanged,
    suggestions: { added: suggestions.added.length, conflicting: suggestions.conflicts.length, ...(suggestions.settled > 0 ? { settled: suggestions.settled } : {}) },
  };
}
