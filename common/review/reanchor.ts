/**
 * Finds a thread's quoted passage in the current text, for a thread whose
 * marks are gone or that arrives from elsewhere (a review copy, a Word file):
 * first the exact text, then with whitespace and Unicode form normalised,
 * then ignoring diacritics and case. Among several matches, the one nearest
 * the hint wins.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { foldChar } from '../text/fold';
import { toNfc } from '../text/normalize';
import { buildTextIndex, firstCharAtOrAfter, rangeOfText, type TextIndex } from './text-index';
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
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const space = /\s/.test(ch);
    if (space && lastWasSpace) {
      ends[ends.length - 1] = i + 1;
      continue;
    }
    out.push(space ? ' ' : ch);
    lastWasSpace = space;
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: out.join(''), starts, ends };
}

/**
 * Folds diacritics and case on top of `base` character by character (the
 * common `foldChar`), composing the source spans.
 */
function foldMapped(base: MappedText): MappedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of base.text) {
    const f = foldChar(ch);
    const last = i + ch.length - 1;
    for (let k = 0; k < f.length; k++) {
      starts.push(base.starts[i] as number);
      ends.push(base.ends[last] as number);
    }
    out.push(f);
    i += ch.length;
  }
  return { text: out.join(''), starts, ends };
}

/** The whitespace-collapsed and folded forms of an index's text, computed once per index. */
const derived = new WeakMap<TextIndex, { collapsed: MappedText; folded: MappedText }>();

function derivedOf(index: TextIndex): { collapsed: MappedText; folded: MappedText } {
  let d = derived.get(index);
  if (!d) {
    const collapsed = collapseWhitespace(index.text);
    d = { collapsed, folded: foldMapped(collapsed) };
    derived.set(index, d);
  }
  return d;
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
  // The passage still where it was (the usual case when merging): no need to search the whole text.
  if (hint !== undefined) {
    const at = firstCharAtOrAfter(index, hint);
    if (index.starts[at] === hint && index.text.startsWith(quote, at)) {
      const r = rangeOfText(index, at, at + quote.length);
      if (r) return { ...r, quality: 'exact' };
    }
  }
  const exactRanges: DocRange[] = [];
  for (const at of occurrences(index.text, quote)) {
    const r = rangeOfText(index, at, at + quote.length);
    if (r) exactRanges.push(r);
  }
  const exact = nearest(exactRanges, hint);
  if (exact) return { ...exact, quality: 'exact' };

  const normQuote = collapseWhitespace(toNfc(quote)).text.trim();
  if (normQuote === '') return null;
  // Stored documents are NFC, so the index text needs no normalising (and keeps its offsets).
  const { collapsed, folded } = derivedOf(index);
  const normalized = nearest(matchesIn(index, collapsed, normQuote), hint);
  if (normalized) return { ...normalized, quality: 'normalized' };
  const foldedQuote = foldMapped(collapseWhitespace(normQuote)).text;
  const loose = nearest(matchesIn(index, folded, foldedQuote), hint);
  if (loose) return { ...loose, quality: 'folded' };
  return null;
}
