/**
 * The ranges of a transaction's final document that its steps touched,
 * including mark-only steps (which change no positions, so a step map does
 * not show them). Used to look only at what an edit reached, never at the
 * whole document.
 */
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AddNodeMarkStep, AttrStep, RemoveMarkStep, RemoveNodeMarkStep, ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { mergeRanges, type Range } from '../plugins/changedRanges';

/** The range one step touched, in the document right after it. */
function rangeAfter(step: Step): Range | null {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return { from: step.from, to: step.to };
  if (step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep || step instanceof AttrStep) return { from: step.pos, to: step.pos + 1 };
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
    const map = step.getMap();
    let from = Infinity;
    let to = -Infinity;
    map.forEach((_os, _oe, ns, ne) => {
      from = Math.min(from, ns);
      to = Math.max(to, ne);
    });
    return from <= to ? { from, to } : null;
  }
  return null;
}

/** The touched ranges of `tr`, in its final document, widened by one position each side and merged. */
export function touchedRanges(tr: Transaction): Range[] {
  const size = tr.doc.content.size;
  const out: Range[] = [];
  tr.steps.forEach((step, i) => {
    const r = rangeAfter(step);
    if (!r) return;
    const rest = tr.mapping.slice(i + 1);
    const from = rest.map(r.from, -1);
    const to = rest.map(r.to, 1);
    out.push({ from: Math.max(0, Math.min(from, to) - 1), to: Math.min(size, Math.max(from, to) + 1) });
  });
  return mergeRanges(out);
}
