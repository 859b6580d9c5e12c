/**
 * What the document model can hold, asked of the model itself rather than
 * assumed, so the import maps to the richest form available: a Kính gửi
 * block (`addressees`), `(1)` indicator lists, a date holding a year alone,
 * heading levels deeper than 3. Where the model lacks one, the import keeps
 * the text as paragraphs and says so in the report.
 */
import { maxHeadingLevelOf } from '../../../common/document/headings';
import { formatDateLine } from '../../../common/document/official-text';
import { nodeSpecs } from '../../../common/document/schema';
import type { ProfileId } from '../../../common/document/types';

/** Whether the body can hold a Kính gửi block (`addressees` with `names`). */
export function hasAddresseesBlock(): boolean {
  return 'addressees' in nodeSpecs;
}

/** Whether ordered lists can be `(1)` indicator lists continuing their numbering. */
export function hasIndicatorLists(): boolean {
  return 'continueNumbering' in (nodeSpecs.orderedList?.attrs ?? {});
}

/** Whether the header date can be a year alone (day and month blank). */
export function dateHoldsYearAlone(): boolean {
  return formatDateLine('', '2025').endsWith('năm 2025');
}

/** The deepest heading level of a profile. */
export function deepestHeadingLevel(profile: ProfileId): number {
  return maxHeadingLevelOf(profile);
}
