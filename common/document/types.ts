/**
 * Plain JSON types of a DuThao document: the ProseMirror JSON of the schema
 * in `schema.ts`. This is the one representation the editor edits, the store
 * keeps, the exporter reads and templates contain.
 */
import { PROFILE_IDS, type ProfileId } from '../profile/profile-id';

export { PROFILE_IDS, type ProfileId };

/** A mark in document JSON (bold, italic, underline, comment…). */
export interface MarkJSON {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

/** A node in document JSON. */
export interface NodeJSON {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly NodeJSON[];
  readonly marks?: readonly MarkJSON[];
  readonly text?: string;
}

/** The root node of a document: `{ type: 'doc', content: [...] }`. */
export interface DocJSON extends NodeJSON {
  readonly type: 'doc';
}


/** Vietnamese label of a profile, as the UI shows it. */
export const PROFILE_LABELS: Readonly<Record<ProfileId, string>> = {
  dang: 'Đảng',
  'nha-nuoc': 'Nhà nước',
};
