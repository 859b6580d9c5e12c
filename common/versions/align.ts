/**
 * Lines up two sequences of blocks (as small integers, equal blocks equal
 * numbers) the "patience" way: blocks that occur exactly once on each side
 * and keep their relative order are anchors; only the short stretches
 * between anchors go through jsdiff's Myers diff. A long draft with edits
 * scattered over half its paragraphs then aligns in milliseconds, where one
 * Myers diff over all paragraphs costs O(N·D).
 */
import { diffArrays } from 'diff';

/** One run of the alignment, like jsdiff's change objects. */
export interface AlignRun {
  readonly op: 'same' | 'removed' | 'added';
  readonly count: number;
}

/** Positions in `b` of the longest increasing subsequence, as index pairs. */
function longestIncreasing(pairs: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const y = pairs[i]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < y) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: Array<readonly [number, number]> = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(pairs[i]!);
  return out.reverse();
}

/** Aligns `a` (before) with `b` (after). */
export function alignBlocks(a: readonly number[], b: readonly number[]): AlignRun[] {
  const count = (xs: readonly number[]) => {
    const m = new Map<number, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const posB = new Map<number, number>();
  b.forEach((x, j) => {
    if (cb.get(x) === 1) posB.set(x, j);
  });
  const pairs: Array<readonly [number, number]> = [];
  a.forEach((x, i) => {
    const j = posB.get(x);
    if (ca.get(x) === 1 && j !== undefined) pairs.push([i, j]);
  });
  const anchors = longestIncreasing(pairs);

  const runs: AlignRun[] = [];
  const push = (op: AlignRun['op'], n: number) => {
    if (n <= 0) return;
    const last = runs[runs.length - 1];
    if (last && last.op === op) runs[runs.length - 1] = { op, count: last.count + n };
    else runs.push({ op, count: n });
  };
  const gap = (a0: number, a1: number, b0: number, b1: number) => {
    if (a1 - a0 === 0 || b1 - b0 === 0) {
      push('removed', a1 - a0);
      push('added', b1 - b0);
      return;
    }
    for (const c of diffArrays(a.slice(a0, a1), b.slice(b0, b1))) push(c.added ? 'added' : c.removed ? 'removed' : 'same', c.count);
  };
  let i = 0;
  let j = 0;
  for (const [x, y] of anchors) {
    gap(i, x, j, y);
    push('same', 1);
    i = x + 1;
    j = y + 1;
  }
  gap(i, a.length, j, b.length);
  return runs;
}
