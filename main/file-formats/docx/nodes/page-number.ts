/**
 * The page header holding the page number: a PAGE field centred at the top,
 * in the profile's size, about 10 mm from the edge; page 1 gets an empty
 * first-page header (with `titlePage`), so it carries no number; in a draft
 * copy that header holds the DỰ THẢO box.
 */
import { Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { Profile } from '../../../../common/profile/profile';
import { baseRun, STYLE } from '../styles';
import { ptToHalfPoints } from '../units';

/** The default (page 2 on) and first-page headers of the section. */
export function pageNumberHeaders(profile: Profile, draftMark?: Paragraph): { default: Header; first: Header } {
  const run = { ...baseRun(profile), size: ptToHalfPoints(profile.pageNumber.size.default) };
  return {
    default: new Header({ children: [new Paragraph({ style: STYLE.pageNumber, children: [new TextRun({ ...run, children: [PageNumber.CURRENT] })] })] }),
    first: new Header({ children: [draftMark ?? new Paragraph({ style: STYLE.pageNumber, children: [] })] }),
  };
}
