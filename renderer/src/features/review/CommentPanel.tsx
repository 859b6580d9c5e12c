/**
 * The comment panel beside the page: the draft's threads aligned with their
 * passages, replies, edit/delete of one's own messages, resolve and reopen,
 * resolved threads hidden unless asked for, detached ones last. Clicking a
 * thread selects its passage; putting the cursor in a passage activates its
 * thread. Text is rendered as text, never as HTML. The owner (editor screen)
 * holds the threads and calls the API through `actions`.
 */
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { collectThreadRanges, type ThreadAnchor } from '../../../../common/review/thread-ranges';
import type { Author, Thread } from '../../../../common/review/types';
import { useDeferredDocValue } from '../editor-ui/hooks/use-deferred-doc';
import { CommentComposer } from './CommentComposer';
import { selectThread, threadIdsAtSelection, type PendingComment } from './comment-commands';
import { ThreadCard, type ThreadActions } from './ThreadCard';
import { listThreads } from './thread-list';
import { scrollPassageIntoView, useCardPositions } from './use-card-positions';
import './review.css';

/** Props of the comment panel. */
export interface CommentPanelProps {
  readonly editor: Editor | null;
  readonly threads: readonly Thread[];
  /** The user (settings), to know which messages are one's own. */
  readonly user: Author;
  readonly actions: ThreadActions;
  /** A comment just anchored by `commentOnSelection`, waiting for its first message. */
  readonly pending?: PendingComment | null;
  readonly onSubmitPending?: (body: string) => Promise<void>;
  readonly onCancelPending?: () => void;
  /** The clock (tests). */
  readonly now?: () => Date;
}

/** Delay after typing before the passages are re-read. */
const ANCHOR_DELAY_MS = 200;

/** The threads' passages of a document, computed once per document version. */
const anchorsByDoc = new WeakMap<PMNode, ReadonlyMap<string, ThreadAnchor>>();
function anchorsOf(doc: PMNode): ReadonlyMap<string, ThreadAnchor> {
  let anchors = anchorsByDoc.get(doc);
  if (!anchors) {
    anchors = collectThreadRanges(doc);
    anchorsByDoc.set(doc, anchors);
  }
  return anchors;
}

/**
 * The passages of the threads: read off the typing path, or (null) not yet.
 * A listed thread missing from them (just added) is looked up in the
 * current document at once, so its card appears at its passage instead of
 * as detached first and jumping there later.
 */
function useThreadAnchors(editor: Editor | null, threads: readonly Thread[]): ReadonlyMap<string, ThreadAnchor> | null {
  const deferred = useDeferredDocValue(editor, anchorsOf, { delayMs: ANCHOR_DELAY_MS });
  if (!deferred || !editor || editor.isDestroyed) return deferred;
  const doc = editor.state.doc;
  // Threads the store knows as detached are not looked for (their passage is gone; the next reading finds a restored one).
  return threads.some((t) => !t.detached && !deferred.has(t.id)) ? anchorsOf(doc) : deferred;
}

/** Whether a click landed on a control inside a card (a button, a text box), not on the card itself. */
function onControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, textarea, input, select, a, label') !== null;
}

/** The comment panel. */
export function CommentPanel({ editor, threads, user, actions, pending, onSubmitPending, onCancelPending, now = () => new Date() }: CommentPanelProps): React.JSX.Element {
  const anchors = useThreadAnchors(editor, threads);
  const [showResolved, setShowResolved] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const listing = listThreads(threads, anchors ?? new Map(), showResolved);
  // Cards are shown once their passages are known (not first as detached, then moved).
  const items = anchors === null ? [] : listing.items;
  const waiting = anchors === null && threads.length > 0;
  const listRef = useRef<HTMLDivElement | null>(null);

  // The cursor in a passage activates its thread (the active one stays when the cursor is in it too).
  useEffect(() => {
    if (!editor) return;
    const onSelection = () => {
      const ids = threadIdsAtSelection(editor.state);
      if (ids.length > 0) setActiveId((prev) => (prev !== null && ids.includes(prev) ? prev : (ids[ids.length - 1] ?? null)));
    };
    editor.on('selectionUpdate', onSelection);
    return () => {
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor]);

  useCardPositions(
    editor,
    listRef,
    items.map(({ thread, anchor }) => ({ id: thread.id, from: anchor ? anchor.from : null })),
    activeId,
  );

  const activate = (id: string) => {
    setActiveId(id);
    if (!editor) return;
    selectThread(editor, id);
    // The page may still be following a scroll of the side panel (the card was scrolled into view to be
    // clicked): once that scroll is done, bring the passage (and so its card) into view.
    const from = items.find((i) => i.thread.id === id)?.anchor?.from;
    if (from !== undefined) requestAnimationFrame(() => scrollPassageIntoView(editor, from));
  };
  const at = now();

  return (
    <aside className="dt-rv-panel" aria-label="Góp ý">
      <header className="dt-rv-header">
        <h2 className="dt-rv-title">Góp ý ({listing.open})</h2>
        <label className="dt-rv-filter">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          Hiện góp ý đã giải quyết{listing.hiddenResolved > 0 ? ` (${listing.hiddenResolved})` : ''}
        </label>
      </header>
      {pending && onSubmitPending ? (
        <div className="dt-rv-card dt-rv-pending" data-testid="review-pending">
          <blockquote className="dt-rv-quote">{pending.quote.length > 160 ? `${pending.quote.slice(0, 160)}…` : pending.quote}</blockquote>
          <CommentComposer placeholder="Nhập góp ý…" submitLabel="Góp ý" autoFocus onSubmit={onSubmitPending} {...(onCancelPending ? { onCancel: onCancelPending } : {})} />
        </div>
      ) : null}
      {listing.items.length === 0 && !pending && !waiting ? <p className="dt-rv-empty">Chưa có góp ý nào. Chọn một đoạn văn rồi bấm Ctrl+Alt+M để góp ý.</p> : null}
      <div className={`dt-rv-list${editor ? ' dt-rv-aligned' : ''}`} ref={listRef} data-testid="review-thread-list">
        {items.map(({ thread, anchor }) => (
          <ThreadCard
            key={thread.id}
            thread={thread}
            detached={!anchor}
            active={thread.id === activeId}
            user={user}
            now={at}
            actions={actions}
            onActivate={(e) => {
              // A click on a card's button or text box is for that control: the passage is not selected (and scrolled to) again.
              if (!onControl(e.target)) activate(thread.id);
            }}
          />
        ))}
      </div>
    </aside>
  );
}
