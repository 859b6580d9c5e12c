/**
 * Accepting and rejecting suggestions ("Chấp nhận" / "Từ chối"), one, all,
 * or all of one author, as one transaction (so Ctrl+Z brings them back).
 *
 * Accepting keeps suggested insertions as ordinary text and removes text
 * suggested for deletion; rejecting does the reverse; a format change is
 * kept (accept) or undone (reject). A suggestion that crosses a paragraph
 * boundary (Enter, or a deletion over two paragraphs, anchored by zero-width
 * spaces) splits or joins the paragraphs as suggested.
 *
 * The insertion/deletion walk is ported from
 * `@handlewithcare/prosemirror-suggest-changes@0.1.8` (`commands.js`,
 * `findSuggestionMarkEnd.js`, MIT): its commands also settle every
 * modification of the document whatever the id asked for, and cannot handle
 * a modification on text (they throw), so we cannot call them.
 */
import type { Mark, MarkType, Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Transform } from '@tiptap/pm/transform';
import { SUGGESTION_ANCHOR } from '../../../../common/document/suggestions';
import { suggestionMarkTypes } from './marks';

/** Which suggestion marks a command settles. */
export type SuggestionFilter = (mark: Mark) => boolean;

/**
 * Where the run of `markType` with the id of the mark at `$pos` ends,
 * following it into the next blocks. The run stops at text of another
 * suggestion (another id: a suggestion typed inside another one is settled
 * on its own, or of the same id but not settled now: another author's)
 * and at a table cell's edge (a suggestion never joins cells).
 */
function suggestionMarkEnd($pos: ResolvedPos, initial: Mark, filter: SuggestionFilter): number {
  const markType = initial.type;
  const sameRun = (marks: readonly Mark[]): boolean => {
    const mark = markType.isInSet(marks);
    return !!mark && mark.attrs.id === initial.attrs.id && filter(mark);
  };
  const doc = $pos.doc;
  let afterPos = $pos.pos;
  for (;;) {
    const $after = doc.resolve(afterPos);
    if ($after.depth < 1) return $after.pos;
    if ($after.nodeAfter) {
      if (!sameRun($after.nodeAfter.marks)) return $after.pos;
      afterPos += $after.nodeAfter.nodeSize;
      continue;
    }
    // At the end of a block: does the next block start with the same suggestion?
    let depth = $after.depth;
    let next: PMNode | null = null;
    while (depth > 0 && !next) {
      if ($after.node(depth).type.spec.isolating) return $after.pos;
      next = doc.resolve($after.after(depth)).nodeAfter;
      if (!next) depth--;
    }
    if (!next) return $after.pos;
    let cousinStart = $after.after(depth) + 1;
    let cousin = next.firstChild;
    if (next.type.spec.isolating) return $after.pos;
    while (cousin && !cousin.isLeaf && !markType.isInSet(cousin.marks)) {
      if (cousin.type.spec.isolating) return $after.pos;
      cousin = cousin.firstChild;
      cousinStart++;
    }
    if (!cousin || !sameRun(cousin.marks)) return $after.pos;
    const $cousin = doc.resolve(cousinStart);
    afterPos = $cousin.pos + ($cousin.nodeAfter?.nodeSize ?? 0);
  }
}

/** Deletes the zero-width anchors between `from` and `to` (they never survive a settled suggestion). */
function removeAnchors(tr: Transform, from: number, to: number): void {
  const at: number[] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const text = node.text ?? '';
    for (let i = text.indexOf(SUGGESTION_ANCHOR); i >= 0; i = text.indexOf(SUGGESTION_ANCHOR, i + 1)) if (pos + i >= from && pos + i < to) at.push(pos + i);
    return false;
  });
  for (const p of at.reverse()) tr.delete(p, p + 1);
}

/** Keeps the content of `keep` marks (removing the marks) and removes the content of `drop` marks, for marks that pass `filter`. */
function settleInsertionsAndDeletions(doc: PMNode, tr: Transform, keep: MarkType, drop: MarkType, filter: SuggestionFilter): void {
  const find = (type: MarkType, marks: readonly Mark[]): Mark | undefined => {
    const mark = type.isInSet(marks);
    return mark && filter(mark) ? mark : undefined;
  };
  doc.descendants((child, pos) => {
    const dropped = find(drop, child.marks);
    const kept = find(keep, child.marks);
    if (!dropped && !kept) return true;
    if (dropped) {
      const { pos: from, deleted } = tr.mapping.mapResult(pos);
      // A block whose start went with a join before it: its content is still there, settled on its own.
      if (deleted) return !child.isInline;
      const to = suggestionMarkEnd(tr.doc.resolve(from + child.nodeSize), dropped, filter);
      // Removing a word between two spaces removes one of the spaces too.
      const size = tr.doc.content.size;
      const prev = from > 0 ? tr.doc.textBetween(from - 1, from, 'x', 'x') : '';
      const next = to < size ? tr.doc.textBetween(to, to + 1, 'x', 'x') : '';
      tr.deleteRange(from, to + (prev === ' ' && next === ' ' ? 1 : 0));
      return false;
    }
    const start = tr.mapping.mapResult(pos);
    // A block whose start went with a join before it has no node mark left to remove; its content is settled on its own.
    if (!child.isInline) {
      if (!start.deleted) tr.removeNodeMark(start.pos, kept!);
      return true;
    }
    // Mapped at both ends: an earlier deletion (a space next to removed words) may have taken part of this text.
    const to = tr.mapping.map(pos + child.nodeSize, -1);
    if (to > start.pos) {
      tr.removeMark(start.pos, to, kept);
      removeAnchors(tr, start.pos, to);
    }
    return true;
  });
}

