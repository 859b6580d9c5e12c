/**
 * A stable colour hue (0–359) from an author's name, so each reviewer's
 * suggestions keep one colour in every session and on every machine.
 */

/** The hue of `author` (FNV-1a of its NFC text, spread over the circle); '' gets a neutral grey-blue. */
export function authorHue(author: string): number {
  if (author === '') return 210;
  let h = 0x811c9dc5;
  for (const ch of author.normalize('NFC')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Golden-angle steps keep close hashes apart.
  return Math.round(((h % 360) * 137.508) % 360);
}
