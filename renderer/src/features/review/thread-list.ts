/**
 * What the comment panel lists: threads in the order of their passages in
 * the text, detached ones ("đoạn văn đã bị xóa") last, resolved ones hidden
 * unless asked for. Where the cards sit: `card-layout.ts`.
 */
import type { ThreadAnchor } from '../../../../common/review/thread-ranges';
import type { Thread } from '../../../../common/review/types';

/** A thread as the panel shows it. */
export interface ThreadItem {
  readonly thread: Thread;
  /** Its passage now, or null when it has none (detached). */
  readonly anchor: ThreadAnchor | null;
}

/** The panel's list and how many resolved threads it hides. */
export interface ThreadListing {
  readonly items: readonly ThreadItem[];
  readonly hiddenResolved: number;
  readonly open: number;
}

/** Orders and filters threads for the panel. */
export function listThreads(threads: readonly Thread[], anchors: ReadonlyMap<string, ThreadAnchor>, showResolved: boolean): ThreadListing {
  const all = threads.map((thread) => ({ thread, anchor: anchors.get(thread.id) ?? null }));
  const visible = all.filter((i) => showResolved || i.thread.status === 'open');
  visible.sort((a, b) => {
    if (a.anchor && b.anchor) return a.anchor.from - b.anchor.from || a.anchor.to - b.anchor.to;
    if (a.anchor) return -1;
    if (b.anchor) return 1;
    return a.thread.createdAt.localeCompare(b.thread.createdAt);
  });
  return {
    items: visible,
    hiddenResolved: all.length - visible.length,
    open: threads.filter((t) => t.status === 'open').length,
  };
}
