/**
 * The intermediate form of a Word body between reading and recognising: a
 * flat list of blocks (paragraphs and tables) with what recognition needs —
 * text runs with bold/italic/underline, line breaks, footnotes, the paragraph
 * style, alignment, Word numbering, page breaks and the page orientation of
 * its section. The readers fill it; `recognise.ts` maps it to document JSON.
 * Plain data, no Word or ProseMirror types.
 */

/** One piece of a paragraph's inline content. */
export type WordInline =
  | { readonly kind: 'text'; readonly text: string; readonly bold: boolean; readonly italic: boolean; readonly underline: boolean }
  | { readonly kind: 'break' }
  | { readonly kind: 'footnote'; readonly text: string };

/** Word automatic numbering on a paragraph. */
export interface WordNumbering {
  /** Word's numbering instance (w:numId); paragraphs of one list share it. */
  readonly numId: string;
  /** 0-based list level. */
  readonly level: number;
  /** Whether the level is numbered (decimal, letter, roman) rather than a bullet. */
  readonly ordered: boolean;
  /** The level's start value (1 when unknown). */
  readonly start: number;
}

/** A paragraph of the Word file. */
export interface WordParagraph {
  readonly kind: 'paragraph';
  /** Paragraph style id (`Heading1`, `DuThaoTitle`…) or '' for Normal. */
  readonly styleId: string;
  /** Paragraph style name (`heading 1`…) or ''. */
  readonly styleName: string;
  readonly align: 'left' | 'center' | 'right' | 'both' | '';
  readonly numbering: WordNumbering | null;
  /** "Page break before" on the paragraph. */
  readonly pageBreakBefore: boolean;
  readonly inlines: readonly WordInline[];
  /** The paragraph holds a page break (a break run) somewhere in it. */
  readonly pageBreakInside: boolean;
  /** Whether this paragraph lies in a landscape section. */
  readonly landscape: boolean;
}

/** A table cell: its blocks and spans (merged cells are one cell with spans). */
export interface WordCell {
  readonly colspan: number;
  readonly rowspan: number;
  readonly blocks: readonly WordBlock[];
}

/** A table row. */
export interface WordRow {
  /** Repeated as a header row on each page (w:tblHeader). */
  readonly header: boolean;
  readonly cells: readonly WordCell[];
}

/** A table of the Word file. */
export interface WordTable {
  readonly kind: 'table';
  readonly rows: readonly WordRow[];
  /** Whether the table lies in a landscape section. */
  readonly landscape: boolean;
}

/** A block of the Word body. */
export type WordBlock = WordParagraph | WordTable;

/** The plain text of a paragraph (breaks as '\n', footnotes left out). */
export function paragraphText(p: WordParagraph): string {
  let out = '';
  for (const i of p.inlines) {
    if (i.kind === 'text') out += i.text;
    else if (i.kind === 'break') out += '\n';
  }
  return out;
}

/** The plain text of a block: a table's cells joined by newlines. */
export function blockText(b: WordBlock): string {
  if (b.kind === 'paragraph') return paragraphText(b);
  return b.rows.map((r) => r.cells.map((c) => c.blocks.map(blockText).join('\n')).join('\n')).join('\n');
}
