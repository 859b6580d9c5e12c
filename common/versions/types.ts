/**
 * Plain types of versions ("dự thảo lần N") and of a comparison between two
 * states of a draft. Shared by the service, the CLI and the compare view.
 */
import type { DocJSON } from '../document/types';
import type { Thread } from '../review/types';

/** What made a version. */
export type VersionTrigger =
  | 'manual'
  | 'export-final'
  | 'export-draft'
  | 'review-copy'
  | 'before-merge'
  | 'before-word-import'
  | 'before-restore'
  | 'restore';

/** Vietnamese labels of the triggers, as the version list shows them. */
export const VERSION_TRIGGER_LABELS: Readonly<Record<VersionTrigger, string>> = {
  manual: 'Lưu bằng tay',
  'export-final': 'Khi xuất bản chính thức',
  'export-draft': 'Khi xuất bản dự thảo',
  'review-copy': 'Khi đóng gói bản góp ý',
  'before-merge': 'Trước khi nhập góp ý',
  'before-word-import': 'Trước khi nhập góp ý từ Word',
  'before-restore': 'Trước khi khôi phục',
  restore: 'Khôi phục phiên bản cũ',
};

/** A version as the list shows it. */
export interface VersionSummary {
  readonly draftId: string;
  /** 1, 2, 3… per draft; "DỰ THẢO lần N" on a draft export follows it. */
  readonly number: number;
  readonly label: string;
  readonly trigger: VersionTrigger;
  /** Who made it (settings "Tôi là ai"; '' when not set). */
  readonly author: string;
  /** ISO timestamp (UTC). */
  readonly createdAt: string;
  /** Words in the document (body, header fields and closing). */
  readonly words: number;
  /** Bytes it takes in the database (compressed document and threads). */
  readonly storedBytes: number;
}

/** A version with its frozen document and comment threads. */
export interface VersionDetail extends VersionSummary {
  readonly doc: DocJSON;
  readonly threads: Thread[];
}

/** One piece of a word-level diff. */
export interface WordPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** One changed header, title or closing field. */
export interface FieldChange {
  readonly field: string;
  /** Vietnamese name of the field, e.g. "Số", "Trích yếu". */
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly parts: WordPart[];
}

/** One changed table cell (row and column from 1). */
export interface CellChange {
  readonly row: number;
  readonly column: number;
  readonly before: string;
  readonly after: string;
  readonly parts: WordPart[];
}

/** What happened to a block between the two states. */
export type BlockChangeKind = 'same' | 'added' | 'removed' | 'changed' | 'movedFrom' | 'movedTo' | 'split' | 'merged';

/** One row of the comparison, in reading order of the newer state (removed and moved-away rows at their old place). */
export interface BlockChange {
  readonly kind: BlockChangeKind;
  /** Block type: paragraph, heading 1…, table… (Vietnamese label for the UI). */
  readonly blockLabel: string;
  /** Text before (absent for added rows); for a merge, the old blocks joined with a blank line. */
  readonly before?: string;
  /** Text after (absent for removed rows); for a split, the new blocks joined with a blank line. */
  readonly after?: string;
  /** Word-level changes, for changed, split and merged rows. */
  readonly parts?: WordPart[];
  /** Changed cells, for a changed table. */
  readonly cells?: CellChange[];
}

/** The comparison of two states of a draft. */
export interface DocumentDiff {
  readonly fields: FieldChange[];
  readonly blocks: BlockChange[];
  /** Counts for a one-line summary. */
  readonly stats: { readonly added: number; readonly removed: number; readonly changed: number; readonly moved: number };
}
