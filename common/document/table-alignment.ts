/**
 * How table cells align and what a TT column prints, shared by the editor
 * and the exporter: a cell's own `align` wins; otherwise a body cell in a
 * numeric column (every filled body cell a number: `126.838`, `7,12%`,
 * `16/19`, `-0,5`) is right-aligned, and anything else left-aligned (header
 * cells centred). A table with `ordinal` numbers its body rows in the first
 * column: 1, 2, 3…
 */
import type { NodeJSON } from './types';

/** A cell alignment. */
export type CellAlign = 'left' | 'center' | 'right';

const NUMBER = /^[-–+]?\s*[\d.,]+\s*(%|‰)?(\s*\/\s*[\d.,]+)?$/;

/** Whether a cell's text reads as a number (Vietnamese style: `126.838`, `7,12%`, `16/19`). */
export function isNumericText(text: string): boolean {
  return NUMBER.test(text.trim());
}

function textOf(node: NodeJSON): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(textOf).join(' ');
}

function isHeaderRow(row: NodeJSON): boolean {
  const cells = row.content ?? [];
  return cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
}

/** The explicit alignment of a cell, if any. */
export function cellAlignOf(cell: NodeJSON): CellAlign | null {
  const a = cell.attrs?.align;
  return a === 'left' || a === 'center' || a === 'right' ? a : null;
}

/**
 * For each grid column of a table (colspans counted), whether it is numeric:
 * at least one filled body cell, and every filled body cell (not spanning
 * columns) a number.
 */
export function numericColumns(table: NodeJSON): boolean[] {
  const filled: number[] = [];
  const numbers: number[] = [];
  const other: boolean[] = [];
  for (const row of table.content ?? []) {
    if (isHeaderRow(row)) continue;
    let col = 0;
    for (const cell of row.content ?? []) {
      const span = Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1);
      const text = textOf(cell).trim();
      if (span === 1 && text !== '') {
        filled[col] = (filled[col] ?? 0) + 1;
        if (isNumericText(text)) numbers[col] = (numbers[col] ?? 0) + 1;
        else other[col] = true;
      }
      col += span;
    }
  }
  const width = Math.max(filled.length, other.length);
  return Array.from({ length: width }, (_, i) => (filled[i] ?? 0) > 0 && !other[i] && numbers[i] === filled[i]);
}

/** The alignment a cell prints with: its own, else centred for a header or a TT cell, right in a numeric column, else left. */
export function effectiveCellAlign(cell: NodeJSON, column: number, numeric: readonly boolean[], ordinal = false): CellAlign {
  const own = cellAlignOf(cell);
  if (own) return own;
  if (cell.type === 'tableHeader' || (ordinal && column === 0)) return 'center';
  return numeric[column] ? 'right' : 'left';
}

/** The ordinal printed in the TT column of body row `bodyRowIndex` (0-based, header rows not counted). */
export function ordinalLabel(bodyRowIndex: number): string {
  return String(bodyRowIndex + 1);
}
