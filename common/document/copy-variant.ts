/**
 * Which copy of a document an export or a format check is for: the final
 * copy, or a draft carrying the DỰ THẢO mark. One rule for every caller (the
 * export API, the format check API, the CLI's `export` and `check`): the
 * variant asked for, else what the header's DỰ THẢO mark says.
 */
import { headerOf } from './accessors';
import type { DocJSON } from './types';

/** The final copy, or a draft with the DỰ THẢO mark. */
export type CopyVariant = 'final' | 'draft';

/** Every copy variant, for schemas and option parsing. */
export const COPY_VARIANTS: readonly CopyVariant[] = ['final', 'draft'];

/** The variant `requested`, or, when none is, the one the header's DỰ THẢO mark says (absent: the header default). */
export function copyVariantOf(doc: DocJSON, requested?: CopyVariant): CopyVariant {
  if (requested) return requested;
  return headerOf(doc).draftMark ? 'draft' : 'final';
}
