/**
 * Text normalisation shared by every place text enters DuThao (typing,
 * paste, import, API calls). Folding for search lives in `fold.ts`; the
 * document gatekeeper's cleaning (NFC plus XML-forbidden characters) in
 * `common/document/clean-text.ts`.
 */

/** Returns the text in Unicode NFC, the one form DuThao stores. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
