/** The names of the two official format profiles: the one word every document, template and profile file agrees on. */

/** The two official format profiles. */
export type ProfileId = 'dang' | 'nha-nuoc';

/** Every profile id, in the order the UI lists them. */
export const PROFILE_IDS: readonly ProfileId[] = ['dang', 'nha-nuoc'];
