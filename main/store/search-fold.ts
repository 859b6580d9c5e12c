/**
 * Folding of large texts for the search index. Gives exactly what
 * `foldForSearch` gives for NFC text, a character at a time with a cache,
 * which is several times faster on long Vietnamese documents.
 */
import { foldForSearch } from '../../common/text/normalize';

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    f = foldForSearch(ch);
    cache.set(ch, f);
  }
  return f;
}

/** Folds text for the search index: no diacritics, đ → d, lower case. */
export function foldForIndex(text: string): string {
  return text.replace(/[^\x00-\x7f]|[A-Z]/g, foldChar);
}
