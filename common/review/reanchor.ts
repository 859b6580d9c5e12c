/**
 * Finds a thread's quoted passage in the current text, for a thread whose
 * marks are gone or that arrives from elsewhere (a review copy, a Word file):
 * first the exact text, then with whitespace and Unicode form normalised,
 * then ignoring diacritics and case. Among several matches, the one nearest
 * the hint wins.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { foldWithMap, toNfc } from '../text/normalize';
import { buildTextIndex, rangeOfText, type TextIndex } from './text-index';
import type { DocRange } from './types';

/** How closely a re-anchored passage matched its quote. */
export type MatchQuality = 'exact' | 'normalized' | 'folded';

/** A passage found for a quote. */
export interface ReanchorResult extends DocRange {
  readonly quality: MatchQuality;
}

/** A string derived from another, with for each of its characters the [start, end) of its source. */
interface MappedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Collapses every whitespace run to one space, keeping the source span of each character. */
function collapseWhitespace(text: string): MappedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (out.endsWith(' ')) {
        ends[ends.length - 1] = i + 1;
        continue;
      }
      out += ' ';
    } else out += ch;
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: out, starts, ends };
}

/** Folds diacritics and case on top of `base`, composing the source spans. */
function foldMapped(base: MappedText): MappedText {
  const { folded, map } = foldWithMap(base.text);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < folded.length; k++) {
    const b = map[k] as number;
    let e = k + 1;
    while (e < map.length - 1 && (map[e] as number) === b) e++;
    const bEnd = (map[e] as number) - 1; // last base char of this folded unit
    starts.push(base.starts[b] as number);
    ends.push(base.ends[Math.max(b, bEnd)] as number);
  }
  return { text: folded, starts, ends };
}

/** All start offsets of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** The match nearest to the hint (or the first one). */
function nearest(ranges: DocRange[], hint: number | undefined): DocRange | null {
  if (ranges.length === 0) return null;
  if (hint === undefined) return ranges[0] as DocRange;
  let best = ranges[0] as DocRange;
  for (const r of ranges) if (Math.abs(r.from - hint) < Math.abs(best.from - hint)) best = r;
  return best;
}

/** Matches of `needle` in `mapped`, as index-text [start, end) spans turned into document ranges. */
function matchesIn(index: TextIndex, mapped: MappedText, needle: string): DocRange[] {
  const out: DocRange[] = [];
  for (const at of occurrences(mapped.text, needle)) {
    const start = mapped.starts[at] as number;
    const end = mapped.ends[at + needle.length - 1] as number;
    const r = rangeOfText(index, start, end);
    if (r) out.push(r);
  }
  return out;
}

/**
 * The range where `quote` is found in `doc` now, or null when it is gone.
 * `hint` is a document position near where the passage used to be.
 */
export function reanchorByQuote(doc: PMNode, quote: string, hint?: number, index: TextIndex = buildTextIndex(doc)): ReanchorResult | null {
  if (quote.trim() === '') return null;
  const identity: MappedText = {
    text: index.text,
    starts: index.text.split('').map((_, i) => i),
    ends: index.text.split('').map((_, i) => i + 1),
  };
  const exact = nearest(matchesIn(index, identity, quote), hint);
  if (exact) return { ...exact, quality: 'exact' };

  const collapsed = collapseWhitespace(toNfc(index.text));
  const normQuote = collapseWhitespace(toNfc(quote)).text.trim();
  if (normQuote === '') return null;
  // toNfc keeps lengths for text that is already NFC, which stored documents are.
  const sameLength = toNfc(index.text).length === index.text.length;
  if (sameLength) {
    const normalized = nearest(matchesIn(index, collapsed, normQuote), hint);
    if (normalized) return { ...normalized, quality: 'normalized' };
    const folded = foldMapped(collapsed);
    const foldedQuote = foldWithMap(normQuote).folded;
    const loose = nearest(matchesIn(index, folded, foldedQuote), hint);
    if (loose) return { ...loose, quality: 'folded' };
  }
  return null;
}
