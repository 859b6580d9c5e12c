/**
 * The shapes of the format check (kiểm tra thể thức): an issue found in a
 * draft, where it is, and a rule that finds issues.
 */
import type { ClosingAttrs, DocumentTitleAttrs, HeaderAttrs } from '../document/schema';
import type { NodeJSON } from '../document/types';
import type { Profile } from '../profile/profile';

/** Where an issue is, so the UI can jump to it. */
export interface FormatTarget {
  readonly part: 'header' | 'documentTitle' | 'body' | 'closing';
  /** The attribute concerned (`number`, `recipients`…). */
  readonly field?: string;
  /** Index path of the node inside the part (body child indexes). */
  readonly path?: readonly number[];
}

/** One broken rule. Errors are format errors; warnings are advice. Neither blocks export. */
export interface FormatIssue {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  /** Vietnamese, for the user. */
  readonly message: string;
  readonly target: FormatTarget;
}

/** What a rule looks at: the parts of the document with defaults filled in. */
export interface CheckInput {
  readonly header: HeaderAttrs;
  readonly title: DocumentTitleAttrs;
  readonly closing: ClosingAttrs;
  readonly body: NodeJSON;
  readonly profile: Profile;
  /** Today as `yyyy-mm-dd`, local time. */
  readonly today: string;
  /** The draft carries the DỰ THẢO mark: some gaps are only warnings. */
  readonly isDraft: boolean;
}

/** A rule: an id and a function returning the issues it finds (empty when the draft complies). */
export interface FormatRule {
  readonly id: string;
  readonly check: (input: CheckInput) => FormatIssue[];
}
