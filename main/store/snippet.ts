/**
 * Snippets for search results, cut from the original text (with its
 * diacritics) around the first word that matches a folded query word.
 */
import { foldForSearch } from '../../common/text/normalize';

/** Characters on each side of the match, roughly. */
const CONTEXT_BEFORE = 50;
const SNIPPET_LENGTH = 180;

let variants: Map<string, string> | null = null;

/** For each folded ASCII letter, every character that folds to it (Latin letters with diacritics, đ). */
function letterVariants(): Map<string, string> {
  if (variants) return variants;
  const map = new Map<string, string>();
  const add = (ch: string): void => {
    const f = foldForSearch(ch);
    if (f.length !== 1 || f === ch || !/[a-z0-9]/.test(f)) return;
    map.set(f, (map.get(f) ?? f) + ch);
  };
  for (let c = 0x41; c <= 0x5a; c++) add(String.fromCharCode(c));
  for (let c = 0xc0; c <= 0x24f; c++) add(String.fromCharCode(c));
  for (let c = 0x1e00; c <= 0x1eff; c++) add(String.fromCharCode(c));
  variants = map;
  return map;
}

function escapeForClass(s: string): string {
  return s.replace(/[\\\]^-]/g, '\\$&');
}

/**
 * A regex matching any of the folded words in unfolded text: whole words,
 * except the last, which may be the start of a word (the user is typing it).
 */
function matcher(tokens: readonly string[]): RegExp | null {
  const map = letterVariants();
  const last = tokens.length - 1;
  const alternatives = tokens
    .map((t, i) => ({ t, prefix: i === last }))
    .sort((a, b) => b.t.length - a.t.length)
    .map(
      ({ t, prefix }) =>
        [...t]
          .map((ch) => {
            const v = map.get(ch);
            return (v ? `[${escapeForClass(v)}]` : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) + '\\p{M}*';
          })
          .join('') + (prefix ? '' : '(?![\\p{L}\\p{N}\\p{M}])'),
    );
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})`, 'u');
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Whether `text` is itself a window cut out of a longer text (so ellipses are due at that end). */
export interface SnippetWindow {
  readonly cutBefore?: boolean;
  readonly cutAfter?: boolean;
}

/**
 * A plain-text extract of `text` around the first occurrence of one of the
 * folded `tokens` (the last one as a word start, the others as whole words);
 * the start of the text when none occurs (a title match).
 */
export function makeSnippet(text: string, tokens: readonly string[], window: SnippetWindow = {}): string {
  const re = matcher(tokens);
  const at = re ? text.search(re) : -1;
  let start = at <= CONTEXT_BEFORE ? 0 : at - CONTEXT_BEFORE;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(at, start)) end = space;
  }
  const before = start > 0 || window.cutBefore === true;
  const after = end < text.length || window.cutAfter === true;
  return (before ? '…' : '') + clean(text.slice(start, end)) + (after ? '…' : '');
}
