/**
 * The hook through which the review feature hands comment threads to the
 * exporter, to be written as Word comments (each reply its own comment with
 * its own range and reference, as Word requires). The document's `comment`
 * marks carry the thread id; threads without a marked range are skipped.
 */

/** One message of a thread: the first comment or a reply. */
export interface ExportCommentMessage {
  readonly author: string;
  /** Initials shown in Word's margin; derived from the author when absent. */
  readonly initials?: string;
  /** ISO timestamp. */
  readonly date: string;
  /** Plain text; '\n' separates paragraphs. */
  readonly text: string;
}

/** A thread to export: the id on the `comment` marks, the first message and its replies. */
export interface ExportCommentThread {
  readonly id: string;
  readonly resolved: boolean;
  readonly comment: ExportCommentMessage;
  readonly replies: readonly ExportCommentMessage[];
}

/** Initials of a Vietnamese name ("Nguyễn Văn An" → "NVA"). */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
    .slice(0, 4);
}
