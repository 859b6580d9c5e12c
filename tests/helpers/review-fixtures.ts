// Shared builders for the review tests: documents on the real schema, threads and entries.
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from '@tiptap/pm/transform';
import { documentSchema as s } from '../../common/document/schema';
import type { DocJSON } from '../../common/document/types';
import { addCommentMark } from '../../common/review/comment-marks';
import { buildTextIndex, rangeOfText } from '../../common/review/text-index';
import type { Author, Entry, Thread } from '../../common/review/types';

export const drafter: Author = { name: 'Trần Thị Bình', role: 'Chuyên viên' };
export const reviewer: Author = { name: 'Nguyễn Văn An', role: 'Phó Chánh Văn phòng' };

/** A document whose body has one paragraph per string. */
export function makeDoc(...paras: string[]): PMNode {
  return s.node('doc', null, [
    s.node('header'),
    s.node('documentTitle'),
    s.node('body', null, paras.map((p) => s.node('paragraph', null, p ? [s.text(p)] : []))),
    s.node('closing'),
  ]);
}

/** The document range of the first occurrence of `text`. */
export function find(doc: PMNode, text: string): { from: number; to: number } {
  const index = buildTextIndex(doc);
  const at = index.text.indexOf(text);
  const r = at < 0 ? null : rangeOfText(index, at, at + text.length);
  if (!r) throw new Error(`not found: ${text}`);
  return r;
}

/** The document with comment marks on the given passages. */
export function withComments(doc: PMNode, comments: Array<[id: string, text: string]>): PMNode {
  const tr = new Transform(doc);
  for (const [id, text] of comments) {
    const r = find(tr.doc, text);
    addCommentMark(tr, r.from, r.to, id);
  }
  return tr.doc;
}

export function json(doc: PMNode): DocJSON {
  return doc.toJSON() as DocJSON;
}

export function entry(id: string, threadId: string, body: string, author: Author = reviewer, createdAt = '2026-11-20T08:00:00.000Z'): Entry {
  return { id, threadId, author, body, createdAt, editedAt: null, deleted: false };
}

export function thread(id: string, draftId: string, quote: string, entries: Entry[], extra: Partial<Thread> = {}): Thread {
  return {
    id,
    draftId,
    quote,
    status: 'open',
    detached: false,
    author: entries[0]?.author ?? reviewer,
    createdAt: entries[0]?.createdAt ?? '2026-11-20T08:00:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
    entries,
    ...extra,
  };
}
