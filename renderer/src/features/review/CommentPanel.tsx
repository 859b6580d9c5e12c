/**
 * The comment panel beside the page: the draft's threads aligned with their
 * passages, replies, edit/delete of one's own messages, resolve and reopen,
 * resolved threads hidden unless asked for, detached ones last. Clicking a
 * thread selects its passage; putting the cursor in a passage activates its
 * thread. Text is rendered as text, never as HTML. The owner (editor screen)
 * holds the threads and calls the API through `actions`.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { collectThreadRanges } from '../../../../common/review/thread-ranges';
import type { Author, Thread } from '../../../../common/review/types';
import { useDeferredDocValue } from '../editor-ui/hooks/use-deferred-doc';
import { CommentComposer } from './CommentComposer';
import { selectThread, threadIdsAtSelection, type PendingComment } from './comment-commands';
import { ThreadCard, type ThreadActions } from './ThreadCard';
import { layoutCards, listThreads } from './thread-list';
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

/** The comment panel. */
export function CommentPanel({ editor, threads, user, actions, pending, onSubmitPending, onCancelPending, now = () => new Date() }: CommentPanelProps): React.JSX.Element {
  const anchors = useDeferredDocValue(editor, (doc) => collectThreadRanges(doc), { delayMs: ANCHOR_DELAY_MS }) ?? new Map();
  const [showResolved, setShowResolved] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const listing = listThreads(threads, anchors, showResolved);
  const listRef = useRef<HTMLDivElement | null>(null);
  const cardEls = useRef(new Map<string, HTMLElement>());
  const [tops, setTops] = useState<number[] | null>(null);
  const topsRef = useRef<number[] | null>(null);
  const [tick, setTick] = useState(0);

  // The cursor in a passage activates its thread.
  useEffect(() => {
    if (!editor) return;
    const onSelection = () => {
      const ids = threadIdsAtSelection(editor.state);
      if (ids.length > 0) setActiveId(ids[ids.length - 1] ?? null);
    };
    editor.on('selectionUpdate', onSelection);
    return () => {
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor]);

  // Re-align on scroll and resize.
  useEffect(() => {
    const bump = () => setTick((t) => t + 1);
    window.addEventListener('resize', bump);
    window.addEventListener('scroll', bump, true);
    return () => {
      window.removeEventListener('resize', bump);
      window.removeEventListener('scroll', bump, true);
    };
  }, []);

  // Align each card with its passage, pushing cards down so they never overlap.
  useLayoutEffect(() => {
    const list = listRef.current;
    const set = (next: number[] | null) => {
      const prev = topsRef.current;
      const same = prev === next || (!!prev && !!next && prev.length === next.length && prev.every((v, i) => Math.abs(v - next[i]!) < 1));
      if (same) return;
      topsRef.current = next;
      setTops(next);
    };
    if (!editor || editor.isDestroyed || !list) return set(null);
    const base = list.getBoundingClientRect().top;
    const cards = listing.items.map(({ thread, anchor }) => {
      let want: number | null = null;
      if (anchor) {
        try {
          const top = editor.view.coordsAtPos(anchor.from).top - base;
          want = Number.isFinite(top) ? top : null;
        } catch {
          want = null;
        }
      }
      return { want, height: cardEls.current.get(thread.id)?.offsetHeight ?? 0 };
    });
    const next = layoutCards(cards);
    set(next);
  });
  void tick;

  const activate = (id: string) => {
    setActiveId(id);
    if (editor) selectThread(editor, id);
  };
  const at = now();
  // The tops may still be those of the previous list (one render behind): only use them when they match.
  const lastItem = listing.items[listing.items.length - 1];
  const aligned = tops !== null && tops.length === listing.items.length ? tops : null;
  const lastTop = aligned?.[aligned.length - 1];
  const height = lastItem && lastTop !== undefined ? lastTop + (cardEls.current.get(lastItem.thread.id)?.offsetHeight ?? 0) : undefined;

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
      {listing.items.length === 0 && !pending ? <p className="dt-rv-empty">Chưa có góp ý nào. Chọn một đoạn văn rồi bấm Ctrl+Alt+M để góp ý.</p> : null}
      <div className={`dt-rv-list${aligned ? ' dt-rv-aligned' : ''}`} ref={listRef} style={height === undefined ? undefined : { height }}>
        {listing.items.map(({ thread, anchor }, i) => (
          <ThreadCard
            key={thread.id}
            thread={thread}
            detached={!anchor}
            active={thread.id === activeId}
            user={user}
            now={at}
            actions={actions}
            onActivate={() => activate(thread.id)}
            {...(aligned && aligned[i] !== undefined ? { top: aligned[i] } : {})}
            cardRef={(el) => {
              if (el) cardEls.current.set(thread.id, el);
              else cardEls.current.delete(thread.id);
            }}
          />
        ))}
      </div>
    </aside>
  );
}
