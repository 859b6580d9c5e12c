/**
 * The DuThao document schema: the one model shared by the editor (TipTap
 * builds the same schema from its extensions, checked by a test), the store,
 * the exporter and the templates. Pure prosemirror-model: no DOM, no Node.
 *
 * Top level is fixed: header → documentTitle → body → closing.
 * The structural parts are atoms whose fields live in attrs, so typing,
 * select-all-delete, paste or drag cannot remove or reorder them.
 */
import { Schema, type NodeSpec, type MarkSpec } from 'prosemirror-model';

/** Attributes of the header block (tiêu đề / quốc hiệu, cơ quan, số, địa danh, ngày). */
export interface HeaderAttrs {
  readonly profile: 'dang' | 'nha-nuoc';
  /** Cơ quan cấp trên (optional; one line). */
  readonly superiorBody: string;
  /** Cơ quan ban hành; may hold two lines separated by '\n'. */
  readonly issuingBody: string;
  /** The digits of the number only; '' leaves a blank for the clerk. */
  readonly number: string;
  /** Document type code: BC, NQ, QĐ… ('' for công văn in nha-nuoc). */
  readonly typeCode: string;
  /** Issuing body code: TU, UBND, VPTU… */
  readonly bodyCode: string;
  /** Địa danh. */
  readonly place: string;
  /** ISO date yyyy-mm-dd, or '' when not set. */
  readonly date: string;
  /** Whether the DỰ THẢO mark is shown. */
  readonly draftMark: boolean;
  /** Dự thảo lần N; 0 means no round printed. */
  readonly draftRound: number;
  /** '' | KHẨN | THƯỢNG KHẨN | HỎA TỐC */
  readonly urgency: string;
  /** '' | MẬT | TỐI MẬT | TUYỆT MẬT */
  readonly secrecy: string;
  /** Top-level heading number style: `I.` or `I-`. */
  readonly romanSeparator: '.' | '-';
  /** Third-level heading style: `a)` or `2.1.`. */
  readonly thirdLevel: 'letter' | 'decimal';
}

/** Attributes of the type name and subject block. */
export interface DocumentTitleAttrs {
  /** Tên loại văn bản, caps: BÁO CÁO, NGHỊ QUYẾT… */
  readonly documentType: string;
  /** Trích yếu, begins lower case. */
  readonly subject: string;
}

/** Attributes of the closing block (signature + Nơi nhận). */
export interface ClosingAttrs {
  /** Quyền hạn: T/M BAN THƯỜNG VỤ, TM. ỦY BAN NHÂN DÂN… */
  readonly authority: string;
  /** Chức vụ: BÍ THƯ, CHỦ TỊCH… */
  readonly signerTitle: string;
  /** Họ tên người ký. */
  readonly signerName: string;
  /** Nơi nhận, one entry per line, without the leading '- '; the Lưu line is last. */
  readonly recipients: readonly string[];
}

export const DEFAULT_HEADER_ATTRS: HeaderAttrs = {
  profile: 'dang',
  superiorBody: '',
  issuingBody: '',
  number: '',
  typeCode: 'BC',
  bodyCode: 'TU',
  place: '',
  date: '',
  draftMark: true,
  draftRound: 1,
  urgency: '',
  secrecy: '',
  romanSeparator: '.',
  thirdLevel: 'letter',
};

export const DEFAULT_DOCUMENT_TITLE_ATTRS: DocumentTitleAttrs = {
  documentType: 'BÁO CÁO',
  subject: '',
};

export const DEFAULT_CLOSING_ATTRS: ClosingAttrs = {
  authority: '',
  signerTitle: '',
  signerName: '',
  recipients: [],
};

/**
 * The marks a block may carry as node marks: the suggestion marks, which mark
 * a whole paragraph, list item or cell as suggested-inserted / -deleted, or
 * record a suggested change of its attributes (see `markSpecs`).
 */
const SUGGESTION_NODE_MARKS = 'insertion deletion modification';

function attrsOf(defaults: object): NodeSpec['attrs'] {
  const attrs: Record<string, { default: unknown }> = {};
  for (const [k, v] of Object.entries(defaults)) attrs[k] = { default: v };
  return attrs;
}

