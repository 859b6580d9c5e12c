/**
 * The page view's CSS variables from a profile: A4 at true size, the
 * profile's margins, body size, first-line indent, spacing and line height,
 * and the heading styles. The one place where profile values become CSS.
 */
import type { Profile, ElementStyle } from '../../../common/profile/profile';

/** Word's "single" line of Times New Roman is about 1.15 em; a `multiple` spacing is relative to it. */
const SINGLE_LINE_EM = 1.15;

function styleVars(prefix: string, s: ElementStyle): Record<string, string> {
  return {
    [`--dt-${prefix}-weight`]: s.bold ? 'bold' : 'normal',
    [`--dt-${prefix}-style`]: s.italic ? 'italic' : 'normal',
    [`--dt-${prefix}-transform`]: s.caps ? 'uppercase' : 'none',
  };
}

/** CSS custom properties for the page of a document in `profile` with the given third-level style. */
export function pageStyleVars(profile: Profile, thirdLevel: 'letter' | 'decimal'): Record<string, string> {
  const m = profile.page.margins;
  const spacing = profile.body.lineSpacing;
  const lineHeight = spacing.rule === 'exact' ? `${spacing.value}pt` : String(Math.round(spacing.value * SINGLE_LINE_EM * 1000) / 1000);
  return {
    '--dt-page-width': `${profile.page.widthMm}mm`,
    '--dt-page-height': `${profile.page.heightMm}mm`,
    '--dt-margin-top': `${m.top.default}mm`,
    '--dt-margin-bottom': `${m.bottom.default}mm`,
    '--dt-margin-left': `${m.left.default}mm`,
    '--dt-margin-right': `${m.right.default}mm`,
    '--dt-body-size': `${profile.body.size.default}pt`,
    '--dt-indent': `${profile.body.firstLineIndentMm.default}mm`,
    '--dt-space-after': `${profile.body.spacingAfterPt.default}pt`,
    '--dt-line-height': lineHeight,
    '--dt-table-size': `${profile.body.tableSize.default}pt`,
    '--dt-footnote-size': `${profile.body.footnoteSize.default}pt`,
    ...styleVars('part', profile.headings.part),
    ...styleVars('h1', profile.headings.level1),
    ...styleVars('h2', profile.headings.level2),
    ...styleVars('h3', thirdLevel === 'decimal' ? profile.headings.level3Decimal : profile.headings.level3Letter),
    ...styleVars('h4', profile.headings.level4),
  };
}
