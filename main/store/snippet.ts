/**
 * Snippets for search results, cut from the original text (with its
 * diacritics) around the first word that matches a folded query word.
 */
import { foldKeepingOffsets, foldText, foldWithMap } from '../../common/text/fold';

/** Characters on each side of the match, roughly. */
const CONTEXT_BEFORE = 50;
const SNIPPET_LENGTH = 180;

/** Whether `text` is itself a window cut out of a longer text (so ellipses are due at that end). */
export interface SnippetWindow {
  readonly cutBefore?: boolean;
  readonly cutAfter?: boolean;
  /** Where in `text` the match starts, when the caller has found it already (checked, not trusted). */
  readonly matchAt?: number;
}

/** Whether the folded character at `i` is part of a word (letter or digit). */
function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}\p{M}]/u.test(s[i]!);
}

/**
 * The index in `folded` of the first occurrence of any token at a word
 * start: whole words, except the last token, which may be the start of a
 * word (the user is typing it). -1 when none occurs.
 */
function firstMatch(folded: string, tokens: readonly string[]): number {
  let best = -1;
  tokens.forEach((t, ti) => {
    const prefix = ti === tokens.length - 1;
    for (let at = folded.indexOf(t); at >= 0 && (best < 0 || at < best); at = folded.indexOf(t, at + 1)) {
      if (isWordChar(folded, at - 1)) continue;
      if (!prefix && isWordChar(folded, at + t.length)) continue;
      best = at;
      break;
    }
  });
  return best;
}

/** Where the query matches in `text` (folded): the whole query as a phrase where it occurs, else the first of its words; -1 for none. */
function findMatch(text: string, tokens: readonly string[]): number {
  // NFC text folds one character for one: then indices are the original's, no map needed.
  const same = foldKeepingOffsets(text);
  const { text: folded, map } = same !== null ? { text: same, map: null } : foldWithMap(text);
  const asPhrase = tokens.length > 1 ? firstMatch(folded, [tokens.join(' ')]) : -1;
  const found = asPhrase >= 0 ? asPhrase : tokens.length ? firstMatch(folded, tokens) : -1;
  return found < 0 || map === null ? found : map[found]!;
}

/** `at` when the first query word does start there (folding kept the length), else null. */
function knownMatch(text: string, tokens: readonly string[], at: number | undefined): number | null {
  const first = tokens[0];
  if (at === undefined || first === undefined || at < 0 || isWordChar(text, at - 1)) return null;
  return foldText(text.slice(at, at + first.length)) === first ? at : null;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A plain-text extract of `text` around the first occurrence of one of the
 * folded `tokens` (the last one as a word start, the others as whole words);
 * the start of the text when none occurs (a title match).
 */
export function makeSnippet(text: string, tokens: readonly string[], window: SnippetWindow = {}): string {
  const at = knownMatch(text, tokens, window.matchAt) ?? findMatch(text, tokens);
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
