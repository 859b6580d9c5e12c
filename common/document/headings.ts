/**
 * How many heading levels each profile numbers (`I.`, `1.`, `a)` / `2.1.`),
 * the one place the editor's level commands and `checkDocument` read it.
 */
import type { ProfileId } from './types';

/** The deepest heading level each profile allows. */
export const HEADING_LEVELS: Readonly<Record<ProfileId, number>> = { dang: 3, 'nha-nuoc': 3 };

/** The deepest heading level of `profile`. */
export function maxHeadingLevelOf(profile: ProfileId): number {
  return HEADING_LEVELS[profile];
}
