/**
 * Suggestion ids (`s-…`, unique per draft) made in O(1): a random prefix per
 * editor session plus a counter. The library's own generator walks the whole
 * document on every keystroke (`generateNextNumberId`), which a 100,000-word
 * draft cannot afford (bench/typing.bench.ts).
 */

/** A source of fresh suggestion ids; each call returns a new one. */
export type SuggestionIdSource = () => string;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomPrefix(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/** A new id source: `s-<10 random characters>-<counter in base 36>`; two sessions never share a prefix in practice. */
export function createSuggestionIdSource(): SuggestionIdSource {
  const prefix = `s-${randomPrefix(10)}-`;
  let counter = 0;
  return () => `${prefix}${(++counter).toString(36)}`;
}
