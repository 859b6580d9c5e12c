/**
 * The one text normalisation of every string that enters a document: Unicode
 * NFC, and the characters XML 1.0 forbids removed (C0 controls other than tab,
 * line feed and carriage return; U+FFFE and U+FFFF; lone surrogates). Removed,
 * not replaced: such a character never carries meaning a drafter typed (it
 * comes from a broken copy or a hand-edited file), and a replacement mark
 * would be printed. Without this, the exported .docx cannot be opened.
 */

/** A character that XML 1.0 forbids; with the `u` flag a lone surrogate is one code point, a pair is not matched. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const FORBIDDEN_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Whether `text` holds a character XML 1.0 forbids. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** `text` in NFC without the characters XML 1.0 forbids; the same string when it is already clean. */
export function cleanText(text: string): string {
  const clean = FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, '') : text;
  return clean.normalize('NFC');
}
