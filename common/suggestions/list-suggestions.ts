/**
 * The suggestions of a document, read from its JSON: one entry per id, with
 * what it suggests (insert / delete / replace / format), its text, author,
 * time and the body block it starts in. The side panel, the format check,
 * the final-copy refusal and the review-copy merge all read this one list.
 * Pure, one linear walk.
 */
import { SUGGESTION_MARK_NAMES } from '../document/schema';
import { SUGGESTION_ANCHOR } from '../document/suggestions';
import type { DocJSON, MarkJSON, NodeJSON } from '../document/types';

/** What a suggestion proposes. */
export type SuggestionKind = 'insert' | 'delete' | 'replace' | 'format';

/** One suggestion of a document. */
export interface SuggestionSummary {
  readonly id: string;
  readonly kind: SuggestionKind;
  /** Text suggested for insertion ('' when none); zero-width anchors left out, a paragraph break is '¶'. */
  readonly inserted: string;
  /** Text suggested for deletion ('' when none). */
  readonly deleted: string;
  /** The text whose formatting changes (format suggestions). */
  readonly formatted: string;
  /** Format changes, as mark names with `+` (added) or `-` (removed): `+bold`. */
  readonly formats: readonly string[];
  readonly author: string;
  readonly date: string;
  /** Index of the body block it starts in (−1 when not in the body). */
  readonly block: number;
}

interface Building {
  id: string;
  inserted: string;
  deleted: string;
  formatted: string;
  formats: string[];
  author: string;
  date: string;
  block: number;
}

function textOf(node: NodeJSON): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join(node.content && node.content.some((c) => c.type !== 'text') ? ' ' : '');
}

/** Whether `mark` is a suggestion mark with a string id. */
export function isSuggestionMarkJSON(mark: MarkJSON): boolean {
  return SUGGESTION_MARK_NAMES.includes(mark.type) && typeof mark.attrs?.id === 'string';
}

function formatName(mark: MarkJSON): string | null {
  const prev = mark.attrs?.previousValue as { type?: unknown } | null | undefined;
  const next = mark.attrs?.newValue as { type?: unknown } | null | undefined;
  if (mark.attrs?.type === 'mark') {
    if (next && typeof next.type === 'string') return `+${next.type}`;
    if (prev && typeof prev.type === 'string') return `-${prev.type}`;
  }
  if (mark.attrs?.type === 'attr' && typeof mark.attrs.attrName === 'string') return `~${mark.attrs.attrName}`;
  if (mark.attrs?.type === 'nodeType' && typeof mark.attrs.newValue === 'string') return `~${mark.attrs.newValue}`;
  return null;
}

/** Every suggestion of `doc`, in document order of first appearance. */
export function listSuggestions(doc: DocJSON): SuggestionSummary[] {
  const byId = new Map<string, Building>();
  const bodyIndex = (doc.content ?? []).findIndex((c) => c.type === 'body');
  const visit = (node: NodeJSON, block: number): void => {
    /** Suggestions whose formatted text this node already gave (one per changed mark, same text). */
    const formattedHere = new Set<string>();
    for (const mark of node.marks ?? []) {
      if (!isSuggestionMarkJSON(mark)) continue;
      const id = String(mark.attrs!.id);
      let s = byId.get(id);
      if (!s) {
        s = { id, inserted: '', deleted: '', formatted: '', formats: [], author: String(mark.attrs!.author ?? ''), date: String(mark.attrs!.date ?? ''), block };
        byId.set(id, s);
      }
      const raw = node.type === 'text' ? (node.text ?? '') : textOf(node);
      const text = raw.replaceAll(SUGGESTION_ANCHOR, '');
      // A zero-width anchor stands for a paragraph break (both sides of it carry one: shown once).
      const add = (current: string): string => (text === '' && raw !== '' ? (current.endsWith('¶') ? current : `${current}¶`) : current + text);
      if (mark.type === 'insertion') s.inserted = add(s.inserted);
      else if (mark.type === 'deletion') s.deleted = add(s.deleted);
      else {
        if (!formattedHere.has(id)) s.formatted += text;
        formattedHere.add(id);
        const name = formatName(mark);
        if (name && !s.formats.includes(name)) s.formats.push(name);
      }
    }
    for (const child of node.content ?? []) visit(child, block);
  };
  (doc.content ?? []).forEach((part, i) => {
    if (i === bodyIndex) (part.content ?? []).forEach((block, b) => visit(block, b));
    else visit(part, -1);
  });
  return [...byId.values()].map((s) => ({
    ...s,
    kind: s.formats.length > 0 && !s.inserted && !s.deleted ? 'format' : s.inserted && s.deleted ? 'replace' : s.deleted ? 'delete' : s.inserted ? 'insert' : 'format',
  }));
}

/** Vietnamese one-line description of a suggestion, as the panel and messages show it. */
export function describeSuggestion(s: SuggestionSummary): string {
  const q = (t: string): string => `«${t.length > 80 ? `${t.slice(0, 80)}…` : t}»`;
  switch (s.kind) {
    case 'insert':
      return `Đề xuất: chèn ${q(s.inserted)}`;
    case 'delete':
      return `Đề xuất: xóa ${q(s.deleted)}`;
    case 'replace':
      return `Đề xuất: thay ${q(s.deleted)} bằng ${q(s.inserted)}`;
    case 'format':
      return `Đề xuất: định dạng ${q(s.formatted)}`;
  }
}
