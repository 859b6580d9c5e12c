/**
 * Checks a document JSON before the editor opens it, with the one gatekeeper
 * (`checkDocument`: schema, attribute values, depth, text cleaning); when it
 * does not pass, salvages what it can and says what the first problem was.
 */
import type { DocJSON } from '../../../common/document/types';
import { checkDocument } from '../../../common/document/check';
import { salvageDocument } from '../../../common/document/salvage';

/** The document to open, and a Vietnamese notice when it had to be salvaged. */
export interface LoadedDocument {
  readonly doc: DocJSON;
  readonly notice: string | null;
}

/** Checks `json` and returns a document the editor can open. */
export function loadDocument(json: unknown): LoadedDocument {
  const result = checkDocument(json);
  if (result.ok) return { doc: result.doc, notice: null };
  const salvaged = salvageDocument(json);
  return {
    doc: salvaged.doc,
    notice: `Tệp dự thảo có lỗi (${result.message.replace(/\.$/, "")}); đã mở phần đọc được.`,
  };
}
