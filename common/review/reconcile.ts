/**
 * Compares the threads stored for a draft with the comment marks of its
 * document (on every save): which threads are anchored (and their current
 * quote), which lost all their marks (detached: kept with their quote, never
 * dropped), which came back (an undo after a save), which ids have marks
 * but no thread, and which passages were duplicated.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { findDuplicateCommentRanges, type DuplicateRange } from './comment-marks';
import { buildTextIndex } from './text-index';
import { collectThreadRanges, type ThreadAnchor } from './thread-ranges';
import type { Thread } from './types';

/** What a save must change in the stored threads. */
export interface Reconciliation {
  /** Threads with marks in the document, by id, with their current passage. */
  readonly anchored: ReadonlyMap<string, ThreadAnchor>;
  /** Threads that were anchored and have no mark left: set detached, keep their quote. */
  readonly newlyDetached: readonly string[];
  /** Threads stored as detached whose marks are back (undo): set anchored again. */
  readonly reattached: readonly string[];
  /** Anchored threads whose passage text changed: store the new quote. */
  readonly quoteChanged: ReadonlyMap<string, string>;
  /** Mark ids with no stored thread (should not happen; the marks may be removed). */
  readonly orphanMarks: readonly string[];
  /** Copies of a passage that duplicate a thread's anchor (see `stripDuplicateCommentMarks`). */
  readonly duplicates: readonly DuplicateRange[];
}

/** Reconciles a document with the threads stored for it. Pure: changes nothing. */
export function reconcile(doc: PMNode, threads: readonly Pick<Thread, 'id' | 'quote' | 'detached'>[]): Reconciliation {
  const index = buildTextIndex(doc);
  const anchors = collectThreadRanges(doc, index);
  const known = new Map(threads.map((t) => [t.id, t] as const));
  const anchored = new Map<string, ThreadAnchor>();
  const newlyDetached: string[] = [];
  const reattached: string[] = [];
  const quoteChanged = new Map<string, string>();
  for (const t of threads) {
    const a = anchors.get(t.id);
    if (!a) {
      if (!t.detached) newlyDetached.push(t.id);
      continue;
    }
    anchored.set(t.id, a);
    if (t.detached) reattached.push(t.id);
    if (a.quote !== t.quote && a.quote.trim() !== '') quoteChanged.set(t.id, a.quote);
  }
  const orphanMarks = [...anchors.keys()].filter((id) => !known.has(id));
  const quotes = new Map(threads.map((t) => [t.id, t.quote] as const));
  return { anchored, newlyDetached, reattached, quoteChanged, orphanMarks, duplicates: findDuplicateCommentRanges(doc, quotes, index) };
}
