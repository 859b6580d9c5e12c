/**
 * Where each thread's passage is in a document: the comment marks grouped by
 * thread id, adjacent pieces merged, with the passage's current text. The
 * comment panel is derived from this, never stored apart from the document.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { buildTextIndex, textInRange, type TextIndex } from './text-index';
import type { DocRange } from './types';

/** The name of the comment mark in the document schema. */
export const COMMENT_MARK = 'comment';

/** A thread's passage in the document. */
export interface ThreadAnchor {
  readonly id: string;
  /** Merged, sorted ranges (a passage over several paragraphs has one per paragraph). */
  readonly ranges: readonly DocRange[];
  /** From the first range's start to the last range's end. */
  readonly from: number;
  readonly to: number;
  /** The passage's current text (paragraphs joined by '\n'). */
  readonly quote: string;
}

/** The comment ids on an inline node. */
function commentIdsOf(node: PMNode): string[] {
  const ids: string[] = [];
  for (const m of node.marks) {
    if (m.type.name === COMMENT_MARK && typeof m.attrs.id === 'string' && m.attrs.id !== '') ids.push(m.attrs.id);
  }
  return ids;
}

/** The raw, merged ranges of each comment id, in document order of first appearance. */
export function collectCommentRanges(doc: PMNode): Map<string, DocRange[]> {
  const byId = new Map<string, DocRange[]>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const id of commentIdsOf(node)) {
      const list = byId.get(id) ?? [];
      const last = list[list.length - 1];
      const to = pos + node.nodeSize;
      if (last && last.to === pos) list[list.length - 1] = { from: last.from, to };
      else list.push({ from: pos, to });
      byId.set(id, list);
    }
    return false;
  });
  return byId;
}

/** Per thread id: its ranges and its current quoted text. */
export function collectThreadRanges(doc: PMNode, index: TextIndex = buildTextIndex(doc)): Map<string, ThreadAnchor> {
  const out = new Map<string, ThreadAnchor>();
  for (const [id, ranges] of collectCommentRanges(doc)) {
    const from = (ranges[0] as DocRange).from;
    const to = (ranges[ranges.length - 1] as DocRange).to;
    out.set(id, { id, ranges, from, to, quote: textInRange(index, { from, to }) });
  }
  return out;
}
