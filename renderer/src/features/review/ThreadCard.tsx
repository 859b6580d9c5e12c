/**
 * A thread in the comment panel: its quoted passage (or "Đoạn văn đã bị
 * xóa" with the original quote; for the replies of an accepted or rejected
 * suggestion, "Đã chấp nhận đề xuất (who)"), its messages, a reply box, and
 * Giải quyết / Mở lại. Clicking the card selects its passage. The panel
 * places the card (its `top`) in the DOM (`use-card-positions.ts`).
 */
import type { Author, Thread } from '../../../../common/review/types';
import { DETACHED_LABEL, settledLabel } from '../../../../common/review/types';
import { CommentComposer } from './CommentComposer';
import { EntryItem, isMine } from './EntryItem';

/** What a card can ask of the panel's owner. */
export interface ThreadActions {
  readonly reply: (threadId: string, body: string) => Promise<void>;
  readonly edit: (entryId: string, body: string) => Promise<void>;
  readonly remove: (entryId: string) => Promise<void>;
  readonly setResolved: (threadId: string, resolved: boolean) => Promise<void>;
}

/** Props of a thread card. */
export interface ThreadCardProps {
  readonly thread: Thread;
  readonly detached: boolean;
  readonly active: boolean;
  readonly user: Author;
  readonly now: Date;
  readonly actions: ThreadActions;
  /** A click on the card (its passage is selected). */
  readonly onActivate: (e: React.MouseEvent<HTMLElement>) => void;
}

const QUOTE_MAX = 160;

/** One thread. */
export function ThreadCard({ thread, detached, active, user, now, actions, onActivate }: ThreadCardProps): React.JSX.Element {
  const resolved = thread.status === 'resolved';
  const quote = thread.quote.length > QUOTE_MAX ? `${thread.quote.slice(0, QUOTE_MAX)}…` : thread.quote;
  return (
    <article
      className={`dt-rv-card${active ? ' dt-rv-active' : ''}${resolved ? ' dt-rv-resolved' : ''}${detached && !thread.settled ? ' dt-rv-detached' : ''}`}
      data-testid="review-thread"
      data-thread-id={thread.id}
      aria-label={`Góp ý của ${thread.author.name}`}
      onClick={onActivate}
    >
      {thread.settled ? <p className="dt-rv-badge dt-rv-settled">{settledLabel(thread.settled)}</p> : detached ? <p className="dt-rv-badge">{DETACHED_LABEL}</p> : null}
      <blockquote className="dt-rv-quote" title={thread.quote}>
        {quote}
      </blockquote>
      <ol className="dt-rv-entries">
        {thread.entries.map((e) => (
          <EntryItem key={e.id} entry={e} mine={isMine(e, user)} now={now} onEdit={actions.edit} onDelete={actions.remove} />
        ))}
      </ol>
      {active && !resolved ? (
        <CommentComposer placeholder="Trả lời…" submitLabel="Trả lời" onSubmit={(body) => actions.reply(thread.id, body)} />
      ) : null}
      <div className="dt-rv-actions">
        {resolved ? <span className="dt-rv-status">Đã giải quyết</span> : null}
        <button
          type="button"
          className="dt-ui-button"
          onClick={(e) => {
            e.stopPropagation();
            void actions.setResolved(thread.id, !resolved);
          }}
        >
          {resolved ? 'Mở lại' : 'Giải quyết'}
        </button>
      </div>
    </article>
  );
}
