/**
 * Takes the comments of a .docx back into a draft, with the same rules as a
 * review copy: matched by quoted text (detached when not found), the text
 * never changed. Comments that came from DuThao itself (exported, then
 * reopened in Word) are recognised by author, text and date, so only what
 * the reviewer added in Word is new; ids are derived from the draft and the
 * comment's content, so importing the same file twice into a draft adds
 * nothing, and importing it into another draft stores the comments there
 * too. Linear: existing entries are looked up through an index, not scanned
 * per comment.
 */
import { createHash } from 'node:crypto';
import { Node as PMNode } from 'prosemirror-model';
import { documentSchema } from '../../../common/document/schema';
import { MAX_COMMENT_LENGTH, cleanCommentText, cleanQuote } from '../../../common/review/comment-text';
import type { TrackedChanges } from '../../../common/review/api';
import type { Entry, Thread } from '../../../common/review/types';
import { mergeThreads, type IncomingThread, type MergeOutcome, type MergeTarget } from './merge-threads';
import { readWordComments, type WordComment, type WordCommentsFile, type WordThread } from '../../file-formats/ooxml/word-comments-read';

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

const entryKey = (author: string, body: string) => `${author.normalize('NFC').trim().toLowerCase()}\u0000${body}`;

/** The draft's entries by author and text, with their thread, for matching Word comments in constant time. */
function indexEntries(threads: readonly Thread[]): Map<string, Array<{ thread: Thread; entry: Entry }>> {
  const index = new Map<string, Array<{ thread: Thread; entry: Entry }>>();
  for (const thread of threads) {
    for (const entry of thread.entries) {
      if (entry.deleted) continue;
      const key = entryKey(entry.author.name, entry.body);
      const list = index.get(key);
      if (list) list.push({ thread, entry });
      else index.set(key, [{ thread, entry }]);
    }
  }
  return index;
}

/** Turns the threads of a Word file into incoming threads for `mergeThreads`. */
export function wordThreadsToIncoming(target: MergeTarget, wordThreads: readonly WordThread[], now: string): IncomingThread[] {
  const docSize = PMNode.fromJSON(documentSchema, target.doc).content.size;
  const index = indexEntries(target.threads);
  const find = (c: WordComment) => index.get(entryKey(c.author, cleanText(c.text)))?.find((x) => isSameEntry(c, x.entry));
  const out: IncomingThread[] = [];
  for (const wt of wordThreads) {
    const quote = cleanQuote(wt.quote);
    const existing = find(wt.comment)?.thread;
    const threadId = existing?.id ?? hashId('thread', target.draftId, wt.comment.author, wt.comment.date, wt.comment.text, quote);
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

/** What a Word import would add, with the file's tracked changes (not taken over, reported to the user). */
export interface WordImportOutcome extends MergeOutcome {
  readonly trackedChanges: TrackedChanges;
}

/** Merges a read .docx's comments into the draft `target`. Pure and synchronous: take `target` right before. */
export function mergeWordComments(target: MergeTarget, file: WordCommentsFile, now: string): WordImportOutcome {
  return { ...mergeThreads(target, wordThreadsToIncoming(target, file.threads, now)), trackedChanges: file.trackedChanges };
}

/** Reads a .docx's comments and merges them into the draft `target`. Pure but for the parsing. */
export async function importWordComments(target: MergeTarget, docxBytes: Uint8Array, now: string): Promise<WordImportOutcome> {
  return mergeWordComments(target, await readWordComments(docxBytes), now);
}
