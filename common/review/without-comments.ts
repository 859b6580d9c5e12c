/**
 * A document JSON without its comment marks: for a duplicated draft or a
 * template saved from a draft, which must not carry anchors of threads that
 * belong to the original draft.
 */
import type { DocJSON, NodeJSON } from '../document/types';
import { COMMENT_MARK } from './thread-ranges';

function strip(node: NodeJSON): NodeJSON {
  let out = node;
  if (node.marks?.some((m) => m.type === COMMENT_MARK)) {
    const marks = node.marks.filter((m) => m.type !== COMMENT_MARK);
    const { marks: _drop, ...rest } = node;
    out = marks.length > 0 ? { ...rest, marks } : rest;
  }
  if (node.content) {
    const content = node.content.map(strip);
    if (content.some((c, i) => c !== node.content![i])) out = { ...out, content };
  }
  return out;
}

/** The document without comment marks; the same object when it had none. */
export function withoutCommentMarks(doc: DocJSON): DocJSON {
  return strip(doc) as DocJSON;
}
