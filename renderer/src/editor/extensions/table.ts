/**
 * Tables with a header row: TipTap's table extension, trimmed to exactly the
 * schema's table/tableRow/tableHeader/tableCell (no alignment attribute, no
 * column resizing: widths are set by the exporter's profile).
 */
import { Table, TableRow, TableHeader, TableCell } from '@tiptap/extension-table';
import type { Attributes } from '@tiptap/core';

function cellAttributes(parent: Attributes | undefined): Attributes {
  const p = parent ?? {};
  return {
    colspan: p.colspan ?? { default: 1 },
    rowspan: p.rowspan ?? { default: 1 },
    colwidth: p.colwidth ?? { default: null },
  };
}

/**
 * The table node, with the `landscape` attr. No node view (`View: null`): a TipTap node view is handed
 * to ProseMirror anew when the React editor mounts, which redraws the whole
 * document once more on opening; the plain rendering is all we need.
 */
export const TableNode = Table.configure({ resizable: false, View: null, HTMLAttributes: { class: 'dt-table' } }).extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      /** A wide table printed on its own A4 landscape page(s) ("Trang ngang"). */
      landscape: {
        default: false,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-landscape') === 'true',
        renderHTML: (attrs: Record<string, unknown>) => (attrs.landscape === true ? { 'data-landscape': 'true' } : {}),
      },
    };
  },
});

/** A table row. */
export const TableRowNode = TableRow;

/** A header cell (first row). */
export const TableHeaderNode = TableHeader.extend({
  addAttributes() {
    return cellAttributes(this.parent?.());
  },
});

/** A body cell. */
export const TableCellNode = TableCell.extend({
  addAttributes() {
    return cellAttributes(this.parent?.());
  },
});
