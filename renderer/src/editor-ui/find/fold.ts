/**
 * Per-character text transforms for find, each with a map from every index
 * of the transformed string back to the original, so a match found in the
 * transformed text is replaced at the right place in the document.
 * Folding follows `foldForSearch` of common/text/normalize.ts; the results
 * per character are memoised, since a long report repeats few characters.
 */
import { foldForSearch } from '../../../../common/text/normalize';

/** A transformed string and, for each of its UTF-16 indices (plus the end), the original index. */
export interface MappedText {
  readonly text: string;
  readonly map: Int32Array;
}

/** How text is compared: exact, case-folded, or folded for diacritics (with or without case). */
export type FoldMode = 'exact' | 'case' | 'diacritics' | 'diacritics-case';

const memo: Record<Exclude<FoldMode, 'exact'>, Map<string, string>> = {
  case: new Map(),
  diacritics: new Map(),
  'diacritics-case': new Map(),
};

/** Removes diacritics but keeps case: `Cần Thơ` → `Can Tho`, `Đ` → `D`. */
function stripMarks(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Transforms one character (code point) for the given mode. */
export function foldChar(ch: string, mode: FoldMode): string {
  if (mode === 'exact') return ch;
  const table = memo[mode];
  let out = table.get(ch);
  if (out === undefined) {
    // 'diacritics' matches foldForSearch exactly (also lower-cases); 'diacritics-case' keeps case.
    out = mode === 'case' ? ch.toLowerCase() : mode === 'diacritics' ? foldForSearch(ch) : stripMarks(ch);
    table.set(ch, out);
  }
  return out;
}

/** Transforms a whole string (used for the query). */
export function foldString(text: string, mode: FoldMode): string {
  if (mode === 'exact') return text;
  let out = '';
  for (const ch of text.normalize('NFC')) out += foldChar(ch, mode);
  return out;
}

/** Transforms text keeping the index map back to the original. */
export function foldMapped(text: string, mode: FoldMode): MappedText {
  const map = new Int32Array(text.length * 2 + 1);
  const lower = mode === 'case' || mode === 'diacritics';
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII (most of Vietnamese text): no marks to drop, at most a case change.
      parts.push(lower && c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]!);
      map[n++] = i;
      i++;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const f = foldChar(text.slice(i, i + len), mode);
    for (let k = 0; k < f.length; k++) {
      if (n + 1 >= map.length) throw new Error('fold expanded text beyond twice its length');
      map[n++] = i;
    }
    parts.push(f);
    i += len;
  }
  map[n++] = i;
  return { text: parts.join(''), map: map.subarray(0, n) };
}

/** The fold mode for the two user options. */
export function foldModeOf(options: { readonly matchCase: boolean; readonly ignoreDiacritics: boolean }): FoldMode {
  if (options.ignoreDiacritics) return options.matchCase ? 'diacritics-case' : 'diacritics';
  return options.matchCase ? 'exact' : 'case';
}
