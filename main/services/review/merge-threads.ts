/**
 * Adds threads and replies that come from elsewhere (a returned review copy,
 * a Word file) to a draft: matched by id, so a second import adds nothing;
 * each new thread re-anchored to its passage in the current text by its
 * quote (detached when the passage is gone). The drafter's text is never
 * changed: only comment marks are added to the document.
 */
import { Node as PMNode } from 'prosemirror-model';
import { documentSchema } from '../../../common/document/schema';
import type { DocJSON } from '../../../common/document/types';
import { reanchorByQuote } from '../../../common/review/reanchor';
import { buildTextIndex, textInRange } from '../../../common/review/text-index';
import { collectCommentRanges } from '../../../common/review/thread-ranges';
import type { Entry, Thread } from '../../../common/review/types';
import { addCommentMarksAll, type CommentMarkRange } from './mark-all';

/** The draft as it is now. */
export interface MergeTarget {
  readonly draftId: string;
  readonly doc: DocJSON;
  readonly threads: readonly Thread[];
  /**
   * Of the given thread and entry ids, those already used by another draft's
   * comments (ids are unique across the database): such threads and entries
   * are refused and counted in `conflicts`, never reported as added.
   */
  readonly idsInOtherDrafts?: (ids: readonly string[]) => ReadonlySet<string>;
}

/** A thread arriving from elsewhere, with where its passage was. */
export interface IncomingThread {
  readonly thread: Thread;
  /** The passage's text in the source (falls back to `thread.quote`). */
  readonly quote?: string;
  /** A position near where the passage was, to choose among several matches. */
  readonly hint?: number;
}

/** What a merge adds. */
export interface MergeOutcome {
  /** The document with the new threads' marks; the same object when none was added. */
  readonly doc: DocJSON;
  readonly docChanged: boolean;
  readonly addedThreads: Thread[];
  /** New replies on threads the draft already had. */
  readonly addedEntries: Entry[];
  /** Ids of added threads left detached (their passage is gone). */
  readonly detached: string[];
  /** Threads and entries that were already there. */
  readonly skipped: number;
  /** Threads and entries refused because their id belongs to another draft. */
  readonly conflicts: number;
  /** Review copies: suggestions applied, and suggestions brought in as conflicting threads (docs/suggestions.md). */
  readonly suggestions?: { readonly added: number; readonly conflicting: number };
}

/** Merges incoming threads into a draft. Pure: the caller stores the outcome. */
export function mergeThreads(target: MergeTarget, incoming: readonly IncomingThread[]): MergeOutcome {
  // Nothing to place: the document is not even parsed (a long draft takes a moment).
  if (incoming.length === 0) return { doc: target.doc, docChanged: false, addedThreads: [], addedEntries: [], detached: [], skipped: 0, conflicts: 0 };
  const doc = PMNode.fromJSON(documentSchema, target.doc);
  const marks: CommentMarkRange[] = [];
  const index = buildTextIndex(doc);
  const present = collectCommentRanges(doc);
  const threadIds = new Set(target.threads.map((t) => t.id));
  const entryIds = new Set(target.threads.flatMap((t) => t.entries.map((e) => e.id)));
  const addedThreads: Thread[] = [];
  const addedEntries: Entry[] = [];
  const detached: string[] = [];
  let skipped = 0;
  let conflicts = 0;
  const foreign = target.idsInOtherDrafts?.(incoming.flatMap(({ thread }) => [thread.id, ...thread.entries.map((e) => e.id)])) ?? new Set<string>();

  for (const { thread, quote, hint } of incoming) {
    if (foreign.has(thread.id)) {
      conflicts += 1 + thread.entries.length;
      continue;
    }
    if (threadIds.has(thread.id)) {
      skipped++;
      for (const e of thread.entries) {
        if (entryIds.has(e.id)) skipped++;
        else if (foreign.has(e.id)) conflicts++;
        else {
          entryIds.add(e.id);
          addedEntries.push({ ...e, threadId: thread.id });
        }
      }
      continue;
    }
    const notForeign = thread.entries.filter((e) => !foreign.has(e.id));
    conflicts += thread.entries.length - notForeign.length;
    const entries = notForeign.filter((e) => !entryIds.has(e.id));
    skipped += notForeign.length - entries.length;
    if (entries.length === 0) continue; // nothing of this thread would be stored
    threadIds.add(thread.id);
    for (const e of entries) entryIds.add(e.id);

    let anchorQuote: string | null = null;
    const existing = present.get(thread.id);
    if (existing) {
      anchorQuote = textInRange(index, { from: existing[0]!.from, to: existing[existing.length - 1]!.to });
    } else {
      const found = reanchorByQuote(doc, quote ?? thread.quote, hint, index);
      if (found) {
        marks.push({ from: found.from, to: found.to, id: thread.id });
        anchorQuote = textInRange(index, found);
      } else {
        const alt = quote !== undefined && quote !== thread.quote ? reanchorByQuote(doc, thread.quote, hint, index) : null;
        if (alt) {
          marks.push({ from: alt.from, to: alt.to, id: thread.id });
          anchorQuote = textInRange(index, alt);
        }
      }
    }
    if (anchorQuote === null) detached.push(thread.id);
    addedThreads.push({
      ...thread,
      draftId: target.draftId,
      quote: anchorQuote ?? (quote || thread.quote),
      detached: anchorQuote === null,
      entries,
    });
  }

  const marked = addCommentMarksAll(doc, marks);
  const docChanged = marked !== doc;
  return {
    doc: docChanged ? (marked.toJSON() as DocJSON) : target.doc,
    docChanged,
    addedThreads,
    addedEntries,
    detached,
    skipped,
    conflicts,
  };
}
