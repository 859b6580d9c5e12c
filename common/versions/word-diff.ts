/**
 * Word-level diff of two texts with the Vietnamese-aware splitter, on jsdiff's
 * array diff (Myers). Consecutive pieces of the same kind are joined.
 */
import { diffArrays } from 'diff';
import type { WordPart } from './types';
import { countWords, isWordToken, splitWords } from './words';

/**
 * The word-level changes that turn `before` into `after`. A lone space
 * between two changes is taken into the change, and each run of changes
 * reads as the removed words then the added ones ("hoàn thành" → "vượt",
 * not "hoàn" → "vượt" plus "thành" removed).
 */
export function diffWordParts(before: string, after: string, split: (text: string) => string[] = splitWords): WordPart[] {
  const raw = diffArrays(split(before), split(after)).map((c) => ({
    op: (c.added ? 'added' : c.removed ? 'removed' : 'same') as WordPart['op'],
    text: c.value.join(''),
  }));
  const parts: WordPart[] = [];
  let removed = '';
  let added = '';
  const pushSame = (text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === 'same') parts[parts.length - 1] = { op: 'same', text: last.text + text };
    else if (text) parts.push({ op: 'same', text });
  };
  const flush = () => {
    // Spaces both sides share at the start or end of a change are not part of it.
    let head = '';
    let tail = '';
    if (removed && added) {
      while (head.length < Math.min(removed.length, added.length) && /\s/.test(removed[head.length]!) && removed[head.length] === added[head.length]) head += removed[head.length];
      removed = removed.slice(head.length);
      added = added.slice(head.length);
      while (tail.length < Math.min(removed.length, added.length) && /\s/.test(removed[removed.length - 1 - tail.length]!) && removed[removed.length - 1 - tail.length] === added[added.length - 1 - tail.length]) tail = removed[removed.length - 1 - tail.length] + tail;
      removed = removed.slice(0, removed.length - tail.length);
      added = added.slice(0, added.length - tail.length);
    }
    pushSame(head);
    if (removed) parts.push({ op: 'removed', text: removed });
    if (added) parts.push({ op: 'added', text: added });
    pushSame(tail);
    removed = added = '';
  };
  raw.forEach((c, k) => {
    const between = k > 0 && k < raw.length - 1 && raw[k - 1]!.op !== 'same' && raw[k + 1]!.op !== 'same';
    if (c.op === 'same' && !(between && c.text.trim() === '')) {
      flush();
      pushSame(c.text);
      return;
    }
    if (c.op !== 'added') removed += c.text;
    if (c.op !== 'removed') added += c.text;
  });
  flush();
  return parts;
}

/** How often each word (lower case) occurs in a text. */
export function wordCounts(text: string, split: (text: string) => string[] = splitWords): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of split(text)) {
    if (!isWordToken(t)) continue;
    const k = t.toLowerCase();
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Tokenising and word counting remembered per text, for one comparison. */
export interface WordCache {
  readonly split: (text: string) => string[];
  readonly counts: (text: string) => Map<string, number>;
}

/** A fresh cache (drop it after the comparison). */
export function createWordCache(): WordCache {
  const tokens = new Map<string, string[]>();
  const counts = new Map<string, Map<string, number>>();
  const split = (text: string) => {
    let t = tokens.get(text);
    if (!t) tokens.set(text, (t = splitWords(text)));
    return t;
  };
  return {
    split,
    counts: (text) => {
      let c = counts.get(text);
      if (!c) counts.set(text, (c = wordCounts(text, split)));
      return c;
    },
  };
}

/** How alike two texts are, 0…1 (Dice coefficient over their words; tone marks count). */
export function similarity(a: string, b: string, cache?: WordCache): number {
  const ca = cache ? cache.counts(a) : wordCounts(a);
  const cb = cache ? cache.counts(b) : wordCounts(b);
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const v of ca.values()) na += v;
  for (const [k, v] of cb) {
    nb += v;
    common += Math.min(v, ca.get(k) ?? 0);
  }
  if (na + nb === 0) return 1;
  return (2 * common) / (na + nb);
}

/** How alike the two sides of a word diff are, 0…1 (the same measure as `similarity`, from the diff). */
export function partsSimilarity(parts: readonly WordPart[]): number {
  let same = 0;
  let other = 0;
  for (const p of parts) {
    const n = countWords(p.text);
    if (p.op === 'same') same += n;
    else other += n;
  }
  return same + other === 0 ? 1 : (2 * same) / (2 * same + other);
}
