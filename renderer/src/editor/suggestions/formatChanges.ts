/**
 * Bold, italic and underline changes in suggestion mode: the formatting is
 * applied and each run of text whose formatting changed gets a
 * `modification` mark saying what it was and what it became, so rejecting
 * restores it and the Word export can write `w:rPrChange`. The library turns
 * a mark change into a deletion plus an insertion of the same text, which a
 * reader would take for a rewrite; this keeps it a format change. Text that
 * is itself a suggested insertion or deletion is formatted directly.
 * Toggling back to the original formatting drops the modification.
 */
import type { Mark, MarkType, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';
import { suggestionMarkTypes, type SuggestionStamp } from './marks';

/** The marks whose changes are recorded as format suggestions. */
export const FORMAT_MARKS: readonly string[] = ['bold', 'italic', 'underline'];

/** Whether every step of `tr` adds or removes bold, italic or underline (and there is one). */
export function isFormatOnly(tr: Transaction): boolean {
  return tr.steps.length > 0 && tr.steps.every((s) => (s instanceof AddMarkStep || s instanceof RemoveMarkStep) && FORMAT_MARKS.includes(s.mark.type.name));
}

/** The modification of `type`'s formatting already on a text node, if any. */
function modificationOf(node: PMNode, modification: MarkType, type: MarkType): Mark | undefined {
  return node.marks.find((m) => {
    if (m.type !== modification || m.attrs.type !== 'mark') return false;
    const prev = m.attrs.previousValue as { type?: unknown } | null;
    const next = m.attrs.newValue as { type?: unknown } | null;
    return prev?.type === type.name || next?.type === type.name;
  });
}

/**
 * Adds to `tr` (format-only, see `isFormatOnly`) the modification marks that
 * record its changes as suggestion `id` of `stamp`. `before` is the document
 * `tr` started from (mark steps move no position, so positions match).
 */
export function recordFormatChanges(tr: Transaction, before: PMNode, id: string, stamp: SuggestionStamp): void {
  const { insertion, deletion, modification } = suggestionMarkTypes(tr.doc.type.schema);
  const edits: { from: number; to: number; remove?: Mark; add?: Mark }[] = [];
  const types = new Set<MarkType>();
  let from = Infinity;
  let to = -Infinity;
  for (const step of tr.steps) {
    if (!(step instanceof AddMarkStep || step instanceof RemoveMarkStep)) continue;
    types.add(step.mark.type);
    from = Math.min(from, step.from);
    to = Math.max(to, step.to);
  }
  if (from >= to) return;
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText || insertion.isInSet(node.marks) || deletion.isInSet(node.marks)) return true;
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    for (const type of types) {
      const had = before.rangeHasMark(start, end, type);
      const has = !!type.isInSet(node.marks);
      const existing = modificationOf(node, modification, type);
      if (existing) {
        // Back to what it was before any suggestion: no change left to record.
        const original = existing.attrs.previousValue !== null;
        if (original === has) edits.push({ from: start, to: end, remove: existing });
        else edits.push({ from: start, to: end, remove: existing, add: modification.create({ ...existing.attrs, newValue: has ? { type: type.name } : null }) });
      } else if (had !== has) {
        const attrs = { id, ...stamp, type: 'mark', attrName: null, previousValue: had ? { type: type.name } : null, newValue: has ? { type: type.name } : null };
        edits.push({ from: start, to: end, add: modification.create(attrs) });
      }
    }
    return false;
  });
  for (const e of edits) {
    if (e.remove) tr.removeMark(e.from, e.to, e.remove);
    if (e.add) tr.addMark(e.from, e.to, e.add);
  }
}
