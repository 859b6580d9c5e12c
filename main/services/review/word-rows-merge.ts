/**
 * Table rows inserted or deleted in Word with Track Changes on
 * (`w:trPr/w:ins|w:del`), taken into a draft the way the editor records a
 * row inserted or deleted in suggestion mode: a suggestion node mark on the
 * row. A deleted row is found by its cells' text; an inserted row goes
 * between two rows (or before the first / after the last) of a table with
 * as many columns as it has cells. Pure helpers of word-suggestions-merge.ts.
 */
import type { Mark, Node as PMNode, ResolvedPos } from 'prosemirror-model';
import { cleanText } from '../../../common/document/clean-text';
import { documentSchema } from '../../../common/document/schema';
import type { TextIndex } from '../../../common/review/text-index';

/** The cells' text of a Word row change: one entry per cell (its trailing '\n' dropped). */
export function rowCells(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/** The depth of the nearest table row around `$pos`, or -1. */
function rowDepth($pos: ResolvedPos): number {
  for (let d = $pos.depth; d > 0; d--) if ($pos.node(d).type.name === 'tableRow') return d;
  return -1;
}

/** Columns of a row (colspans counted); -1 when a cell spans rows (no plain place for a new row). */
function columns(row: PMNode): number {
  let n = 0;
  let spanned = false;
  row.forEach((cell) => {
    n += Math.max(1, Number(cell.attrs.colspan) || 1);
    if (Number(cell.attrs.rowspan) > 1) spanned = true;
  });
  return spanned ? -1 : n;
}

/** A row's text as the text index gives it: cells' textblocks joined by '\n'. */
function rowText(row: PMNode): string {
  const parts: string[] = [];
  row.descendants((node) => {
    if (!node.isTextblock) return true;
    parts.push(node.textContent);
    return false;
  });
  return parts.join('\n');
}

/** Where a new row of `cells` cells goes for the text offset `k` (the row boundary there), and the row beside it; null when `k` is not at a row boundary of such a table. */
export function rowInsertionPoint(doc: PMNode, index: TextIndex, k: number, cells: number): { readonly at: number; readonly beside: PMNode } | null {
  // Before the row whose first cell starts at k.
  const startPos = k <= 0 ? index.starts[0] : index.ends[k - 1];
  if (startPos !== undefined) {
    const $p = doc.resolve(startPos);
    const d = rowDepth($p);
    let atStart = d > 0 && $p.parentOffset === 0;
    for (let j = d; atStart && j < $p.depth; j++) if ($p.index(j) !== 0) atStart = false;
    if (atStart && columns($p.node(d)) === cells) return { at: $p.before(d), beside: $p.node(d) };
  }
  // After the row whose last cell ends just before k (k is on the '\n' after it, or the end of the text).
  const endPos = k >= index.text.length ? index.ends[k - 1] : index.text[k - 1] === '\n' ? index.starts[k - 1] : undefined;
  if (endPos !== undefined) {
    const $p = doc.resolve(endPos);
    const d = rowDepth($p);
    let atEnd = d > 0 && $p.parentOffset === $p.parent.content.size;
    for (let j = d; atEnd && j < $p.depth; j++) if ($p.index(j) !== $p.node(j).childCount - 1) atEnd = false;
    if (atEnd && columns($p.node(d)) === cells) return { at: $p.after(d), beside: $p.node(d) };
  }
  return null;
}

/** A new body row holding `cells` (one paragraph each) under the insertion `mark`; column widths as the row beside it. */
export function suggestedRow(cells: readonly string[], beside: PMNode, mark: Mark): PMNode {
  const { tableRow, tableCell, paragraph } = documentSchema.nodes;
  const content = cells.map((text, i) => {
    const clean = cleanText(text);
    const colwidth = beside.childCount === cells.length ? (beside.child(i).attrs.colwidth as unknown) : null;
    return tableCell!.create(colwidth ? { colwidth } : null, paragraph!.create(null, clean ? documentSchema.text(clean) : undefined));
  });
  return tableRow!.create(null, content, [mark]);
}

/** The position of the table row whose cells' text is the deleted text starting at `from` (compared with `same`), or null. */
export function deletedRowAt(doc: PMNode, from: number, text: string, same: (a: string, b: string) => boolean): number | null {
  const $p = doc.resolve(from);
  const d = rowDepth($p);
  if (d < 0) return null;
  return same(rowText($p.node(d)), rowCells(text).join('\n')) ? $p.before(d) : null;
}
