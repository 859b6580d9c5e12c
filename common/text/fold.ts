/**
 * The one Vietnamese folding of DuThao: diacritics removed (Unicode marks),
 * đ/Đ → d/D (Unicode gives them no decomposition, so SQLite's
 * `remove_diacritics` keeps them) and, unless the mode keeps it, case. Used by
 * the search index and queries, the library search snippets, find/replace,
 * review re-anchoring and export file names. `foldWithMap` maps every folded
 * UTF-16 index back to the original text, so a match found in folded text is
 * cut or replaced at the right place. Folding is per character, memoised in a
 * bounded table (a long report repeats a few hundred characters).
 */

/** How text is compared: exact, lower case, folded (diacritics and case), or folded keeping case. */
export type FoldMode = 'exact' | 'case' | 'diacritics' | 'diacritics-case';

/** A folded string and, for each of its UTF-16 indices plus the end, the index in the original. */
export interface FoldedText {
  readonly text: string;
  readonly map: readonly number[];
}

/** Most characters remembered per mode; the table is emptied when full, so memory stays bounded. */
const MEMO_LIMIT = 4096;

const memo: Record<Exclude<FoldMode, 'exact'>, Map<string, string>> = {
  case: new Map(),
  diacritics: new Map(),
  'diacritics-case': new Map(),
};

/** Removes marks and maps đ/Đ, keeping case. */
function stripMarks(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function computeFold(ch: string, mode: Exclude<FoldMode, 'exact'>): string {
  if (mode === 'case') return ch.toLowerCase();
  const stripped = stripMarks(ch);
  return mode === 'diacritics' ? stripped.toLowerCase() : stripped;
}

/** Folds one character (code point) for `mode` (default: diacritics and case). */
export function foldChar(ch: string, mode: FoldMode = 'diacritics'): string {
  if (mode === 'exact') return ch;
  const table = memo[mode];
  let out = table.get(ch);
  if (out === undefined) {
    out = computeFold(ch, mode);
    if (table.size >= MEMO_LIMIT) table.clear();
    table.set(ch, out);
  }
  return out;
}

/** Whether ASCII letters are lower-cased in `mode`. */
function lowers(mode: FoldMode): boolean {
  return mode === 'case' || mode === 'diacritics';
}

/** Characters that may change: non-ASCII, plus ASCII capitals in the lower-casing modes. */
const CHANGING_LOWER = /[^\x00-\x7f]|[A-Z]/g;
const CHANGING_KEEP_CASE = /[^\x00-\x7f]/g;

/**
 * Folds a whole string for `mode` (default: diacritics and case):
 * `Cần Thơ Đảng` → `can tho dang`. Works on NFC or NFD input (a lone mark
 * folds to nothing). One regex pass; ASCII runs are copied by the engine.
 */
export function foldText(text: string, mode: FoldMode = 'diacritics'): string {
  if (mode === 'exact') return text;
  return text.replace(lowers(mode) ? CHANGING_LOWER : CHANGING_KEEP_CASE, (ch) => foldChar(ch, mode));
}

/** Folds `text` (NFC) for `mode` (default: diacritics and case), mapping each folded index back to the original. */
export function foldWithMap(text: string, mode: FoldMode = 'diacritics'): FoldedText {
  const map: number[] = [];
  const lower = lowers(mode);
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || mode === 'exact') {
      folded += lower && c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]!;
      map.push(i);
      continue;
    }
    const f = foldChar(text[i]!, mode);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
  }
  map.push(text.length);
  return { text: folded, map };
}

/** The fold mode of the find options "match case" and "ignore diacritics". */
export function foldModeOf(options: { readonly matchCase: boolean; readonly ignoreDiacritics: boolean }): FoldMode {
  if (options.ignoreDiacritics) return options.matchCase ? 'diacritics-case' : 'diacritics';
  return options.matchCase ? 'exact' : 'case';
}

/** Folds Vietnamese to printable ASCII keeping case, for file names: "Báo cáo Đảng" → "Bao cao Dang"; anything else becomes a space. */
export function foldToAscii(text: string): string {
  return foldText(text.normalize('NFC'), 'diacritics-case').replace(/[^\x20-\x7e]/g, ' ');
}

/** How many characters the memo tables hold now (tests check that they stay bounded). */
export function foldMemoSize(): number {
  return memo.case.size + memo.diacritics.size + memo['diacritics-case'].size;
}
