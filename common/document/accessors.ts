/**
 * Typed access to the parts of a document JSON: the header, title, body and
 * closing, the profile and the numbering style. Every reader (exporter,
 * format check, CLI, store, editor) asks here instead of searching the
 * content and guessing defaults itself.
 */
import type { NumberingStyle } from './numbering';
import { DEFAULT_CLOSING_ATTRS, DEFAULT_DOCUMENT_TITLE_ATTRS, DEFAULT_HEADER_ATTRS, type ClosingAttrs, type DocumentTitleAttrs, type HeaderAttrs } from './schema';
import type { DocJSON, NodeJSON, ProfileId } from './types';

/** Index of each top-level part among the doc's children (the schema fixes their order). */
export const PART_INDEX = { header: 0, documentTitle: 1, body: 2, closing: 3 } as const;

/** The name of a top-level part. */
export type PartName = keyof typeof PART_INDEX;

/** Attributes as a node carries them (document JSON, a ProseMirror node's `attrs`, or `HeaderAttrs`). */
export type AttrsLike = object | null | undefined;

function field(attrs: AttrsLike, name: string): unknown {
  return attrs ? (attrs as Readonly<Record<string, unknown>>)[name] : undefined;
}

/** The part named `part`: at its fixed index in a checked document, else found by type; undefined when absent. */
export function partOf(doc: Pick<DocJSON, 'content'>, part: PartName): NodeJSON | undefined {
  const content = doc.content ?? [];
  const at = content[PART_INDEX[part]];
  return at?.type === part ? at : content.find((n) => n.type === part);
}

/** The defaults overlaid with the stored values of the same type (an old or hand-edited file keeps the default). */
function withDefaults<T extends object>(attrs: AttrsLike, defaults: T): T {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(attrs ?? {}) as [string, unknown][]) {
    const d = (defaults as Record<string, unknown>)[k];
    if (d === undefined || typeof v === typeof d || (Array.isArray(d) && Array.isArray(v))) out[k] = v;
  }
  return out as T;
}

/** The header's attributes, complete with defaults. */
export function headerOf(doc: Pick<DocJSON, 'content'>): HeaderAttrs {
  return withDefaults(partOf(doc, 'header')?.attrs, DEFAULT_HEADER_ATTRS);
}

/** The type name and subject, complete with defaults. */
export function documentTitleOf(doc: Pick<DocJSON, 'content'>): DocumentTitleAttrs {
  return withDefaults(partOf(doc, 'documentTitle')?.attrs, DEFAULT_DOCUMENT_TITLE_ATTRS);
}

/** The closing's attributes (signature, recipients), complete with defaults. */
export function closingOf(doc: Pick<DocJSON, 'content'>): ClosingAttrs {
  return withDefaults(partOf(doc, 'closing')?.attrs, DEFAULT_CLOSING_ATTRS);
}

/** The body node; an empty body when the document has none. */
export function bodyOf(doc: Pick<DocJSON, 'content'>): NodeJSON {
  return partOf(doc, 'body') ?? { type: 'body', content: [] };
}

/** A profile id from any stored value: `nha-nuoc` when it says so, else `dang` (the default). */
export function toProfileId(value: unknown): ProfileId {
  return value === 'nha-nuoc' ? 'nha-nuoc' : 'dang';
}

/** The profile named by header attributes (of JSON or of an editor node). */
export function profileOfHeader(attrs: AttrsLike): ProfileId {
  return toProfileId(field(attrs, 'profile'));
}

/** The document's profile, from its header. */
export function profileOf(doc: Pick<DocJSON, 'content'>): ProfileId {
  return profileOfHeader(partOf(doc, 'header')?.attrs);
}

/** The heading numbering style named by header attributes (of JSON or of an editor node). */
export function numberingStyleOf(attrs: AttrsLike): NumberingStyle {
  return {
    romanSeparator: field(attrs, 'romanSeparator') === '-' ? '-' : '.',
    thirdLevel: field(attrs, 'thirdLevel') === 'decimal' ? 'decimal' : 'letter',
  };
}
