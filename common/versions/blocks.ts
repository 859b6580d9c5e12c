/**
 * Flattens a document into what the compare view lines up: the header,
 * title and closing fields, and the body as a list of blocks (paragraphs,
 * headings, list items, tables as grids of cell texts).
 */
import { partOf } from '../document/accessors';
import type { NodeJSON } from '../document/types';

/** One comparable body block. */
export interface CompareBlock {
  /** Block type key: paragraph, heading-1, listItem, table… */
  readonly kind: string;
  /** Plain text, NFC (a table: its cells, tab- and line-separated). */
  readonly text: string;
  /** A table's cell texts by row. */
  readonly cells?: readonly (readonly string[])[];
}

/** One header/title/closing field with its Vietnamese name. */
export interface CompareField {
  readonly field: string;
  readonly label: string;
  readonly value: string;
}

const FIELD_LABELS: ReadonlyArray<readonly [node: string, attr: string, label: string]> = [
  ['header', 'superiorBody', 'Cơ quan cấp trên'],
  ['header', 'issuingBody', 'Cơ quan ban hành'],
  ['header', 'number', 'Số'],
  ['header', 'typeCode', 'Ký hiệu loại văn bản'],
  ['header', 'bodyCode', 'Ký hiệu cơ quan'],
  ['header', 'place', 'Địa danh'],
  ['header', 'date', 'Ngày ban hành'],
  ['header', 'urgency', 'Độ khẩn'],
  ['header', 'secrecy', 'Độ mật'],
  ['documentTitle', 'documentType', 'Tên loại văn bản'],
  ['documentTitle', 'subject', 'Trích yếu'],
  ['closing', 'authority', 'Quyền hạn ký'],
  ['closing', 'signerTitle', 'Chức vụ người ký'],
  ['closing', 'signerName', 'Người ký'],
  ['closing', 'recipients', 'Nơi nhận'],
];

const BLOCK_LABELS: Readonly<Record<string, string>> = {
  paragraph: 'Đoạn văn',
  'heading-1': 'Đề mục cấp 1',
  'heading-2': 'Đề mục cấp 2',
  'heading-3': 'Đề mục cấp 3',
  'heading-4': 'Đề mục cấp 4',
  partHeading: 'Phần',
  appendixHeading: 'Phụ lục',
  listItem: 'Mục liệt kê',
  table: 'Bảng',
  resolutionClause: 'QUYẾT NGHỊ',
  pageBreak: 'Ngắt trang',
};

/** The Vietnamese name of a block kind. */
export function blockLabel(kind: string): string {
  return BLOCK_LABELS[kind] ?? kind;
}

function fieldValue(value: unknown): string {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join('\n').normalize('NFC');
  return '';
}

/** The fields of the header, title block and closing. */
export function compareFields(doc: NodeJSON): CompareField[] {
  const parts = new Map<string, NodeJSON>();
  for (const n of doc.content ?? []) parts.set(n.type, n);
  return FIELD_LABELS.map(([node, attr, label]) => ({ field: `${node}.${attr}`, label, value: fieldValue(parts.get(node)?.attrs?.[attr]) }));
}

/** Inline text of a text block: text, a space for a line break, "(footnote)" for a footnote. */
function inlineText(node: NodeJSON): string {
  let out = '';
  for (const c of node.content ?? []) {
    if (typeof c.text === 'string') out += c.text;
    else if (c.type === 'hardBreak') out += ' ';
    else if (c.type === 'footnote') out += ` (${String(c.attrs?.text ?? '')})`;
  }
  return out.normalize('NFC');
}

/** All text inside a node, blocks separated by a space (a table cell). */
function deepText(node: NodeJSON): string {
  const parts: string[] = [];
  const walk = (n: NodeJSON) => {
    if (n.content && n.content.some((c) => typeof c.text === 'string' || c.type === 'hardBreak' || c.type === 'footnote')) {
      parts.push(inlineText(n));
      return;
    }
    for (const c of n.content ?? []) walk(c);
  };
  walk(node);
  return parts.join(' ').trim();
}

function pushBlocks(node: NodeJSON, out: CompareBlock[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'partHeading':
    case 'appendixHeading':
      out.push({ kind: node.type, text: inlineText(node) });
      return;
    case 'heading':
      out.push({ kind: `heading-${Number(node.attrs?.level ?? 1)}`, text: inlineText(node) });
      return;
    case 'bulletList':
    case 'orderedList':
      for (const item of node.content ?? []) {
        for (const [i, child] of (item.content ?? []).entries()) {
          if (i === 0 && child.type === 'paragraph') out.push({ kind: 'listItem', text: inlineText(child) });
          else pushBlocks(child, out);
        }
      }
      return;
    case 'table': {
      const cells = (node.content ?? []).map((row) => (row.content ?? []).map(deepText));
      out.push({ kind: 'table', text: cells.map((r) => r.join('\t')).join('\n'), cells });
      return;
    }
    case 'resolutionClause':
      out.push({ kind: 'resolutionClause', text: 'QUYẾT NGHỊ:' });
      return;
    case 'pageBreak':
      out.push({ kind: 'pageBreak', text: '' });
      return;
    default:
      for (const c of node.content ?? []) pushBlocks(c, out);
  }
}

/** The body's blocks in reading order (empty paragraphs left out). */
export function compareBlocks(doc: NodeJSON): CompareBlock[] {
  const body = partOf(doc, 'body');
  const out: CompareBlock[] = [];
  for (const n of body?.content ?? []) pushBlocks(n, out);
  return out.filter((b) => b.kind === 'pageBreak' || b.kind === 'table' || b.text.trim() !== '');
}
