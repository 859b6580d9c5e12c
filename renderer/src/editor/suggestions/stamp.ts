/**
 * Signs the suggestion marks an edit made: the library creates them with an
 * id only, so every such mark gets its author and time here, inside the same
 * transaction (one undo step). A mark that continues the author's own
 * suggestion next to it takes that suggestion's id and time, so typing a
 * word is one suggestion; the library reuses the id of any suggestion it
 * touches, so new text next to another author's suggestion gets a fresh id
 * instead; text that already carried a signed suggestion the library
 * re-marked keeps its original mark.
 */
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { isSuggestionMark, suggestionIdOf, type SuggestionStamp } from './marks';
import type { SuggestionIdSource } from './suggestionId';
import { touchedRanges } from './stepRanges';

/** One mark to replace: on text [from, to), or on the node at `from` (`node` true). */
interface Restamp {
  readonly from: number;
  readonly to: number;
  readonly node: boolean;
  readonly old: Mark;
  readonly next: Mark;
}

function unsigned(mark: Mark): boolean {
  return isSuggestionMark(mark) && mark.attrs.author === '' && mark.attrs.date === '';
}

/** The signed suggestion mark with id `id` on a text neighbour of [from, to) in the same textblock, if any. */
function signedNeighbour(doc: PMNode, from: number, to: number, id: string): Mark | null {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  for (const node of [$from.nodeBefore, $to.nodeAfter]) {
    const mark = node?.marks.find((m) => isSuggestionMark(m) && suggestionIdOf(m) === id && !unsigned(m));
    if (mark) return mark;
  }
  return null;
}

/** The mark of `mark`'s type that the same text carried before the edit, when the text is old and was marked. */
function formerMark(tr: Transaction, before: PMNode, node: PMNode, pos: number, mark: Mark): Mark | null {
  const inverse = tr.mapping.invert();
  const from = inverse.map(pos, 1);
  const to = inverse.map(pos + node.nodeSize, -1);
  if (to - from !== node.nodeSize || from < 0 || to > before.content.size) return null;
  if (before.textBetween(from, to) !== node.text) return null;
  const old = before.nodeAt(from);
  const former = old?.isText ? mark.type.isInSet(old.marks) : undefined;
  return former && !unsigned(former) ? former : null;
}

/**
 * Signs, in `tr`, the unsigned suggestion marks its steps created: `stamp`
 * for new suggestions, a fresh id from `newId` where the library reused
 * another author's id. `before` is the document the edit started from.
 */
export function stampSuggestions(tr: Transaction, before: PMNode, stamp: SuggestionStamp, newId: SuggestionIdSource): void {
  const doc = tr.doc;
  const restamps: Restamp[] = [];
  const chosen = new Map<string, Readonly<Record<string, unknown>>>();
  const signedAttrs = (id: string, from: number, to: number): Readonly<Record<string, unknown>> => {
    const known = chosen.get(id);
    if (known) return known;
    const neighbour = signedNeighbour(doc, from, to, id);
    const attrs =
      neighbour && neighbour.attrs.author === stamp.author
        ? { id, author: stamp.author, date: neighbour.attrs.date }
        : { id: neighbour ? newId() : id, author: stamp.author, date: stamp.date };
    chosen.set(id, attrs);
    return attrs;
  };
  const seen = new Set<number>();
  for (const range of touchedRanges(tr)) {
    doc.nodesBetween(range.from, range.to, (node, pos) => {
      if (seen.has(pos)) return true;
      seen.add(pos);
      for (const mark of node.marks) {
        if (!unsigned(mark)) continue;
        const end = pos + node.nodeSize;
        const former = node.isText ? formerMark(tr, before, node, pos, mark) : null;
        const next = former ?? mark.type.create({ ...mark.attrs, ...signedAttrs(suggestionIdOf(mark), pos, end) });
        restamps.push({ from: pos, to: end, node: !node.isText, old: mark, next });
      }
      return true;
    });
  }
  for (const r of restamps) {
    if (r.node) {
      tr.removeNodeMark(r.from, r.old);
      tr.addNodeMark(r.from, r.next);
    } else {
      tr.removeMark(r.from, r.to, r.old);
      tr.addMark(r.from, r.to, r.next);
    }
  }
}
