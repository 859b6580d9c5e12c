/**
 * The format check (kiểm tra thể thức): runs every rule over a draft and
 * returns what it breaks, in Vietnamese, with where to jump. Pure: shared
 * by the renderer (on demand, before export) and main (CLI `duthao check`).
 */
import { DEFAULT_CLOSING_ATTRS, DEFAULT_DOCUMENT_TITLE_ATTRS, DEFAULT_HEADER_ATTRS, type ClosingAttrs, type DocumentTitleAttrs, type HeaderAttrs } from '../document/schema';
import type { DocJSON } from '../document/types';
import type { Profile } from '../profile/profile';
import { bodyRule } from './rules/body';
import { endMarkRule } from './rules/end-mark';
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
  endMarkRule,
  signerRule,
  recipientsRule,
  profileRangeRule,
  addresseesRule,
];

function attrsOf<T extends object>(doc: DocJSON, type: string, defaults: T): T {
  const node = (doc.content ?? []).find((n) => n.type === type);
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(node?.attrs ?? {})) {
    const d = (defaults as Record<string, unknown>)[k];
    // Keep the default when a stored value has the wrong type (old or hand-edited files).
    if (d === undefined || typeof v === typeof d || (Array.isArray(d) && Array.isArray(v))) out[k] = v;
  }
  return out as T;
}

/** `yyyy-mm-dd` of a Date in local time. */
export function localIsoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Checks a draft against a profile; `today` decides what "in the future" means. */
export function checkFormat(doc: DocJSON, profile: Profile, today: Date): FormatIssue[] {
  const header = attrsOf<HeaderAttrs>(doc, 'header', DEFAULT_HEADER_ATTRS);
  const input: CheckInput = {
    header,
    title: attrsOf<DocumentTitleAttrs>(doc, 'documentTitle', DEFAULT_DOCUMENT_TITLE_ATTRS),
    closing: attrsOf<ClosingAttrs>(doc, 'closing', DEFAULT_CLOSING_ATTRS),
    body: (doc.content ?? []).find((n) => n.type === 'body') ?? { type: 'body', content: [] },
    profile,
    today: localIsoDate(today),
    isDraft: header.draftMark,
  };
  return FORMAT_RULES.flatMap((rule) => rule.check(input));
}

/** Whether any issue is an error (the CLI exits 1). */
export function hasErrors(issues: readonly FormatIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
