/**
 * Typed heading numbers and labels in a paragraph's text: `I.` / `I-`,
 * `1.`, `1.1.`, `a)`, deeper `7.4.1.`, "Phần thứ nhất", "QUYẾT NGHỊ:". Our
 * heading numbers are generated, so recognition removes the typed ones and
 * keeps the level; what the number says about the document's numbering
 * style (`I-`, `2.1.`) goes back into the header attributes.
 */
import { foldLine } from './header-text';

/** A typed heading number at the start of a paragraph. */
export interface TypedNumber {
  /** Our heading level (1–3). */
  readonly level: 1 | 2 | 3;
  /** Characters to remove (the number and the spaces after it). */
  readonly length: number;
  /** What it tells about the numbering style. */
  readonly romanSeparator?: '.' | '-';
  readonly thirdLevel?: 'letter' | 'decimal';
  /** Deeper than our third level (7.4.1.). */
  readonly deep?: boolean;
}

const ROMAN = /^([IVXLC]{1,6})([.\-])[ \t\u00a0]*(?=\S)/u;
const DEEP = /^\d{1,2}\.\d{1,2}\.\d{1,2}(\.\d{1,2})*\.?[ \t\u00a0]+(?=\S)/u;
const DECIMAL2 = /^\d{1,2}\.\d{1,2}\.?[ \t\u00a0]+(?=\S)/u;
const DECIMAL1 = /^\d{1,2}\.[ \t\u00a0]*(?=\D)(?=\S)/u;
const LETTER = /^[a-zđ]{1,2}\)[ \t\u00a0]*(?=\S)/u;

/** The typed heading number at the start of `text`, if any. */
export function typedNumberOf(text: string): TypedNumber | null {
  let m = ROMAN.exec(text);
  if (m) return { level: 1, length: m[0].length, romanSeparator: m[2] === '-' ? '-' : '.' };
  m = DEEP.exec(text);
  if (m) return { level: 3, length: m[0].length, thirdLevel: 'decimal', deep: true };
  m = DECIMAL2.exec(text);
  if (m) return { level: 3, length: m[0].length, thirdLevel: 'decimal' };
  m = DECIMAL1.exec(text);
  if (m) return { level: 2, length: m[0].length };
  m = LETTER.exec(text);
  if (m) return { level: 3, length: m[0].length, thirdLevel: 'letter' };
  return null;
}

/** A part heading line: "Phần thứ nhất", "PHẦN I: KẾT QUẢ…"; returns the title's offset in the text. */
export function partLabelOf(text: string): { titleStart: number } | null {
  const m = /^Phần\s+(thứ\s+[^\s:.\-–]+|[IVXLC]+|\d+)\s*[:.\-–]?\s*/iu.exec(text.normalize('NFC'));
  return m ? { titleStart: m[0].length } : null;
}

/** Whether a paragraph is the resolution's operative line "QUYẾT NGHỊ:". */
export function isResolutionClause(text: string): boolean {
  return text.length <= 30 && /^QUYẾT NGHỊ\s*:?$/u.test(foldLine(text));
}
