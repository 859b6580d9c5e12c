/**
 * Strips a typed heading number ("I.", "II-", "1.", "2.1.", "a)", "Phần thứ
 * nhất:") from the start of pasted heading text: DuThao generates them.
 */

const PREFIX = /^\s*(?:phần\s+(?:thứ\s+)?[\p{L}\dIVXLC]+\s*[:.\-–]?|[IVXLC]+\s*[.\-–]|\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\))\s*/iu;

/** The heading text without its leading number, or the text unchanged when it has none. */
export function stripHeadingNumber(text: string): string {
  const stripped = text.replace(PREFIX, '');
  return stripped.trim() === '' ? text : stripped;
}
