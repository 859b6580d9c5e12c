/**
 * Marking many threads' passages at once (a review copy or Word file with
 * thousands of comments): each affected textblock is rebuilt once, with the
 * same `addMark` a Transform uses, and only its ancestors are copied, so
 * marking 10,000 passages costs about as much as the document, not 10,000
 * times it (one Transform step per thread copies the body and keeps every
 * intermediate document).
 */
import { Fragment, type Node as PMNode } from 'prosemirror-model';
import { Transform } from '@tiptap/pm/transform';
import { isReviewId } from '../../../common/review/ids';
import { COMMENT_MARK } from '../../../common/review/thread-ranges';
import type { DocRange } from '../../../common/review/types';

/** A thread's passage to mark, for `addCommentMarksAll`. */
export interface CommentMarkRange extends DocRange {
  readonly id: string;
}

/**
 * The document with every range in `ranges` marked as its thread's passage
 * (as `addCommentMark` on each would give). Returns the same node when
 * nothing changed.
 */
export function addCommentMarksAll(doc: PMNode, ranges: readonly CommentMarkRange[]): PMNode {
  if (ranges.length === 0) return doc;
  const type = doc.type.schema.marks[COMMENT_MARK];
  if (!type) throw new Error(`There is no mark type ${COMMENT_MARK} in this schema`);
  for (const r of ranges) {
    if (!isReviewId(r.id)) throw new RangeError(`Invalid comment id ${JSON.stringify(r.id)}`);
    if (!(r.from >= 0 && r.to <= doc.content.size && r.from < r.to)) throw new RangeError(`Invalid comment range ${r.from}-${r.to}`);
  }
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  // The longest range bounds how far back a range starting before a block can reach into it.
  const maxLength = sorted.reduce((m, r) => Math.max(m, r.to - r.from), 0);
  /** The ranges that overlap [from, to). */
  const overlapping = (from: number, to: number): CommentMarkRange[] => {
    const out: CommentMarkRange[] = [];
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as CommentMarkRange).from < to) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const r = sorted[i] as CommentMarkRange;
      if (r.to > from) out.push(r);
      if (from - r.from > maxLength) break;
    }
    return out;
  };

  /** `node` (whose content starts at document position `start`) with its marks added; the same node when unchanged. */
  const rebuild = (node: PMNode, start: number): PMNode => {
    const hits = overlapping(start, start + node.content.size);
    if (hits.length === 0) return node;
    if (node.isTextblock) {
      const tr = new Transform(node);
      for (const r of hits) {
        const from = Math.max(r.from, start) - start;
        const to = Math.min(r.to, start + node.content.size) - start;
        if (from < to) tr.addMark(from, to, type.create({ id: r.id }));
      }
      return tr.doc;
    }
    let changed = false;
    const children: PMNode[] = [];
    node.forEach((child, offset) => {
      const next = child.isLeaf ? child : rebuild(child, start + offset + 1);
      if (next !== child) changed = true;
      children.push(next);
    });
    return changed ? node.copy(Fragment.fromArray(children)) : node;
  };
  const out = rebuild(doc, 0);
  return out.eq(doc) ? doc : out;
}
