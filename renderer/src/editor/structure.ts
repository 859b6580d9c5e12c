/**
 * Positions of the fixed top-level parts (header, documentTitle, body,
 * closing). The doc's content expression fixes their order, so they are
 * always children 0–3: looking them up is O(1).
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { PART_INDEX } from '../../../common/document/accessors';

/** Index of each structural part among the doc's children (the common accessors' table). */
export { PART_INDEX };

/** A structural part's name. */
export type StructuralPart = 'header' | 'documentTitle' | 'closing';

/** Position before the child at `index` of the doc. */
export function partPos(doc: PMNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/** The range of the body's content: [from, to], positions inside the body node. */
export function bodyContentRange(doc: PMNode): { from: number; to: number } {
  const start = partPos(doc, PART_INDEX.body);
  const body = doc.child(PART_INDEX.body);
  return { from: start + 1, to: start + body.nodeSize - 1 };
}
