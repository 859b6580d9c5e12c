/**
 * Small builders shared by the header, title and closing blocks: a centred
 * line in an element style, a short rule under a line, and the borderless
 * two-column layout table.
 */
import { BorderStyle, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { ElementStyle, Profile } from '../../../../common/profile/profile';
import { toCaps } from '../runs';
import { elementRun, STYLE } from '../styles';
import { estimateTextWidthTwips } from '../units';

/** One line of an element, in its paragraph style, with explicit run formatting. */
export function elementLine(profile: Profile, styleId: string, style: ElementStyle, text: string, extra: { bold?: boolean } = {}): Paragraph {
  const printed = style.caps ? toCaps(text) : text;
  return new Paragraph({ style: styleId, children: [new TextRun({ ...elementRun(profile, style), ...extra, text: printed })] });
}

/**
 * A solid line 40 % as long as `text` (the spec asks 1/3–1/2), centred in a
 * column `columnWidth` twips wide: an empty, very low paragraph with a bottom
 * border and indents (`docx` has no drawn-line API that every reader shows).
 */
export function shortRule(style: ElementStyle, text: string, columnWidth: number): Paragraph {
  // A line longer than the column wraps: the printed line is at most the column wide.
  const longest = Math.min(columnWidth, Math.max(...text.split('\n').map((l) => estimateTextWidthTwips(l, style.size.default, style.caps, style.bold))));
  const length = Math.round(longest * 0.4);
  const indent = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    style: STYLE.rule,
    indent: { left: indent, right: indent, firstLine: 0 },
    spacing: { before: 30, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** A cell of a borderless layout table, `width` twips wide, content top-aligned. */
export function layoutCell(width: number, children: Paragraph[]): TableCell {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    borders: { top: none, bottom: none, left: none, right: none },
    children: children.length ? children : [new Paragraph({ children: [] })],
  });
}

/**
 * A borderless two-column layout table (the header block, the closing block):
 * fixed widths in twips, one row per pair of cell contents, rows never split.
 */
export function layoutTable(leftWidth: number, rightWidth: number, rows: readonly (readonly [Paragraph[], Paragraph[]])[]): Table {
  return new Table({
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // No cell padding: the long lines (quốc hiệu 13 pt bold) need the whole column width.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [layoutCell(leftWidth, left), layoutCell(rightWidth, right)] })),
  });
}

/** Splits a possibly two-line attribute into its non-empty lines. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
