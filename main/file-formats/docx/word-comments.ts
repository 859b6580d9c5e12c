/**
 * DuThao threads → the exporter's comment hook (main/file-formats/docx/comments.ts):
 * each thread becomes a Word comment with its replies (author, initials,
 * date, plain text) and its resolved state. Deleted entries are left out;
 * a thread whose opening comment was deleted keeps a placeholder so its
 * replies still have a parent.
 */
import type { ExportCommentThread, ExportCommentMessage } from './comments';
import { initialsOf } from './comments';
import type { Entry, Thread } from '../../../common/review/types';

/** The text written for an opening comment that was deleted. */
export const DELETED_ENTRY_TEXT = '(Góp ý đã bị xóa)';

function message(e: Entry, text = e.body): ExportCommentMessage {
  return { author: e.author.name || 'Không rõ', initials: initialsOf(e.author.name || 'K'), date: e.createdAt, text };
}

/** The threads to pass as `comments` to `exportDocx`; detached and empty threads are skipped. */
export function toExportCommentThreads(threads: readonly Thread[]): ExportCommentThread[] {
  const out: ExportCommentThread[] = [];
  for (const t of threads) {
    if (t.detached) continue;
    const [first, ...rest] = t.entries;
    const replies = rest.filter((e) => !e.deleted);
    if (!first || (first.deleted && replies.length === 0)) continue;
    out.push({
      id: t.id,
      resolved: t.status === 'resolved',
      comment: message(first, first.deleted ? DELETED_ENTRY_TEXT : first.body),
      replies: replies.map((e) => message(e)),
    });
  }
  return out;
}
