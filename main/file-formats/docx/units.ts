/**
 * Unit conversions for the exporter. Word measures lengths in twips
 * (1/20 pt, 1440 per inch) and font sizes in half-points. `docx`'s own
 * `convertMillimetersToTwip` floors, which loses up to a twip per margin:
 * these round.
 */
import { LineRuleType } from 'docx';
import type { Profile } from '../../../common/profile/profile';

/** Millimetres to twips, rounded (30 mm → 1701). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to twips (6 pt → 120). */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to half-points, the unit of `w:sz` (14 pt → 28). */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** A4 portrait in twips, as Word writes it. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

/** The text area's width in twips (page width minus left and right margins). */
export function textWidthTwips(profile: Profile): number {
  return A4_TWIPS.width - mmToTwip(profile.page.margins.left.default) - mmToTwip(profile.page.margins.right.default);
}

/** The body's line spacing as `docx` paragraph spacing: exact points or a multiple of single (240ths). */
export function bodyLineSpacing(profile: Profile): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } {
  const ls = profile.body.lineSpacing;
  // EXACT writes `exact`; EXACTLY writes `exactly`, which Word ignores (dolanmiu/docx#1773).
  if (ls.rule === 'exact') return { line: ptToTwip(ls.value), lineRule: LineRuleType.EXACT };
  return { line: Math.round(ls.value * 240), lineRule: LineRuleType.AUTO };
}

/** Single line spacing, for the header, closing and table blocks. */
export const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO } as const;

/**
 * A rough width of a line of Times New Roman text in twips, used only to size
 * the short rules drawn under the issuing body and the subject (1/3–1/2 of the
 * text). Capitals and bold are wider than lower case.
 */
export function estimateTextWidthTwips(text: string, sizePt: number, caps: boolean, bold: boolean): number {
  const em = caps ? (bold ? 0.7 : 0.66) : bold ? 0.5 : 0.46;
  return Math.round(text.length * sizePt * em * 20);
}
