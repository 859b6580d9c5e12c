/**
 * Tables: full grid, the width of the text area (of a landscape page for a
 * `landscape` table, placed in its own section by `body-sections.ts`), header rows repeated on
 * each page, rows never split across pages, the table text size inside.
 * Column widths follow the editor's (dragged) `colwidth`; cells align as
 * `table-alignment.ts` decides (numbers right); a TT column numbers itself.
 * A row suggested for insertion or deletion as a whole is a tracked row
 * (`w:trPr/w:ins|w:del`, suggestion-plan.ts).
 */
import { BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { NodeJSON } from '../../../../common/document/types';
import { effectiveCellAlign, numericColumns, ordinalLabel } from '../../../../common/document/table-alignment';
import type { ExportContext } from '../context';
import { STYLE } from '../styles';
import { textWidthTwips } from '../units';
import type { Block, BlockMapper } from './types';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function span(cell: NodeJSON): number {
  return Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1);
}

/** Column widths in twips: from the editor's `colwidth` when every column has one, else equal; scaled to `total`. */
function columnWidths(firstRow: NodeJSON | undefined, total: number): number[] {
  const widths: (number | null)[] = [];
  for (const cell of firstRow?.content ?? []) {
    const cw = Array.isArray(cell.attrs?.colwidth) ? (cell.attrs.colwidth as unknown[]) : null;
    for (let i = 0; i < span(cell); i++) widths.push(typeof cw?.[i] === 'number' && (cw[i] as number) > 0 ? (cw[i] as number) : null);
  }
  const n = Math.max(1, widths.length);
  const known = widths.every((w) => w !== null) ? (widths as number[]) : new Array<number>(n).fill(1);
  const sum = known.reduce((a, b) => a + b, 0);
  return known.map((w) => Math.floor((w / sum) * total));
}

function isHeaderRow(row: NodeJSON): boolean {
  const cells = row.content ?? [];
  return cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
}

/** The row options of a row inserted or deleted as a whole (a tracked row), when a suggestion says so. */
function rowRevision(row: NodeJSON, ctx: ExportContext): { insertion?: { id: number; author: string; date: string }; deletion?: { id: number; author: string; date: string } } {
  const revision = ctx.suggestions?.rows.get(row);
  if (!revision || !ctx.suggestions) return {};
  const change = { id: ctx.suggestions.nextId(), ...revision.origin };
  return revision.kind === 'insertion' ? { insertion: change } : { deletion: change };
}

/** Maps a `table` node. */
export const mapTable: BlockMapper = (node, ctx) => {
  const rows = node.content ?? [];
  const total = ctx.textWidth ?? textWidthTwips(ctx.profile);
  const widths = columnWidths(rows[0], total);
  const numeric = numericColumns(node);
  const ordinal = node.attrs?.ordinal === true;
  let bodyRow = 0;
  let leading = true;
  const wasInTable = ctx.inTable;
  const wasAlign = ctx.cellAlign;
  ctx.inTable = true;
  try {
    const tableRows = rows.map((row) => {
      const header = leading && isHeaderRow(row);
      if (!header) leading = false;
      const ordinalText = !header && !isHeaderRow(row) ? ordinalLabel(bodyRow++) : null;
      let col = 0;
      const cells = (row.content ?? []).map((cell, ci) => {
        const cs = span(cell);
        const width = widths.slice(col, col + cs).reduce((a, b) => a + b, 0);
        ctx.inHeaderCell = cell.type === 'tableHeader';
        ctx.cellAlign = effectiveCellAlign(cell, col, numeric, ordinal);
        col += cs;
        // A TT column numbers its body rows itself, whatever the cell holds.
        const content = ordinal && ci === 0 && ordinalText !== null ? [{ type: 'paragraph', content: [{ type: 'text', text: ordinalText }] }] : (cell.content ?? []);
        let children: Block[] = ctx.mapBlocks(content);
        ctx.inHeaderCell = false;
        if (children.length === 0) children = [new Paragraph({ style: STYLE.tableText, children: [] })];
        return new TableCell({
          children: children as (Paragraph | Table)[],
          width: { size: width, type: WidthType.DXA },
          ...(cs > 1 ? { columnSpan: cs } : {}),
          ...(Number(cell.attrs?.rowspan ?? 1) > 1 ? { rowSpan: Number(cell.attrs?.rowspan) } : {}),
        });
      });
      return new TableRow({ children: cells, cantSplit: true, ...(header ? { tableHeader: true } : {}), ...rowRevision(row, ctx) });
    });
    return [
      new Table({
        rows: tableRows,
        width: { size: total, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: GRID,
      }),
    ];
  } finally {
    ctx.inTable = wasInTable;
    ctx.cellAlign = wasAlign;
  }
};


/**
 * The 6 pt paragraph written after a table: Word needs a paragraph between
 * two tables and at the end of a cell, and the text after a table needs a
 * gap. Left out before a page break, where it could spill onto a page of its
 * own.
 */
export function tableSpacer(): Paragraph {
  return new Paragraph({ style: STYLE.tableText, spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] });
}
