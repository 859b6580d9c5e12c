/**
 * Fills a template in for a new draft: the year placeholders, today's date,
 * the template's profile in the header, and the user's agency from the
 * settings where the template leaves them empty.
 */
import type { Settings } from '../../common/api/contract';
import { fillYearPlaceholders } from '../../common/document/report-year';
import type { DocJSON, NodeJSON, ProfileId } from '../../common/document/types';
import { toNfc } from '../../common/text/normalize';
import { mapDocumentStrings } from './map-document-strings';

/** Header fields taken from the settings when the template leaves them empty. */
const FROM_SETTINGS = ['superiorBody', 'issuingBody', 'bodyCode', 'place'] as const;

/** `yyyy-mm-dd` of a moment in local time (the user's calendar day). */
export function localIsoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Replaces `{{year}}` and `{{nextYear}}` with `year` (default: the year of `now`) and the next one. */
export function replacePlaceholders(text: string, now: Date, year: number = now.getFullYear()): string {
  return fillYearPlaceholders(text, year);
}

/** A template filled in: the draft's document and default title. */
export interface PrefilledDraft {
  readonly doc: DocJSON;
  readonly title: string;
}

function fillHeader(node: NodeJSON, profile: ProfileId, settings: Settings, now: Date): NodeJSON {
  const attrs: Record<string, unknown> = { ...(node.attrs ?? {}), profile, date: localIsoDate(now) };
  for (const key of FROM_SETTINGS) {
    const current = attrs[key];
    if ((current === undefined || current === '') && settings[key] !== '') attrs[key] = settings[key];
  }
  return { ...node, attrs };
}

/**
 * The document and title of a new draft made from a template of `profile` at
 * `now`, about `year` (default: the year of `now`). The header's date stays
 * today: it is when the document is signed, not what it is about.
 */
export function prefillDraft(templateDoc: DocJSON, draftTitle: string, profile: ProfileId, settings: Settings, now: Date, year: number = now.getFullYear()): PrefilledDraft {
  const replaced = mapDocumentStrings(templateDoc, (s) => toNfc(replacePlaceholders(s, now, year)));
  const content = (replaced.content ?? []).map((n) => (n.type === 'header' ? fillHeader(n, profile, settings, now) : n));
  return { doc: { ...replaced, content }, title: toNfc(replacePlaceholders(draftTitle, now, year)) };
}
