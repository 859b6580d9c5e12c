/**
 * The page geometry of a Word section: A4 portrait with the profile's
 * margins, or A4 landscape for a wide table ("Trang ngang"). A landscape page
 * is the portrait page turned so its binding edge (the wide left margin) is
 * at the top: top ← left, bottom ← right, left and right ← top and bottom.
 */
import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
import type { Profile } from '../../../common/profile/profile';
import { A4_TWIPS, mmToTwip } from './units';

/** Portrait or landscape. */
export type Orientation = 'portrait' | 'landscape';

/** Margins in twips of a section of the given orientation. */
export function sectionMargins(profile: Profile, orientation: Orientation): { top: number; bottom: number; left: number; right: number } {
  const m = profile.page.margins;
  const top = mmToTwip(m.top.default);
  const bottom = mmToTwip(m.bottom.default);
  const left = mmToTwip(m.left.default);
  const right = mmToTwip(m.right.default);
  return orientation === 'portrait' ? { top, bottom, left, right } : { top: left, bottom: right, left: top, right: bottom };
}

/** The text area's width in twips of a section of the given orientation. */
export function sectionTextWidth(profile: Profile, orientation: Orientation): number {
  const m = sectionMargins(profile, orientation);
  const pageWidth = orientation === 'portrait' ? A4_TWIPS.width : A4_TWIPS.height;
  return pageWidth - m.left - m.right;
}

/** The `page` properties of a `docx` section: `w:pgSz` (landscape: 16838 × 11906, `w:orient`) and `w:pgMar`. */
export function sectionPage(profile: Profile, orientation: Orientation): NonNullable<ISectionPropertiesOptions['page']> {
  return {
    // docx swaps width and height itself when the orientation is landscape.
    size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: {
      ...sectionMargins(profile, orientation),
      header: mmToTwip(profile.pageNumber.fromEdgeMm),
      footer: mmToTwip(10),
    },
  };
}
