/**
 * The closing block: a borderless two-column table after the body, Nơi
 * nhận on the left (label, then `- ` lines ending `,`/`;` and the last `.`),
 * the signature on the right (authority, title, a gap for the signature and
 * seal, name).
 */
import { Paragraph, TextRun, type Table } from 'docx';
import type { ClosingAttrs } from '../../../../common/document/schema';
import type { Profile } from '../../../../common/profile/profile';
import { elementRun, STYLE } from '../styles';
import { columnSplit } from './header-block';
import { elementLine, layoutTable, linesOf } from './block-lines';

/** The printed recipients lines: `- ` + text with the profile's line ending (the last one ends with `.`). */
export function recipientLines(recipients: readonly string[], profile: Profile): string[] {
  const lines = recipients.map((r) => r.trim().replace(/^-\s*/, '').replace(/[\s,;.]+$/u, '')).filter((r) => r !== '');
  return lines.map((r, i) => `- ${r}${i === lines.length - 1 ? profile.closing.recipientsLastEnd : profile.closing.recipientsLineEnd}`);
}

/** Builds the closing table. */
export function mapClosingBlock(attrs: ClosingAttrs, profile: Profile): Table {
  const c = profile.closing;
  const [leftW, rightW] = columnSplit(profile);
  const left: Paragraph[] = [];
  const lines = recipientLines(attrs.recipients, profile);
  left.push(new Paragraph({ style: STYLE.recipientsLabel, children: [new TextRun({ ...elementRun(profile, c.recipientsLabel), text: c.recipientsLabelText })] }));
  for (const line of lines) left.push(new Paragraph({ style: STYLE.recipients, children: [new TextRun({ ...elementRun(profile, c.recipientsLine), text: line })] }));

  const right: Paragraph[] = [];
  for (const line of linesOf(attrs.authority)) right.push(elementLine(profile, STYLE.authority, c.authority, line));
  for (const line of linesOf(attrs.signerTitle)) right.push(elementLine(profile, STYLE.signerTitle, c.signerTitle, line));
  for (let i = 0; i < c.signatureGapLines; i++) right.push(new Paragraph({ style: STYLE.signatureGap, children: [] }));
  if (attrs.signerName.trim()) right.push(elementLine(profile, STYLE.signerName, c.signerName, attrs.signerName.trim()));

  return layoutTable(leftW, rightW, [[left, right]]);
}
