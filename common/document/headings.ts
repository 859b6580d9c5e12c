/**
 * How many heading levels each profile numbers (`I.`, `1.`, `a)` / `2.1.`,
 * and in state reports a fourth `1.1.1.`): profile data (`headings.maxLevel`),
 * the one place the editor's level commands and `checkDocument` read it.
 */
import { builtinProfile } from '../profile/builtin';
import { PROFILE_IDS, type ProfileId } from './types';

/** The deepest heading level each profile allows. */
export const HEADING_LEVELS: Readonly<Record<ProfileId, number>> = Object.fromEntries(PROFILE_IDS.map((id) => [id, builtinProfile(id).headings.maxLevel])) as Record<ProfileId, number>;

/** The deepest heading level of any profile (the editor's level commands stop there). */
export const DEEPEST_HEADING_LEVEL = Math.max(...Object.values(HEADING_LEVELS));

/** The same bound under the name the editor's heading node uses. */
export const MAX_ANY_HEADING_LEVEL = DEEPEST_HEADING_LEVEL;

/** The deepest heading level of `profile`. */
export function maxHeadingLevelOf(profile: ProfileId): number {
  return HEADING_LEVELS[profile];
}
