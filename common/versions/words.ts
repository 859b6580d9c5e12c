/**
 * Vietnamese-aware word splitting for the compare view. Text is NFC-normalised
 * first, so a syllable typed with combining marks equals the precomposed one,
 * and a word keeps its tone marks: "đã" and "đà" are different words (a
 * diacritics-only change is a change), never split inside a syllable.
 */

/** One token: a word (letters, marks, digits, inner ' or -), a run of spaces, or one other character. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-./,][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits text into words, spaces and punctuation; joining the tokens gives back the NFC text. */
export function splitWords(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

/** True when the token is a word (not spaces or punctuation). */
export function isWordToken(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

/** Counts the words of a text (runs of letters, marks and digits; for the version list). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}
