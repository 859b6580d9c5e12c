/**
 * One message of a thread: author and role, time ("2 giờ trước", full date
 * on hover), the text as plain text (never HTML), and for one's own
 * messages Sửa / Xóa.
 */
import { useState } from 'react';
import type { Author, Entry } from '../../../../common/review/types';
import { formatFullDateTime, formatRelativeTime } from '../../platform/format/relativeTime';
import { CommentComposer } from './CommentComposer';

/** Props of an entry. */
export interface EntryItemProps {
  readonly entry: Entry;
  readonly mine: boolean;
  readonly now: Date;
  readonly onEdit: (entryId: string, body: string) => Promise<void>;
  readonly onDelete: (entryId: string) => Promise<void>;
}

/** Whether an entry was written by `user` (names compared as the service does). */
export function isMine(entry: Entry, user: Author): boolean {
  return user.name.trim() !== '' && entry.author.name.normalize('NFC').trim().toLowerCase() === user.name.normalize('NFC').trim().toLowerCase();
}

/** One comment or reply. */
export function EntryItem({ entry, mine, now, onEdit, onDelete }: EntryItemProps): React.JSX.Element {
  const [editing, setEditing] = useState(false);
  const created = new Date(entry.createdAt);
  return (
    <li className="dt-rv-entry" data-testid="review-entry">
      <div className="dt-rv-meta">
        <span className="dt-rv-author">{entry.author.name}</span>
        {entry.author.role ? <span className="dt-rv-role">{entry.author.role}</span> : null}
        <time className="dt-rv-time" dateTime={entry.createdAt} title={formatFullDateTime(created)}>
          {formatRelativeTime(created, now)}
        </time>
        {entry.editedAt && !entry.deleted ? <span className="dt-rv-edited">(đã sửa)</span> : null}
      </div>
      {entry.deleted ? (
        <p className="dt-rv-body dt-rv-deleted">Góp ý đã bị xóa.</p>
      ) : editing ? (
        <CommentComposer
          initial={entry.body}
          placeholder="Sửa góp ý"
          submitLabel="Lưu"
          autoFocus
          onSubmit={async (body) => {
            await onEdit(entry.id, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="dt-rv-body">{entry.body}</p>
      )}
      {mine && !entry.deleted && !editing ? (
        <div className="dt-rv-entry-actions">
          <button type="button" className="dt-rv-link" onClick={() => setEditing(true)}>
            Sửa
          </button>
          <button type="button" className="dt-rv-link" onClick={() => void onDelete(entry.id)}>
            Xóa
          </button>
        </div>
      ) : null}
    </li>
  );
}
