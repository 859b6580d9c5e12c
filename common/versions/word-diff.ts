/**
 * Word-level diff of two texts with the Vietnamese-aware splitter, on jsdiff's
 * array diff (Myers). Consecutive pieces of the same kind are joined.
 */
import { diffArrays } from 'diff';
import type { WordPart } from './types';
import { isWordToken, splitWords } from './words';

/** The word-level changes that turn `before` into `after`. */
export function diffWordParts(before: string, after: string): WordPart[] {
  const changes = diffArrays(splitWords(before), splitWords(after));
  const parts: WordPart[] = [];
  for (const c of changes) {
    const op: WordPart['op'] = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const text = c.value.join('');
    const last = parts[parts.length - 1];
    if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
  }
  return parts;
}

function wordCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of splitWords(text)) if (isWordToken(t)) m.set(t.toLowerCase(), (m.get(t.toLowerCase()) ?? 0) + 1);
  return m;
}

/** How alike two texts are, 0…1 (Dice coefficient over their words; tone marks count). */
export function similarity(a: string, b: string): number {
  const ca = wordCounts(a);
  const cb = wordCounts(b);
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
