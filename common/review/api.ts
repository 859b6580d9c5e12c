/**
 * The review methods of the API contract: zod schemas of their arguments
 * (to merge into `apiMethods` of common/api/contract.ts) and their result
 * types (to merge into `ApiResults`). Comment text is cleaned here (NFC,
 * control characters removed) and refused when empty or too long, so the
 * service never sees a malformed comment.
 */
import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, checkCommentText, cleanQuote } from './comment-text';
import type { Author, Entry, Thread } from './types';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id must be letters, digits, - or _');

/** The text of a comment or reply: cleaned, then 1 to MAX_COMMENT_LENGTH characters. */
export const commentBodySchema = z
  .string()
  // Refuse absurd payloads before cleaning them (control characters may be stripped).
  .max(MAX_COMMENT_LENGTH * 2, `Nội dung góp ý quá dài (tối đa ${MAX_COMMENT_LENGTH.toLocaleString('vi-VN')} ký tự).`)
  .transform((text, ctx) => {
    const check = checkCommentText(text);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    return check.text;
  });

/** The quoted passage sent with a new thread (the selection's text). */
export const quoteSchema = z.string().max(MAX_QUOTE_LENGTH).transform(cleanQuote);

/** A review copy or a .docx, as base64 (the UI reads the file; the web host and IPC carry text). */
// 30 M base64 characters ≈ 22 MB of file, within the web host's 32 MB request limit.
const fileBase64 = z
  .string()
  .min(1)
  .max(30_000_000, 'Tệp quá lớn (tối đa khoảng 22 MB).')
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'not base64');

/** The argument schemas of the review methods. */
export const reviewApiMethods = {
  /** Threads of a draft with their entries; detached ones included. */
  listThreads: z.object({ draftId: id }).strict(),
  /**
   * Opens a thread on a passage. The editor adds the `comment` mark with
   * `threadId` (made by the UI with `newReviewId`) and saves the document;
   * the author comes from the settings ("Who I am"). When the stored
   * document has no mark of `threadId` (an autosave stored it before the
   * thread existed, so the save removed it as an orphan), the service marks
   * `quote` itself, at the occurrence nearest `at` (the passage's document
   * position in the editor).
   */
  addThread: z
    .object({ draftId: id, threadId: id.optional(), quote: quoteSchema, body: commentBodySchema, at: z.number().int().min(0).max(1e9).optional() })
    .strict(),
  /** Adds a reply to a thread. */
  addReply: z.object({ threadId: id, body: commentBodySchema }).strict(),
  /** Changes the text of one's own entry. */
  editEntry: z.object({ entryId: id, body: commentBodySchema }).strict(),
  /** Deletes one's own entry (the thread's opening entry deletes the whole thread when it has no replies). */
  deleteEntry: z.object({ entryId: id }).strict(),
  /** Resolves or reopens a thread. */
  setThreadResolved: z.object({ threadId: id, resolved: z.boolean() }).strict(),
  /** Open comment counts for the library, by draft id. */
  countOpenThreads: z.object({ draftIds: z.array(id).max(10_000) }).strict(),
  /** Builds a review copy (.duthao) of a draft. */
  exportReviewCopy: z.object({ draftId: id }).strict(),
  /** Merges a returned review copy into its draft (comments only; the text is never overwritten). */
  mergeReviewCopy: z.object({ draftId: id, file: fileBase64 }).strict(),
  /**
   * Opens a review copy on this machine (the reviewer's): creates the draft
   * with the copy's id, document and threads. If that draft already exists
   * here, its text is kept and the copy's comments are merged into it.
   */
  openReviewCopy: z.object({ file: fileBase64 }).strict(),
  /**
   * Takes the comments of a .docx (edited in Word) into a draft, and its
   * tracked changes as suggestions (đề xuất sửa) unless `trackedChanges` is
   * false (a new document imported from that file has resolved them already).
   */
  importWordComments: z.object({ draftId: id, file: fileBase64, trackedChanges: z.boolean().optional() }).strict(),
  /**
   * The drafter accepted or rejected these suggestions in the editor (one
   * call per click, not per keystroke): remembered with who and when, so
   * their reply threads show "Đã chấp nhận" / "Đã từ chối" and a review copy
   * merged again does not bring them back. Returns the draft's threads.
   */
  recordSuggestionOutcomes: z
    .object({ draftId: id, ids: z.array(id).min(1).max(10_000), outcome: z.enum(['accepted', 'rejected']) })
    .strict(),
} as const;