/**
 * Drops the modification marks that pass `filter`; on reject, restores what
 * they recorded. Returns the positions of zero-width anchors in the text it
 * settled (deleted at the end, they never survive).
 */
function settleModifications(tr: Transform, accept: boolean, filter: SuggestionFilter): number[] {
  const anchors: number[] = [];
  const schema = tr.doc.type.schema;
  const { modification } = suggestionMarkTypes(schema);
  const found: { pos: number; node: PMNode; mark: Mark }[] = [];
  tr.doc.descendants((node, pos) => {
    for (const mark of node.marks) if (mark.type === modification && filter(mark)) found.push({ pos, node, mark });
    return true;
  });
  for (const { pos, node, mark } of found.reverse()) {
    const prev = mark.attrs.previousValue as unknown;
    const next = mark.attrs.newValue as unknown;
    const asMark = (v: unknown): Mark | null => {
      if (v === null || typeof v !== 'object') return null;
      try {
        return schema.markFromJSON(v);
      } catch {
        return null;
      }
    };
    if (node.isText) {
      const end = pos + node.nodeSize;
      const text = node.text ?? '';
      for (let i = text.indexOf(SUGGESTION_ANCHOR); i >= 0; i = text.indexOf(SUGGESTION_ANCHOR, i + 1)) anchors.push(pos + i);
      tr.removeMark(pos, end, mark);
      if (accept) continue;
      const added = asMark(next);
      const removed = asMark(prev);
      if (added) tr.removeMark(pos, end, added.type);
      if (removed) tr.addMark(pos, end, removed);
      continue;
    }
    tr.removeNodeMark(pos, mark);
    if (accept) continue;
    if (mark.attrs.type === 'attr' && typeof mark.attrs.attrName === 'string' && mark.attrs.attrName in node.type.spec.attrs!) tr.setNodeAttribute(pos, mark.attrs.attrName, prev);
    else if (mark.attrs.type === 'nodeType' && typeof prev === 'string' && schema.nodes[prev]) tr.setNodeMarkup(pos, schema.nodes[prev]);
    else if (mark.attrs.type === 'mark') {
      const added = asMark(next);
      const removed = asMark(prev);
      if (added) tr.removeNodeMark(pos, added.type);
      if (removed) tr.addNodeMark(pos, removed);
    }
  }
  return anchors;
}

/**
 * The transaction that accepts (or rejects) every suggestion whose marks
 * pass `filter`, or null when there is none. Undoable as one step.
 */
export function settleSuggestions(state: EditorState, accept: boolean, filter: SuggestionFilter): Transaction | null {
  const tr = state.tr;
  settleInto(tr, accept, filter);
  return tr.docChanged ? tr : null;
}

function settleInto(tr: Transform, accept: boolean, filter: SuggestionFilter): void {
  const { insertion, deletion } = suggestionMarkTypes(tr.doc.type.schema);
  const anchors = settleModifications(tr, accept, filter);
  // Modification steps move no position, so the walk can map positions of `tr.doc` through `tr.mapping`.
  const walked = tr.mapping.maps.length;
  settleInsertionsAndDeletions(tr.doc, tr, accept ? insertion : deletion, accept ? deletion : insertion, filter);
  const since = tr.mapping.slice(walked);
  for (const p of [...new Set(anchors)].sort((a, b) => b - a)) {
    const r = since.mapResult(p, 1);
    if (!r.deleted && tr.doc.textBetween(r.pos, r.pos + 1) === SUGGESTION_ANCHOR) tr.delete(r.pos, r.pos + 1);
  }
}

/** `doc` with every suggestion rejected: the text as it was before anyone suggested anything. O(document). */
export function withoutSuggestions(doc: PMNode): PMNode {
  const tr = new Transform(doc);
  settleInto(tr, false, () => true);
  return tr.doc;
}
