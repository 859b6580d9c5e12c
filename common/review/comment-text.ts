/**
 * Rules for the text of a comment or reply: plain text in NFC, at most
 * `MAX_COMMENT_LENGTH` characters, no control characters but newline and
 * tab. HTML is not stripped: "<b>" stays the four characters it is, and the
 * UI renders it as text.
 */
import { toNfc } from '../text/normalize';

/** The longest comment or reply, in characters (UTF-16 units). */
export const MAX_COMMENT_LENGTH = 10_000;

/** The longest quoted passage kept with a thread. */
export const MAX_QUOTE_LENGTH = 100_000;

// C0 controls but \t and \n, DEL, C1 controls, and the line/paragraph separators.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Cleans text for storage: NFC, CRLF/CR → LF, control characters removed, outer blank lines trimmed. */
export function cleanCommentText(text: string): string {
  return toNfc(text)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(/^\s*\n/, '')
    .trimEnd();
}

/** Cleans a quoted passage: NFC, no control characters but newline and tab. */
export function cleanQuote(text: string): string {
  return toNfc(text).replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
}

/** The outcome of checking a comment's text. */
export type CommentTextCheck =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** Checks and cleans the text of a comment or reply; the message is Vietnamese. */
export function checkCommentText(text: string): CommentTextCheck {
  const clean = cleanCommentText(text);
  if (clean.trim() === '') return { ok: false, message: 'Nội dung góp ý không được để trống.' };
  if (clean.length > MAX_COMMENT_LENGTH) {
    return {
      ok: false,
      message: `Nội dung góp ý quá dài (${clean.length.toLocaleString('vi-VN')} ký tự; tối đa ${MAX_COMMENT_LENGTH.toLocaleString('vi-VN')}).`,
    };
  }
  return { ok: true, text: clean };
}