/** The name of a review method. */
export type ReviewApiMethod = keyof typeof reviewApiMethods;

/** Tracked changes (revisions) found in an imported Word file, which DuThao does not take over. */
export interface TrackedChanges {
  /** `w:ins` elements (inserted text or paragraph marks). */
  readonly insertions: number;
  /** `w:del` elements. */
  readonly deletions: number;
  /** Moved passages (`w:moveFrom`/`w:moveTo` pairs). */
  readonly moves: number;
}

/** What a merge of a review copy or a Word file added. */
export interface MergeReport {
  /** New threads, with their entries. */
  readonly addedThreads: readonly Thread[];
  /** New replies on threads the draft already had. */
  readonly addedEntries: readonly Entry[];
  /** Ids of added threads whose passage is no longer in the text (kept detached). */
  readonly detached: readonly string[];
  /** Threads and entries already present (a second import adds nothing). */
  readonly skipped: number;
  /** The draft's new revision when its document changed (marks added), else null. */
  readonly revision: number | null;
  /** Word import only: tracked changes in the file, not taken over (the user is told). */
  readonly trackedChanges?: TrackedChanges;
  /** Threads and replies refused because their id belongs to another draft's comment. */
  readonly conflicts?: number;
  /**
   * Review copies: suggestions added, those brought in as conflicting ("Xung
   * đột: đoạn văn đã thay đổi"), and those not brought back because the
   * drafter has accepted or rejected them since ("đã xử lý trước đó").
   */
  readonly suggestions?: { readonly added: number; readonly conflicting: number; readonly settled?: number };
  /** Word import only: the file's tracked changes taken into the draft as suggestions (đề xuất sửa). */
  readonly wordSuggestions?: WordSuggestionsReport;
}

/** What a Word import did with the file's tracked changes. */
export interface WordSuggestionsReport {
  /** Suggestions added to the draft. */
  readonly added: number;
  /** Changes the draft already had (merged before, or its own suggestions come back from Word). */
  readonly skipped: number;
  /** Changes merged before and accepted or rejected since (present only when there are some): not brought back. */
  readonly settled?: number;
  /** Changes whose passage was not found in the draft (kind, author, text cut to 200 characters). */
  readonly unmatched: ReadonlyArray<{ readonly kind: 'insertion' | 'deletion' | 'modification'; readonly author: string; readonly text: string }>;
  /**
   * Formatting changes not taken over (present only when there are some): run formatting other than
   * bold / italic / underline (colour, size, font…), and paragraph / table / section formatting
   * (the draft's paragraphs follow the official format).
   */
  readonly notTaken?: { readonly otherFormat: number; readonly paragraphFormat: number };
}

/** A review copy as a file to save. */
export interface ReviewCopyFile {
  /** Suggested file name, e.g. "Báo cáo công tác năm 2025 (góp ý).duthao". */
  readonly fileName: string;
  /** The file's bytes as base64. */
  readonly file: string;
}

/** What each review method returns. */
export interface ReviewApiResults {
  listThreads: Thread[];
  addThread: Thread;
  addReply: Entry;
  editEntry: Entry;
  /** The thread after the deletion, or null when the thread itself was deleted. */
  deleteEntry: { readonly threadId: string; readonly thread: Thread | null };
  setThreadResolved: Thread;
  countOpenThreads: Record<string, number>;
  exportReviewCopy: ReviewCopyFile;
  mergeReviewCopy: MergeReport;
  openReviewCopy: {
    readonly draftId: string;
    readonly title: string;
    readonly exportedBy: Author;
    readonly exportedAt: string;
    readonly threadCount: number;
    /** True when the draft was created here; false when it existed and the copy's comments were merged into it. */
    readonly created: boolean;
  };
  importWordComments: MergeReport;
  recordSuggestionOutcomes: Thread[];
}
