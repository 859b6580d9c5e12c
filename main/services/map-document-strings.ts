/**
 * Applies a function to every string a user can read in a document: text
 * nodes and string attributes (and arrays of strings, e.g. recipients).
 * Returns the same object when nothing changes.
 */
import type { DocJSON, NodeJSON } from '../../common/document/types';

/** Rewrites the strings of one node and its descendants. */
function mapNode(node: NodeJSON, fn: (s: string) => string): NodeJSON {
  let out: NodeJSON = node;
  if (typeof node.text === 'string') {
    const t = fn(node.text);
    if (t !== node.text) out = { ...out, text: t };
  }
  if (node.attrs) {
    let attrs: Record<string, unknown> | null = null;
    for (const [key, value] of Object.entries(node.attrs)) {
      let next: unknown = value;
      if (typeof value === 'string') next = fn(value);
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        const mapped = value.map((v: string) => fn(v));
        if (mapped.some((v, i) => v !== value[i])) next = mapped;
      }
      if (next !== value) (attrs ??= { ...node.attrs })[key] = next;
    }
    if (attrs) out = { ...out, attrs };
  }
  if (node.content) {
    let content: NodeJSON[] | null = null;
    node.content.forEach((child, i) => {
      const next = mapNode(child, fn);
      if (next !== child) (content ??= node.content!.slice())[i] = next;
    });
    if (content) out = { ...out, content };
  }
  return out;
}

/** The document with `fn` applied to each text and string attribute. */
export function mapDocumentStrings(doc: DocJSON, fn: (s: string) => string): DocJSON {
  return mapNode(doc, fn) as DocJSON;
}
