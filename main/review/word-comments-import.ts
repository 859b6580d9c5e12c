/**
 * Takes the comments of a .docx back into a draft, with the same rules as a
 * review copy: matched by quoted text (detached when not found), the text
 * never changed. Comments that came from DuThao itself (exported, then
 * reopened in Word) are recognised by author, text and date, so only what
 * the reviewer added in Word is new; ids are derived from the comment's
 * content, so importing the same file twice adds nothing.
 */
import { createHash } from 'node:crypto';
import { Node as PMNode } from 'prosemirror-model';
import { documentSchema } from '../../common/document/schema';
import { MAX_COMMENT_LENGTH, cleanCommentText, cleanQuote } from '../../common/review/comment-text';
import type { Entry, Thread } from '../../common/review/types';
import { mergeThreads, type IncomingThread, type MergeOutcome, type MergeTarget } from './merge-threads';
import { readWordComments, type WordComment, type WordThread } from './word-comments-read';

function hashId(...parts: string[]): string {
  return `w${createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex').slice(0, 31)}`;
}

function cleanText(text: string): string {
  const t = cleanCommentText(text);
  return t.length > MAX_COMMENT_LENGTH ? `${t.slice(0, MAX_COMMENT_LENGTH - 1)}…` : t;
}

const sameAuthor = (a: string, b: string) => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

/** Whether a Word comment is the Word form of an existing entry. */
function isSameEntry(c: WordComment, e: Entry): boolean {
  if (e.deleted || !sameAuthor(c.author, e.author.name) || cleanText(c.text) !== e.body) return false;
  if (!c.date) return true;
  return Math.abs(Date.parse(c.date) - Date.parse(e.createdAt)) <= 120_000;
}

/** Turns the threads of a Word file into incoming threads for `mergeThreads`. */
export function wordThreadsToIncoming(target: MergeTarget, wordThreads: readonly WordThread[], now: string): IncomingThread[] {
  const docSize = PMNode.fromJSON(documentSchema, target.doc).content.size;
  const out: IncomingThread[] = [];
  for (const wt of wordThreads) {
    const quote = cleanQuote(wt.quote);
    const existing = target.threads.find((t) => t.entries.some((e) => isSameEntry(wt.comment, e)));
    const threadId = existing?.id ?? hashId('thread', wt.comment.author, wt.comment.date, wt.comment.text, quote);
    const toEntry = (c: WordComment, i: number): Entry => {
      const match = existing?.entries.find((e) => isSameEntry(c, e));
      return {
        id: match?.id ?? hashId('entry', threadId, String(i), c.author, c.date, c.text),
        threadId,
        author: { name: c.author.trim() || 'Không rõ', role: '' },
        body: cleanText(c.text),
        createdAt: c.date || now,
        editedAt: null,
        deleted: false,
      };
    };
    const entries = [wt.comment, ...wt.replies].map(toEntry);
    const first = entries[0] as Entry;
    const thread: Thread = {
      id: threadId,
      draftId: target.draftId,
      quote,
      status: wt.resolved ? 'resolved' : 'open',
      detached: false,
      author: first.author,
      createdAt: first.createdAt,
      resolvedAt: wt.resolved ? now : null,
      resolvedBy: wt.resolved ? first.author : null,
      entries,
    };
    out.push({ thread, quote, hint: Math.round(wt.at * docSize) });
  }
  return out;
}

/** Reads a .docx's comments and merges them into the draft `target`. Pure but for the parsing. */
export async function importWordComments(target: MergeTarget, docxBytes: Uint8Array, now: string): Promise<MergeOutcome> {
  const wordThreads = await readWordComments(docxBytes);
  return mergeThreads(target, wordThreadsToIncoming(target, wordThreads, now));
}
