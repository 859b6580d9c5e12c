/**
 * The ranges of the final document that a set of transactions inserted or
 * changed, so text-entry plugins look only at what changed, never at the
 * whole document.
 */
import type { Transaction } from '@tiptap/pm/state';

/** A [from, to] range in a document. */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/** Maps ranges through a transaction's steps and adds the ranges it changed. */
export function addChangedRanges(ranges: readonly Range[], tr: Transaction): Range[] {
  let out = ranges.slice();
  for (const map of tr.mapping.maps) {
    out = out.map((r) => ({ from: map.map(r.from, -1), to: map.map(r.to, 1) }));
    // In this step's output coordinates; later steps map them on.
    map.forEach((_os, _oe, ns, ne) => {
      out.push({ from: ns, to: ne });
    });
  }
  return mergeRanges(out);
}

/** Sorts and merges overlapping ranges. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.to >= r.from).sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else out.push({ ...r });
  }
  return out;
}
