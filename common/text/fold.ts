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
  readonly map: Int32Array;
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

/** Folds a whole string for `mode` (default: diacritics and case): `Cần Thơ Đảng` → `can tho dang`. Works on NFC or NFD input. */
export function foldText(text: string, mode: FoldMode = 'diacritics'): string {
  if (mode === 'exact') return text;
  const lower = lowers(mode);
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !(lower && c >= 65 && c <= 90)) {
      i++;
      continue;
    }
    if (runStart < i) parts.push(text.slice(runStart, i));
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    parts.push(c < 0x80 ? String.fromCharCode(c + 32) : foldChar(text.slice(i, i + len), mode));
    i += len;
    runStart = i;
  }
  if (runStart === 0) return text;
  if (runStart < text.length) parts.push(text.slice(runStart));
  return parts.join('');
}

/** Folds `text` (NFC) for `mode` (default: diacritics and case), mapping each folded index back to the original. */
export function foldWithMap(text: string, mode: FoldMode = 'diacritics'): FoldedText {
  const map = new Int32Array(text.length * 4 + 1);
  const lower = lowers(mode);
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || mode === 'exact') {
      parts.push(lower && c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]!);
      map[n++] = i;
      i++;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const f = foldChar(text.slice(i, i + len), mode);
    // A character folds to at most a few units (toLowerCase of İ gives two); the map has room for four per unit.
    for (let k = 0; k < f.length && n + 1 < map.length; k++) map[n++] = i;
    parts.push(f);
    i += len;
  }
  map[n++] = i;
  return { text: parts.join(''), map: map.subarray(0, n) };
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