/** Node specs by name. Their order is the schema's node order. */
export const nodeSpecs: Record<string, NodeSpec> = {
  doc: { content: 'header documentTitle body closing' },
  header: { atom: true, selectable: false, draggable: false, defining: true, isolating: true, attrs: attrsOf(DEFAULT_HEADER_ATTRS) },
  documentTitle: { atom: true, selectable: false, draggable: false, defining: true, isolating: true, attrs: attrsOf(DEFAULT_DOCUMENT_TITLE_ATTRS) },
  body: { content: 'block+', defining: true, isolating: true, marks: SUGGESTION_NODE_MARKS },
  closing: { atom: true, selectable: false, draggable: false, defining: true, isolating: true, attrs: attrsOf(DEFAULT_CLOSING_ATTRS) },
  /** Body paragraph. `guidance` marks grey template hints that vanish when typed over. */
  paragraph: { group: 'block', content: 'inline*', attrs: { guidance: { default: false } } },
  /** "Phần thứ nhất" / "Phần I": a part above the Roman sections; its label is generated. */
  partHeading: { group: 'block', content: 'inline*', defining: true },
  /** Section heading: level 1 = `I.`, 2 = `1.`, 3 = `a)` or `2.1.`; numbers are generated. */
  heading: { group: 'block', content: 'inline*', defining: true, attrs: { level: { default: 1 } } },
  /** Dash list (`- item`). */
  bulletList: { group: 'block', content: 'listItem+', marks: SUGGESTION_NODE_MARKS },
  /**
   * Numbered list (`1.`, `2.`…). `type` `(1)` numbers resolution indicators
   * `(1)`, `(2)`…; with `continueNumbering` such a list goes on from the
   * previous `(1)` list instead of starting at `start` (indicator-numbering.ts).
   */
  orderedList: { group: 'block', content: 'listItem+', marks: SUGGESTION_NODE_MARKS, attrs: { start: { default: 1 }, type: { default: null }, continueNumbering: { default: false } } },
  listItem: { content: 'paragraph block*', defining: true, marks: SUGGESTION_NODE_MARKS },
  /**
   * A table; `landscape` puts it on its own A4 landscape page(s) for a wide
   * table; `ordinal` makes its first column a TT column that numbers the
   * body rows itself (1, 2, 3…), whatever is typed there.
   */
  table: { group: 'block', content: 'tableRow+', tableRole: 'table', isolating: true, marks: SUGGESTION_NODE_MARKS, attrs: { landscape: { default: false }, ordinal: { default: false } } },
  tableRow: { content: '(tableCell | tableHeader)*', tableRole: 'row', marks: SUGGESTION_NODE_MARKS },
  /** A header cell; `align` left / center / right, or null for the default (see table-alignment.ts). */
  tableHeader: { content: 'block+', tableRole: 'header_cell', isolating: true, marks: SUGGESTION_NODE_MARKS, attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null }, align: { default: null } } },
  /** A body cell; `align` left / center / right, or null: right in a numeric column, else left. */
  tableCell: { content: 'block+', tableRole: 'cell', isolating: true, marks: SUGGESTION_NODE_MARKS, attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null }, align: { default: null } } },
  /** The resolution's operative line `QUYẾT NGHỊ:`, centred, caps, bold. */
  resolutionClause: { group: 'block', atom: true },
  /**
   * "Kính gửi": the bodies a state document (or a công văn) is addressed to,
   * first in the body, under the subject. One name prints "Kính gửi: X." on
   * one line; several print "Kính gửi:" then one "- X;" line each, the last
   * ending ".". Names are stored without the dash and the end punctuation.
   */
  addressees: { group: 'block', atom: true, draggable: false, attrs: { names: { default: [] } } },
  pageBreak: { group: 'block', atom: true },
  /**
   * Starts an appendix (Phụ lục), which runs to the next appendixHeading or the
   * end of the body. The content is the appendix title; the label ("Phụ lục",
   * "Phụ lục I"…) and the "(Kèm theo …)" line are generated; `note`, when not
   * empty, replaces the generated "(Kèm theo …)" text.
   */
  appendixHeading: { group: 'block', content: 'inline*', defining: true, attrs: { note: { default: '' } } },
  text: { group: 'inline' },
  hardBreak: { group: 'inline', inline: true, selectable: false },
  /** A footnote; its text is plain and lives in the attr. */
  footnote: { group: 'inline', inline: true, atom: true, attrs: { text: { default: '' } } },
};

/** Attributes shared by the three suggestion marks. */
const SUGGESTION_ATTRS = { id: { default: '' }, author: { default: '' }, date: { default: '' } } as const;

/** Names of the suggestion marks. */
export const SUGGESTION_MARK_NAMES: readonly string[] = ['insertion', 'deletion', 'modification'];

/** Mark specs by name. */
export const markSpecs: Record<string, MarkSpec> = {
  bold: {},
  italic: {},
  underline: {},
  /** A review comment; carries only the thread id. Overlapping allowed. */
  comment: { attrs: { id: { default: '' } }, inclusive: false, excludes: '' },
  /**
   * Suggestion marks ("Chế độ đề xuất sửa", docs/suggestions.md), named and
   * shaped as in `@handlewithcare/prosemirror-suggest-changes@0.1.8`, plus
   * who and when. `id` is `s-…`, unique per draft; one suggestion may span
   * several text nodes and blocks. `author` is the reviewer's or drafter's
   * name ('' when unknown, e.g. from a Word file without one); `date` is
   * ISO 8601 UTC (`2026-12-04T13:05:00Z`, '' when unknown). Values:
   * `attr-rules.ts`. Text suggested for insertion (shown underlined).
   */
  insertion: { attrs: SUGGESTION_ATTRS, inclusive: false, excludes: 'deletion modification insertion' },
  /** Text suggested for deletion (kept in the document, shown struck through). */
  deletion: { attrs: SUGGESTION_ATTRS, inclusive: false, excludes: 'insertion modification deletion' },
  /**
   * A suggested change of formatting or of a block attribute: `type` is
   * `mark` (previousValue / newValue: mark JSON such as `{ type: 'bold' }`, or
   * null for none), `attr` (`attrName` changed from previousValue to
   * newValue) or `nodeType` (previousValue / newValue: node type names).
   */
  modification: {
    attrs: { ...SUGGESTION_ATTRS, type: { default: 'mark' }, attrName: { default: null }, previousValue: { default: null }, newValue: { default: null } },
    inclusive: false,
    excludes: 'deletion insertion',
  },
};

/** The document schema. */
export const documentSchema = new Schema({ nodes: nodeSpecs, marks: markSpecs, topNode: 'doc' });
