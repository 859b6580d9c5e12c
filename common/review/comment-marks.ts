/**
 * Operations on the `comment` marks of a document: adding a thread's mark to
 * a selection, removing a thread's marks, removing comment marks from a
 * pasted slice, and removing duplicated copies of a thread's passage. They
 * work on any ProseMirror Transform or Transaction (both fit `MarkTransform`),
 * so the editor, the merge and the tests share them.
 */
import { Fragment, Slice, type Mark, type MarkType, type Node as PMNode } from 'prosemirror-model';
import { isReviewId } from './ids';
import { buildTextIndex, textInRange, type TextIndex } from './text-index';
import { COMMENT_MARK, collectCommentRanges } from './thread-ranges';
import type { DocRange } from './types';

/** The part of a ProseMirror Transform / Transaction these operations use. */
export interface MarkTransform {
  readonly doc: PMNode;
  addMark(from: number, to: number, mark: Mark): unknown;
  removeMark(from: number, to: number, mark?: Mark | MarkType | null): unknown;
}

/** The comment mark type of a document's schema; throws if the schema has none. */
function commentType(doc: PMNode): MarkType {
  const type = doc.type.schema.marks[COMMENT_MARK];
  if (!type) throw new Error(`There is no mark type ${COMMENT_MARK} in this schema`);
  return type;
}

/** Marks [from, to) as the passage of thread `id`; text outside textblocks is left alone. */
export function addCommentMark(tr: MarkTransform, from: number, to: number, id: string): void {
  if (!isReviewId(id)) throw new RangeError(`Invalid comment id ${JSON.stringify(id)}`);
  if (!(from >= 0 && to <= tr.doc.content.size && from < to)) throw new RangeError(`Invalid comment range ${from}-${to}`);
  tr.addMark(from, to, commentType(tr.doc).create({ id }));
}

/** Removes every mark of thread `id` (when a thread is deleted). Returns whether any was found. */
export function removeCommentMarks(tr: MarkTransform, id: string): boolean {
  const ranges = collectCommentRanges(tr.doc).get(id);
  if (!ranges) return false;
  const mark = commentType(tr.doc).create({ id });
  for (const r of ranges) tr.removeMark(r.from, r.to, mark);
  return true;
}

/** Removes comment marks from a fragment, returning the same fragment when there were none. */
function stripFragment(fragment: Fragment): Fragment {
  let changed = false;
  const children: PMNode[] = [];
  fragment.forEach((child) => {
    let next = child;
    if (child.marks.some((m) => m.type.name === COMMENT_MARK)) {
      next = next.mark(child.marks.filter((m) => m.type.name !== COMMENT_MARK));
    }
    if (!child.isLeaf) {
      const content = stripFragment(child.content);
      if (content !== child.content) next = next.copy(content);
    }
    if (next !== child) changed = true;
    children.push(next);
  });
  return changed ? Fragment.fromArray(children) : fragment;
}

/**
 * The slice without its comment marks: a pasted or dropped copy of commented
 * text must not create a second anchor of the same thread. Returns the same
 * slice when it held none.
 */
export function stripCommentMarksFromSlice(slice: Slice): Slice {
  const content = stripFragment(slice.content);
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
}

/** A piece of a thread's marks that is a duplicate of its passage. */
export interface DuplicateRange extends DocRange {
  readonly id: string;
}

/**
 * Copies of a thread's passage elsewhere in the document (left by a paste
 * path that kept the marks): the thread's ranges are grouped into contiguous
 * clusters; when two clusters hold the same text, the one matching the
 * stored quote (else the first) is kept and the others are returned.
 * Clusters with different text (a passage the user edited) are left alone.
 */
export function findDuplicateCommentRanges(doc: PMNode, quotes?: ReadonlyMap<string, string>, index: TextIndex = buildTextIndex(doc)): DuplicateRange[] {
  const out: DuplicateRange[] = [];
  for (const [id, ranges] of collectCommentRanges(doc)) {
    if (ranges.length < 2) continue;
    const clusters: DocRange[][] = [];
    for (const r of ranges) {
      const current = clusters[clusters.length - 1];
      const prev = current?.[current.length - 1];
      if (current && prev && textInRange(index, { from: prev.to, to: r.from }).replace(/\n/g, '') === '') current.push(r);
      else clusters.push([r]);
    }
    if (clusters.length < 2) continue;
    const texts = clusters.map((c) => textInRange(index, { from: (c[0] as DocRange).from, to: (c[c.length - 1] as DocRange).to }));
    const stored = quotes?.get(id);
    let keep = stored === undefined ? -1 : texts.indexOf(stored);
    if (keep < 0 || texts.filter((t) => t === texts[keep]).length < 2) keep = texts.findIndex((t, i) => texts.indexOf(t, i + 1) > i);
    if (keep < 0) continue;
    clusters.forEach((c, i) => {
      if (i !== keep && texts[i] === texts[keep]) for (const r of c) out.push({ id, from: r.from, to: r.to });
    });
  }
  return out;
}

/** Removes duplicated copies of threads' passages (see `findDuplicateCommentRanges`). Returns whether it changed anything. */
export function stripDuplicateCommentMarks(tr: MarkTransform, quotes?: ReadonlyMap<string, string>): boolean {
  const dups = findDuplicateCommentRanges(tr.doc, quotes);
  if (dups.length === 0) return false;
  const type = commentType(tr.doc);
  for (const d of dups) tr.removeMark(d.from, d.to, type.create({ id: d.id }));
  return true;
}

/**
 * After a paste or drop that inserted `inserted` (ranges in `tr.doc`):
 * removes the comment marks inside those ranges of every thread that also
 * has marks outside them, i.e. a copy of a passage that is still in place.
 * A moved passage (its original gone) keeps its marks. Returns whether it
 * changed anything.
 */
export function removeCopiedCommentMarks(tr: MarkTransform, inserted: readonly DocRange[]): boolean {
  if (inserted.length === 0) return false;
  const inside = (r: DocRange) => inserted.some((i) => r.from >= i.from && r.to <= i.to);
  const type = commentType(tr.doc);
  let changed = false;
  for (const [id, ranges] of collectCommentRanges(tr.doc)) {
    if (!ranges.some((r) => !inside(r))) continue;
    for (const i of inserted) {
      if (ranges.some((r) => r.from < i.to && r.to > i.from)) {
        tr.removeMark(i.from, i.to, type.create({ id }));
        changed = true;
      }
    }
  }
  return changed;
}
