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

/** Folded forms remembered per mode, keyed by UTF-16 code unit (or by the string for a longer code point). */
const memo: Record<Exclude<FoldMode, 'exact'>, Map<number | string, string>> = {
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
  const key = ch.length === 1 ? ch.charCodeAt(0) : ch;
  let out = table.get(key);
  if (out === undefined) {
    out = computeFold(ch, mode);
    if (table.size >= MEMO_LIMIT) table.clear();
    table.set(key, out);
  }
  return out;
}

/** Whether ASCII letters are lower-cased in `mode`. */
function lowers(mode: FoldMode): boolean {
  return mode === 'case' || mode === 'diacritics';
}

/**
 * One pass over the code units: runs that do not change (ASCII, and ASCII
 * but capitals when lower-casing) are copied as slices. With `sameOffsets`,
 * gives null as soon as a code unit folds to other than one unit.
 */
function foldPass(text: string, mode: Exclude<FoldMode, 'exact'>, sameOffsets: boolean): string | null {
  const lower = lowers(mode);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !(lower && c >= 65 && c <= 90)) continue;
    const f = c < 0x80 ? String.fromCharCode(c + 32) : foldChar(text[i]!, mode);
    if (f.length === 1 && f.charCodeAt(0) === c) continue;
    if (sameOffsets && f.length !== 1) return null;
    out += text.slice(from, i) + f;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Folds a whole string for `mode` (default: diacritics and case):
 * `Cần Thơ Đảng` → `can tho dang`. Works on NFC or NFD input (a lone mark
 * folds to nothing).
 */
export function foldText(text: string, mode: FoldMode = 'diacritics'): string {
  return mode === 'exact' ? text : foldPass(text, mode, false)!;
}

/**
 * The folded text when every code unit folds to exactly one (true of NFC
 * Vietnamese), so an index in it is the same index in `text`; else null
 * (then use `foldWithMap`).
 */
export function foldKeepingOffsets(text: string, mode: FoldMode = 'diacritics'): string | null {
  return mode === 'exact' ? text : foldPass(text, mode, true);
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
