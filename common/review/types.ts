/**
 * Plain data of review comments: threads anchored in the text by a `comment`
 * mark carrying the thread id, and their entries (the opening comment first,
 * then the replies). This is what SQLite stores, the API returns, the review
 * copy carries and the comment panel shows.
 */

/** Who wrote a comment, as set in "Who I am" (settings). */
export interface Author {
  /** Full name, e.g. "Nguyễn Văn A". */
  readonly name: string;
  /** Role, e.g. "Phó Chánh Văn phòng"; may be ''. */
  readonly role: string;
}

/** Whether a thread still needs attention. */
export type ThreadStatus = 'open' | 'resolved';

/** One comment or reply of a thread. Text is plain text, never HTML. */
export interface Entry {
  readonly id: string;
  readonly threadId: string;
  readonly author: Author;
  /** Plain text (NFC, no control characters but newline and tab); '' once deleted. */
  readonly body: string;
  /** ISO timestamp (UTC). */
  readonly createdAt: string;
  /** ISO timestamp of the last edit, or null. */
  readonly editedAt: string | null;
  /** A deleted entry keeps its place in the thread, without its text. */
  readonly deleted: boolean;
}

/** How a suggestion was settled ("Đã chấp nhận" / "Đã từ chối"), by whom and when. */
export interface SuggestionOutcome {
  readonly outcome: 'accepted' | 'rejected';
  readonly by: Author;
  /** ISO timestamp (UTC). */
  readonly at: string;
}

/** A comment thread on a passage of a draft. */
export interface Thread {
  /** The id carried by the `comment` marks of its passage. */
  readonly id: string;
  readonly draftId: string;
  /** The passage's text when it was last seen anchored (kept when detached). */
  readonly quote: string;
  readonly status: ThreadStatus;
  /** True when no mark is left in the document ("đoạn văn đã bị xóa"). */
  readonly detached: boolean;
  /** The author of the opening comment. */
  readonly author: Author;
  readonly createdAt: string;
  /** When and by whom it was last resolved; null while open. */
  readonly resolvedAt: string | null;
  readonly resolvedBy: Author | null;
  /** The opening comment first, then the replies, oldest first. */
  readonly entries: readonly Entry[];
  /** The replies of a suggestion (thread id = suggestion id) once it is accepted or rejected: how, by whom. */
  readonly settled?: SuggestionOutcome;
}

/** A range of document positions [from, to). */
export interface DocRange {
  readonly from: number;
  readonly to: number;
}

/** Vietnamese label of a detached thread, as the panel shows it. */
export const DETACHED_LABEL = 'Đoạn văn đã bị xóa';

/** Vietnamese label of a settled suggestion's thread: "Đã chấp nhận" / "Đã từ chối" and who. */
export function settledLabel(s: SuggestionOutcome): string {
  const what = s.outcome === 'accepted' ? 'Đã chấp nhận đề xuất' : 'Đã từ chối đề xuất';
  return s.by.name ? `${what} (${s.by.name})` : what;
}

/** Vietnamese labels of the thread statuses. */
export const STATUS_LABELS: Readonly<Record<ThreadStatus, string>> = {
  open: 'Đang mở',
  resolved: 'Đã giải quyết',
};
