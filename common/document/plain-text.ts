/**
 * Plain text of a document, for search and snippets: every text node, plus
 * the string fields of the header, the title block, the closing and
 * footnotes (issuing body, subject, recipients…). One line per block.
 */
import type { NodeJSON } from './types';

/** Attributes that are codes or settings rather than words a user would search for. */
const NON_TEXT_ATTRS: ReadonlySet<string> = new Set(['profile', 'date', 'romanSeparator', 'thirdLevel', 'id', 'type', 'colwidth']);

/** Node types whose children are inline text: they end a line. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'partHeading', 'appendixHeading']);

function attrText(attrs: Readonly<Record<string, unknown>>, out: string[]): void {
  for (const key of Object.keys(attrs)) {
    if (NON_TEXT_ATTRS.has(key)) continue;
    const v = attrs[key];
    if (typeof v === 'string') {
      if (v.trim() !== '') out.push(v);
    } else if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'string' && item.trim() !== '') out.push(item);
    }
  }
}

function collect(node: NodeJSON, out: string[], line: string[]): void {
  if (typeof node.text === 'string') {
    line.push(node.text);
    return;
  }
  if (node.type === 'hardBreak') {
    line.push(' ');
    return;
  }
  if (node.attrs && node.type !== 'doc') {
    if (node.type === 'footnote') {
      const t = node.attrs.text;
      if (typeof t === 'string' && t.trim() !== '') line.push(` (${t}) `);
      return;
    }
    if (!TEXT_BLOCKS.has(node.type)) attrText(node.attrs, out);
  }
  if (node.type === 'resolutionClause') out.push('QUYẾT NGHỊ:');
  const content = node.content;
  if (!content) return;
  if (TEXT_BLOCKS.has(node.type)) {
    const inner: string[] = [];
    for (const child of content) collect(child, out, inner);
    if (inner.length) out.push(inner.join(''));
    return;
  }
  for (const child of content) collect(child, out, line);
}

/** The searchable plain text of a document: one block per line. */
export function documentPlainText(doc: NodeJSON): string {
  const out: string[] = [];
  collect(doc, out, out);
  return out.join('\n');
}
