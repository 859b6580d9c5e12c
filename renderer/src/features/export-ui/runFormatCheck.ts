/**
 * Runs the shared format check (common/format-check) on the document the
 * editor holds now, with the profile its header names.
 */
import { checkFormat } from '../../../../common/format-check/check-format';
import type { FormatIssue } from '../../../../common/format-check/types';
import { partOf, profileOf } from '../../../../common/document/accessors';
import type { DocJSON, ProfileId } from '../../../../common/document/types';
import { builtinProfile } from '../../../../common/profile/builtin';

/** The header attrs of a document (empty when it has no header). */
export function headerAttrsOf(doc: DocJSON): Record<string, unknown> {
  return partOf(doc, 'header')?.attrs ?? {};
}

/** The profile a document's header names (`dang` unless it says `nha-nuoc`). */
export function profileIdOf(doc: DocJSON): ProfileId {
  return profileOf(doc);
}

/** The format issues of `doc` today, errors first, each group in document order. */
export function runFormatCheck(doc: DocJSON, today: Date): FormatIssue[] {
  const issues = checkFormat(doc, builtinProfile(profileIdOf(doc)), today);
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
}
