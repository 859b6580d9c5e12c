/**
 * The header block of page 1: a borderless two-column table the width of
 * the text area (≈ 43 / 57 %). Row 1: the bodies on the left, the title
 * (dang) or quốc hiệu and tiêu ngữ (nha-nuoc) on the right. Row 2: the number
 * (and urgency/secrecy) on the left, the italic place and date on the right,
 * so the two sit on one line.
 */
import { Paragraph, type Table } from 'docx';
import { composeDocumentNumber, formatDateLine } from '../../../../common/document/official-text';
import type { HeaderAttrs } from '../../../../common/document/schema';
import type { Profile } from '../../../../common/profile/profile';
import { STYLE } from '../styles';
import { textWidthTwips } from '../units';
import { elementLine, layoutTable, linesOf, shortRule } from './block-lines';

/** Widths in twips of the left and right columns of the header and closing tables. */
export function columnSplit(profile: Profile): [number, number] {
  const total = textWidthTwips(profile);
  const left = Math.round((total * profile.header.leftColumnPercent) / 100);
  return [left, total - left];
}

/** Builds the header table of a document. */
export function mapHeaderBlock(attrs: HeaderAttrs, profile: Profile): Table {
  const s = profile.header.styles;
  const [leftW, rightW] = columnSplit(profile);

  const bodies: Paragraph[] = [];
  for (const line of linesOf(attrs.superiorBody)) bodies.push(elementLine(profile, STYLE.superiorBody, s.superiorBody, line));
  const issuing = linesOf(attrs.issuingBody);
  for (const line of issuing) bodies.push(elementLine(profile, STYLE.issuingBody, s.issuingBody, line));
  if (profile.header.separatorText) bodies.push(elementLine(profile, STYLE.separator, s.separator, profile.header.separatorText));
  else if (s.issuingBody.rule === 'short' && issuing.length) bodies.push(shortRule(s.issuingBody, issuing.join('\n'), leftW));

  const titles: Paragraph[] = [elementLine(profile, STYLE.title, s.title, profile.header.titleText)];
  if (profile.header.mottoText) titles.push(elementLine(profile, STYLE.motto, s.motto, profile.header.mottoText));

  const numberLines: Paragraph[] = [elementLine(profile, STYLE.number, s.number, composeDocumentNumber(profile.id, attrs.number, attrs.typeCode, attrs.bodyCode))];
  for (const mark of [attrs.urgency, attrs.secrecy]) if (mark.trim()) numberLines.push(elementLine(profile, STYLE.urgency, s.urgency, mark.trim()));

  const date = [elementLine(profile, STYLE.date, s.date, formatDateLine(attrs.place, attrs.date))];

  return layoutTable(leftW, rightW, [
    [bodies, titles],
    [numberLines, date],
  ]);
}
