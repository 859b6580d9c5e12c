/**
 * Tables with a header row: TipTap's table extension, trimmed to exactly the
 * schema's table/tableRow/tableHeader/tableCell. Columns are resized by
 * dragging a cell border (the widths go to `colwidth` and into the export);
 * cells carry `align`; a table with `ordinal` numbers its first (TT) column.
 */
import { Table, TableRow, TableHeader, TableCell } from '@tiptap/extension-table';
import type { Attributes } from '@tiptap/core';
import { nodeAttributes, nodeShape, type AttributeBehaviour } from './fromSpec';

/** TipTap's HTML behaviour of the cell attrs (span and width parsing), with the common spec's defaults. */
function cellAttributes(name: 'tableHeader' | 'tableCell', parent: Attributes | undefined): Attributes {
  const behaviour: Record<string, AttributeBehaviour> = {};
  for (const key of ['colspan', 'rowspan', 'colwidth']) {
    const { default: _ignored, ...rest } = parent?.[key] ?? {};
    behaviour[key] = rest;
  }
  behaviour.align = {
    parseHTML: (el: HTMLElement) => {
      const a = el.getAttribute('data-align') ?? el.style.textAlign;
      return a === 'left' || a === 'center' || a === 'right' ? a : null;
    },
    renderHTML: (attrs: Record<string, unknown>) => (attrs.align ? { 'data-align': String(attrs.align), style: `text-align: ${String(attrs.align)}` } : {}),
  };
  return nodeAttributes(name, behaviour);
}

/**
 * The table node, with the `landscape` attr. No node view (`View: null`): a TipTap node view is handed
 * to ProseMirror anew when the React editor mounts, which redraws the whole
 * document once more on opening; the plain rendering is all we need.
 */
export const TableNode = Table.configure({ resizable: true, View: null, HTMLAttributes: { class: 'dt-table' } }).extend({
  ...nodeShape('table'),
  addAttributes() {
    return nodeAttributes('table', {
      /** A wide table printed on its own A4 landscape page(s) ("Trang ngang"). */
      landscape: {
        parseHTML: (el: HTMLElement) => el.getAttribute('data-landscape') === 'true',
        renderHTML: (attrs: Record<string, unknown>) => (attrs.landscape === true ? { 'data-landscape': 'true' } : {}),
      },
      /** A TT column that numbers the body rows itself ("Cột TT"). */
      ordinal: {
        parseHTML: (el: HTMLElement) => el.getAttribute('data-ordinal') === 'true',
        renderHTML: (attrs: Record<string, unknown>) => (attrs.ordinal === true ? { 'data-ordinal': 'true' } : {}),
      },
    });
  },
});

/** A table row. */
export const TableRowNode = TableRow.extend({ ...nodeShape('tableRow') });

/** A header cell (first row). */
export const TableHeaderNode = TableHeader.extend({
  ...nodeShape('tableHeader'),
  addAttributes() {
    return cellAttributes('tableHeader', this.parent?.());
  },
});

/** A body cell. */
export const TableCellNode = TableCell.extend({
  ...nodeShape('tableCell'),
  addAttributes() {
    return cellAttributes('tableCell', this.parent?.());
  },
});
