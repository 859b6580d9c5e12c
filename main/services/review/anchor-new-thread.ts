/**
 * Makes sure a new thread's passage is marked in the stored document. The
 * editor marks the selection when the comment box opens and saves after
 * `addThread`; an autosave while the box was open stored the mark before its
 * thread existed, and the save path removes such orphan marks. So
 * `addThread` marks the quote in the stored document itself when its mark is
 * missing (the editor's next save stores its own marks anyway).
 */
import { Node as PMNode } from 'prosemirror-model';
import { Transform } from '@tiptap/pm/transform';
import { documentSchema } from '../../../common/document/schema';
import { addCommentMark } from '../../../common/review/comment-marks';
import { reanchorByQuote } from '../../../common/review/reanchor';
import { collectCommentRanges } from '../../../common/review/thread-ranges';

/**
 * The stored document JSON with thread `threadId` marked on `quote` (the
 * occurrence nearest the position `at`, when given), or null when nothing
 * changes (already marked, quote not found, unreadable JSON).
 */
export function anchorNewThread(docJson: string, threadId: string, quote: string, at?: number): string | null {
  // A thread with no passage of its own (the replies to a suggestion) is never marked.
  if (quote.trim() === '') return null;
  // A cheap test first: an id that is not in the JSON at all certainly has no mark.
  if (docJson.includes(JSON.stringify(threadId))) {
    try {
      if (collectCommentRanges(PMNode.fromJSON(documentSchema, JSON.parse(docJson))).has(threadId)) return null;
    } catch {
      return null;
    }
  }
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(documentSchema, JSON.parse(docJson));
  } catch {
    return null;
  }
  const r = reanchorByQuote(doc, quote, at);
  if (!r) return null;
  const tr = new Transform(doc);
  addCommentMark(tr, r.from, r.to, threadId);
  return tr.docChanged ? JSON.stringify(tr.doc.toJSON()) : null;
}
