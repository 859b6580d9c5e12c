/**
 * Removes review comment marks from a document, for "Lưu làm mẫu": a
 * template must not carry the comment threads of the draft it came from.
 */
import type { DocJSON, NodeJSON } from '../../common/document/types';

function strip(node: NodeJSON): NodeJSON {
  let out = node;
  if (node.marks?.some((m) => m.type === 'comment')) {
    const marks = node.marks.filter((m) => m.type !== 'comment');
    const { marks: _dropped, ...rest } = node;
    out = marks.length ? { ...rest, marks } : rest;
  }
  if (node.content) {
    let content: NodeJSON[] | null = null;
    node.content.forEach((child, i) => {
      const next = strip(child);
      if (next !== child) (content ??= node.content!.slice())[i] = next;
    });
    if (content) out = { ...out, content };
  }
  return out;
}

/** The document without comment marks (the same object when it has none). */
export function stripCommentMarks(doc: DocJSON): DocJSON {
  return strip(doc) as DocJSON;
}
