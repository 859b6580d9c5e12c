/**
 * The two profiles DuThao ships, parsed from their data files at build time
 * (static JSON import), so the renderer and main both have them without
 * file I/O. The main side may also read office overrides from disk and pass
 * them through `parseProfile`.
 */
import dangJson from './data/dang.json';
import nhaNuocJson from './data/nha-nuoc.json';
import { parseProfile, type Profile } from './profile';

/** A profile id (the same union as `ProfileId` of common/document, kept here so profiles import nothing of the document). */
type ProfileId = Profile['id'];

/** The shipped `dang` profile (Hướng dẫn 36-HD/VPTW). */
export const DANG_PROFILE: Profile = parseProfile(dangJson);

/** The shipped `nha-nuoc` profile (Nghị định 30/2020/NĐ-CP). */
export const NHA_NUOC_PROFILE: Profile = parseProfile(nhaNuocJson);

/** The shipped profiles by id. */
export const BUILTIN_PROFILES: Readonly<Record<ProfileId, Profile>> = {
  dang: DANG_PROFILE,
  'nha-nuoc': NHA_NUOC_PROFILE,
};

/** The shipped profile of an id. */
export function builtinProfile(id: ProfileId): Profile {
  return BUILTIN_PROFILES[id];
}
