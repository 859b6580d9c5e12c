/**
 * Word inline content → document JSON inline nodes: text with bold, italic
 * and underline marks (neighbouring runs of the same look joined), line
 * breaks and footnotes; plus the edits recognition makes to it (removing a
 * typed heading number, dropping marks every run shares).
 */
import type { MarkJSON, NodeJSON } from '../../../common/document/types';
import type { WordInline } from './blocks';

/** Options of `inlineNodes`. */
export interface InlineOptions {
  /** Ignore bold (header cells are bold by style). */
  readonly ignoreBold?: boolean;
}

function marksOf(i: Extract<WordInline, { kind: 'text' }>, opts: InlineOptions): MarkJSON[] {
  const marks: MarkJSON[] = [];
  if (i.bold && !opts.ignoreBold) marks.push({ type: 'bold' });
  if (i.italic) marks.push({ type: 'italic' });
  if (i.underline) marks.push({ type: 'underline' });
  return marks;
}

const sameMarks = (a: readonly MarkJSON[] | undefined, b: readonly MarkJSON[]): boolean =>
  (a ?? []).length === b.length && (a ?? []).every((m, k) => m.type === b[k]?.type);

/** The inline nodes of a paragraph's content. */
export function inlineNodes(inlines: readonly WordInline[], opts: InlineOptions = {}): NodeJSON[] {
  const out: NodeJSON[] = [];
  for (const i of inlines) {
    if (i.kind === 'break') out.push({ type: 'hardBreak' });
    else if (i.kind === 'footnote') out.push({ type: 'footnote', attrs: { text: i.text } });
    else if (i.text !== '') {
      const marks = marksOf(i, opts);
      const last = out[out.length - 1];
      if (last?.type === 'text' && sameMarks(last.marks, marks)) out[out.length - 1] = { ...last, text: (last.text ?? '') + i.text };
      else out.push(marks.length ? { type: 'text', text: i.text, marks } : { type: 'text', text: i.text });
    }
  }
  return trimEdges(out);
}

/** Removes leading and trailing whitespace (and breaks) of an inline sequence. */
export function trimEdges(nodes: readonly NodeJSON[]): NodeJSON[] {
  const out = [...nodes];
  while (out.length && (out[0]!.type === 'hardBreak' || (out[0]!.type === 'text' && (out[0]!.text ?? '').trim() === ''))) out.shift();
  while (out.length && (out[out.length - 1]!.type === 'hardBreak' || (out[out.length - 1]!.type === 'text' && (out[out.length - 1]!.text ?? '').trim() === ''))) out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: (out[0].text ?? '').replace(/^\s+/u, '') };
  const last = out.length - 1;
  if (out[last]?.type === 'text') out[last] = { ...out[last]!, text: (out[last]!.text ?? '').replace(/\s+$/u, '') };
  return out;
}

/** Removes the first `count` characters of text (a typed number), then leading spaces. */
export function dropLeadingChars(nodes: readonly NodeJSON[], count: number): NodeJSON[] {
  let rest = count;
  const out: NodeJSON[] = [];
  for (const n of nodes) {
    if (rest > 0 && n.type === 'text') {
      const text = n.text ?? '';
      if (text.length <= rest) {
        rest -= text.length;
        continue;
      }
      out.push({ ...n, text: text.slice(rest) });
      rest = 0;
    } else out.push(n);
  }
  return trimEdges(out);
}

/** Splits inline content at its first line break: [before, after] (after is null when there is none). */
export function splitAtBreak(nodes: readonly NodeJSON[]): [NodeJSON[], NodeJSON[] | null] {
  const k = nodes.findIndex((n) => n.type === 'hardBreak');
  if (k === -1) return [[...nodes], null];
  return [trimEdges(nodes.slice(0, k)), trimEdges(nodes.slice(k + 1))];
}

/** Removes the marks every text node carries (a heading's bold or italic comes from its style). */
export function withoutUniformMarks(nodes: readonly NodeJSON[]): NodeJSON[] {
  const texts = nodes.filter((n) => n.type === 'text');
  if (texts.length === 0) return [...nodes];
  const shared = (texts[0]!.marks ?? []).map((m) => m.type).filter((t) => texts.every((n) => (n.marks ?? []).some((m) => m.type === t)));
  if (shared.length === 0) return [...nodes];
  const merged: NodeJSON[] = [];
  for (const n of nodes) {
    if (n.type !== 'text') {
      merged.push(n);
      continue;
    }
    const marks = (n.marks ?? []).filter((m) => !shared.includes(m.type));
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks, marks)) merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (n.text ?? '') };
    else merged.push(marks.length ? { type: 'text', text: n.text ?? '', marks } : { type: 'text', text: n.text ?? '' });
  }
  return merged;
}

/** Plain text of inline nodes (breaks as '\n'). */
export function inlineText(nodes: readonly NodeJSON[]): string {
  return nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : '')).join('');
}
