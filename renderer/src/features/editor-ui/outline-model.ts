/**
 * The outline of a draft: its part headings and section headings, in order,
 * with their generated numbers. Pure ProseMirror: used by the outline panel
 * and by the move-section command, and testable without a DOM.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { numberBlocks, numberedBlockOf, type NumberedBlock, type NumberingStyle } from '../../../../common/document/numbering';
import { numberingStyleOf as numberingStyleOfHeader } from '../../../../common/document/accessors';

/** One heading of the outline. */
export interface OutlineEntry {
  /** Index of the heading among the body's top-level blocks. */
  readonly index: number;
  /** Document position just before the heading node. */
  readonly pos: number;
  /** 0 for a part heading, 1–3 for section headings. */
  readonly rank: number;
  /** Generated number: `I.`, `1.`, `a)`, `Phần thứ nhất`… */
  readonly number: string;
  /** The heading's text. */
  readonly text: string;
}

/** The body node and the position of its first child, or null when the doc has no body. */
export function findBody(doc: PMNode): { body: PMNode; start: number } | null {
  let result: { body: PMNode; start: number } | null = null;
  doc.forEach((child, offset) => {
    if (!result && child.type.name === 'body') result = { body: child, start: offset + 1 };
  });
  return result;
}

/** The numbering style stored in the header's attrs (defaults when absent). */
export function numberingStyleOf(doc: PMNode): NumberingStyle {
  const header = doc.firstChild;
  return numberingStyleOfHeader(header && header.type.name === 'header' ? header.attrs : null);
}

/** Outline rank of a top-level body block: 0 part, 1–3 heading level, null otherwise. */
export function rankOf(node: PMNode): number | null {
  if (node.type.name === 'partHeading') return 0;
  if (node.type.name === 'heading') return Math.min(Math.max(Number(node.attrs.level) || 1, 1), 3);
  return null;
}

/** The headings of the body with their generated numbers. */
export function outlineOf(doc: PMNode): OutlineEntry[] {
  const found = findBody(doc);
  if (!found) return [];
  const blocks: NumberedBlock[] = [];
  const nodes: { node: PMNode; pos: number }[] = [];
  found.body.forEach((child, offset) => {
    blocks.push(numberedBlockOf(child.type.name, child.attrs));
    nodes.push({ node: child, pos: found.start + offset });
  });
  const numbers = numberBlocks(blocks, numberingStyleOf(doc));
  const out: OutlineEntry[] = [];
  nodes.forEach(({ node, pos }, index) => {
    const rank = rankOf(node);
    if (rank === null) return;
    out.push({ index, pos, rank, number: numbers[index] ?? '', text: node.textContent });
  });
  return out;
}

/** True when two outlines would render the same (used to skip re-renders). */
export function sameOutline(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.pos !== y.pos || x.rank !== y.rank || x.number !== y.number || x.text !== y.text) return false;
  }
  return true;
}
