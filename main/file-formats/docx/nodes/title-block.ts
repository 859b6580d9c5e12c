/**
 * The type name and subject, centred below the header table: `BÁO CÁO`
 * (caps, bold), the subject (bold, as typed: it begins lower case), then
 * `-----` (dang) or a short solid line (nha-nuoc).
 */
import { Paragraph } from 'docx';
import type { DocumentTitleAttrs } from '../../../../common/document/schema';
import type { Profile } from '../../../../common/profile/profile';
import { STYLE } from '../styles';
import { textWidthTwips } from '../units';
import { elementLine, linesOf, shortRule } from './block-lines';

/** Builds the title block's paragraphs. */
export function mapTitleBlock(attrs: DocumentTitleAttrs, profile: Profile): Paragraph[] {
  const s = profile.header.styles;
  const out: Paragraph[] = [];
  if (attrs.documentType.trim()) out.push(elementLine(profile, STYLE.documentType, s.documentType, attrs.documentType.trim()));
  const subject = linesOf(attrs.subject);
  for (const line of subject) out.push(elementLine(profile, STYLE.subject, s.subject, line));
  if (profile.header.subjectRuleText) out.push(elementLine(profile, STYLE.subject, { ...s.subject, bold: false }, profile.header.subjectRuleText));
  else if (s.subject.rule === 'short' && subject.length) out.push(shortRule(s.subject, subject.join('\n'), textWidthTwips(profile)));
  // A blank line between the title block and the body.
  out.push(new Paragraph({ style: STYLE.subject, children: [] }));
  return out;
}
