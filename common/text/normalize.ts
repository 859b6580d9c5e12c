/**
 * Text normalisation shared by every place text enters DuThao
 * (typing, paste, import, API calls) and by search.
 */

/** Returns the text in Unicode NFC, the one form DuThao stores. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Folds text for diacritic- and case-insensitive matching:
 * removes combining marks, maps đ/Đ to d (Unicode gives them no
 * decomposition, so SQLite's `remove_diacritics` keeps them) and lower-cases.
 * The result has the same number of UTF-16 units as the NFC input only when
 * no precomposed letter expands; use `foldWithMap` when offsets matter.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * Folds NFC text character by character, keeping a map from each folded
 * UTF-16 index back to the index in the original text, so a match found in
 * the folded string can be located in the original (find and replace).
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldForSearch(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(i);
  return { folded, map };
}
