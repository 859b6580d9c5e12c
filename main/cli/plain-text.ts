/**
 * Renders a document JSON as plain text for the terminal (`duthao show`):
 * the type name and subject, then the body, one block per line.
 */
import type { DocJSON, NodeJSON } from '../../common/document/types';

function inlineText(node: NodeJSON): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'footnote') return '';
  return (node.content ?? []).map(inlineText).join('');
}

function isTextBlock(node: NodeJSON): boolean {
  const content = node.content ?? [];
  return content.length === 0 || content.some((c) => typeof c.text === 'string' || c.type === 'hardBreak' || c.type === 'footnote');
}

function blockLines(node: NodeJSON, prefix: string): string[] {
  switch (node.type) {
    case 'documentTitle': {
      const attrs = node.attrs ?? {};
      return [attrs['documentType'], attrs['subject']].filter((s): s is string => typeof s === 'string' && s !== '');
    }
    case 'header':
    case 'closing':
    case 'pageBreak':
      return [];
    case 'resolutionClause':
      return ['QUYẾT NGHỊ:'];
    case 'bulletList':
      return (node.content ?? []).flatMap((item) => blockLines(item, '- '));
    case 'orderedList': {
      const start = typeof node.attrs?.['start'] === 'number' ? (node.attrs['start'] as number) : 1;
      return (node.content ?? []).flatMap((item, i) => blockLines(item, `${start + i}. `));
    }
    case 'listItem':
      return (node.content ?? []).flatMap((child, i) => blockLines(child, i === 0 ? prefix : ''));
    case 'tableRow':
      return [(node.content ?? []).map((cell) => blockLines(cell, '').join(' ')).join('\t')];
    default:
      if (isTextBlock(node)) return [prefix + inlineText(node)];
      return (node.content ?? []).flatMap((child) => blockLines(child, ''));
  }
}

/** The document's readable text, lines joined with '\n'. */
export function documentPlainText(doc: DocJSON): string {
  return blockLines(doc, '').join('\n');
}
