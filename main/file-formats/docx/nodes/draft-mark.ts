/**
 * The draft mark: `DỰ THẢO` (and `lần N`) in a box at the top of page 1,
 * printed only in a draft copy. It lives in the first-page header (which
 * carries no page number), at the right: every reader draws headers, and
 * the header block below keeps its official place. (A floating frame was
 * tried first; LibreOffice dropped it on some pages.)
 */
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import { draftMarkText } from '../../../../common/document/official-text';
import type { Profile } from '../../../../common/profile/profile';
import { elementRun, STYLE } from '../styles';
import { estimateTextWidthTwips, textWidthTwips } from '../units';

export { draftMarkText };

/** Builds the draft mark paragraph: a box as wide as its text, at the right margin. */
export function mapDraftMark(round: number, profile: Profile): Paragraph {
  const style = profile.header.styles.draftMark;
  const text = draftMarkText(round);
  const box = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } as const;
  const width = estimateTextWidthTwips(text, style.size.default, false, style.bold) + 400;
  return new Paragraph({
    style: STYLE.draftMark,
    alignment: AlignmentType.CENTER,
    indent: { left: Math.max(0, textWidthTwips(profile) - width), right: 0, firstLine: 0 },
    border: { top: box, bottom: box, left: box, right: box },
    children: [new TextRun({ ...elementRun(profile, style), text })],
  });
}
