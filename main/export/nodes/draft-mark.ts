/**
 * The draft mark: `DỰ THẢO` (and `lần N`) in a box at the top of page 1,
 * printed only in a draft copy. It is a framed paragraph with a border,
 * anchored in the top margin, so the header block keeps its official place.
 */
import { BorderStyle, FrameAnchorType, HorizontalPositionAlign, Paragraph, TextRun, VerticalPositionAlign } from 'docx';
import type { Profile } from '../../../common/profile/profile';
import { elementRun, STYLE } from '../styles';
import { mmToTwip } from '../units';

/** The printed draft mark text. */
export function draftMarkText(round: number): string {
  return round > 0 ? `DỰ THẢO lần ${round}` : 'DỰ THẢO';
}

/** Builds the draft mark paragraph. */
export function mapDraftMark(round: number, profile: Profile): Paragraph {
  const box = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } as const;
  return new Paragraph({
    style: STYLE.draftMark,
    frame: {
      type: 'alignment',
      alignment: { x: HorizontalPositionAlign.RIGHT, y: VerticalPositionAlign.TOP },
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE },
      space: { horizontal: 0, vertical: mmToTwip(2) },
    },
    border: { top: box, bottom: box, left: box, right: box },
    children: [new TextRun({ ...elementRun(profile, profile.header.styles.draftMark), text: draftMarkText(round) })],
  });
}
