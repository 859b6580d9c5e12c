/**
 * The state one export carries while the mapping functions run: the
 * profile, the footnotes collected so far, the list instances handed out,
 * the heading labels and the comment ranges.
 */
import type { Paragraph, Table } from 'docx';
import type { NodeJSON } from '../../../common/document/types';
import type { Profile } from '../../../common/profile/profile';
import type { CommentPlan } from './comment-plan';
import type { SuggestionPlan } from './suggestion-plan';

/** Mutable state of one export run. */
export interface ExportContext {
  readonly profile: Profile;
  /** Footnotes by id, as `docx` wants them. */
  readonly footnotes: Record<string, { children: Paragraph[] }>;
  nextFootnoteId: number;
  /** Ordered-list instances handed out; each list gets its own so numbering restarts. */
  nextListInstance: number;
  /** Generated heading labels ('I.', '1.', 'a)', 'Phần thứ nhất') by body block. */
  readonly labels: ReadonlyMap<NodeJSON, string>;
  /** Where comment ranges open and close, or null when comments are not exported. */
  readonly comments: CommentPlan | null;
  /** Suggestions written as Word tracked changes, or null when the body has none. */
  readonly suggestions?: SuggestionPlan | null;
  /** Depth of dash lists we are inside (0 outside any list). */
  listDepth: number;
  /** Inside a table cell: paragraphs take the table text style. */
  inTable: boolean;
  /** Inside a header cell: paragraphs are bold and centred. */
  inHeaderCell: boolean;
  /** Inside a table cell: the alignment of its paragraphs (table-alignment.ts); unset outside tables. */
  cellAlign?: 'left' | 'center' | 'right';
  /** Text area width in twips while a landscape section is mapped; unset: the portrait width. */
  textWidth?: number;
  /** A `pageBreak` node was just seen: the next paragraph starts a new page. */
  pageBreakPending: boolean;
  /** Maps child blocks (list items, table cells) through the same table of mapping functions. */
  readonly mapBlocks: (nodes: readonly NodeJSON[]) => (Paragraph | Table)[];
  /** Start values of the ordered lists seen, each needing a numbering definition. */
  readonly orderedStarts: Set<number>;
  /** First numbers of the `(1)` indicator lists, by list node (indicator-numbering.ts). */
  indicatorStarts?: ReadonlyMap<NodeJSON, number>;
  /** The last body paragraph before the signature: it keeps with the closing block (never a signature alone on a page). */
  keepWithClosing?: NodeJSON | null;
}
