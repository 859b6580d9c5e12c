/**
 * The format check (kiểm tra thể thức): runs every rule over a draft and
 * returns what it breaks, in Vietnamese, with where to jump. Pure: shared
 * by the renderer (on demand, before export) and main (CLI `duthao check`).
 */
import { bodyOf, closingOf, documentTitleOf, headerOf } from '../document/accessors';
import { copyVariantOf, type CopyVariant } from '../document/copy-variant';
import type { DocJSON } from '../document/types';
import type { Profile } from '../profile/profile';
import { bodyRule } from './rules/body';
import { endMarkRule } from './rules/end-mark';
import { emptyHeadingRule } from './rules/empty-heading';
import { placeholderRule } from './rules/placeholder';
import { issuingBodyRule } from './rules/issuing-body';
import { numberRule } from './rules/number';
import { numberPatternRule } from './rules/number-pattern';
import { placeDateRule } from './rules/place-date';
import { profileRangeRule } from './rules/profile-range';
import { recipientsRule } from './rules/recipients';
import { signerRule } from './rules/signer';
import { titleRule } from './rules/title';
import { typeCodeRule } from './rules/type-code';
import { addresseesRule } from './rules/addressees';
import { openSuggestionsRule } from './rules/open-suggestions';
import type { CheckInput, FormatIssue, FormatRule } from './types';

/** The rules, in the order the document reads (header, title, body, closing). */
export const FORMAT_RULES: readonly FormatRule[] = [
  issuingBodyRule,
  numberRule,
  numberPatternRule,
  typeCodeRule,
  placeDateRule,
  titleRule,
  bodyRule,
  placeholderRule,
  emptyHeadingRule,
  endMarkRule,
  signerRule,
  recipientsRule,
  profileRangeRule,
  addresseesRule,
  openSuggestionsRule,
];

/** `yyyy-mm-dd` of a Date in local time. */
export function localIsoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Checks a draft against a profile; `today` decides what "in the future" means,
 * `variant` whether it is checked as a draft (default: as `copyVariantOf` decides).
 */
export function checkFormat(doc: DocJSON, profile: Profile, today: Date, variant?: CopyVariant): FormatIssue[] {
  const header = headerOf(doc);
  const input: CheckInput = {
    header,
    title: documentTitleOf(doc),
    closing: closingOf(doc),
    body: bodyOf(doc),
    profile,
    today: localIsoDate(today),
    isDraft: copyVariantOf(doc, variant) === 'draft',
  };
  return FORMAT_RULES.flatMap((rule) => rule.check(input));
}

/** Whether any issue is an error (the CLI exits 1). */
export function hasErrors(issues: readonly FormatIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
