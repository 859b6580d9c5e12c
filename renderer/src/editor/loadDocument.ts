/**
 * Validates a document JSON before the editor opens it; when it does not fit
 * the schema, salvages what it can and says where the first problem was.
 */
import type { DocJSON } from '../../../common/document/types';
import { validateDocument } from '../../../common/document/validate';
import { salvageDocument } from '../../../common/document/salvage';

/** The document to open, and a Vietnamese notice when it had to be salvaged. */
export interface LoadedDocument {
  readonly doc: DocJSON;
  readonly notice: string | null;
}

/** Checks `json` and returns a document the editor can open. */
export function loadDocument(json: unknown): LoadedDocument {
  const result = validateDocument(json);
  if (result.ok) return { doc: json as DocJSON, notice: null };
  const salvaged = salvageDocument(json);
  return {
    doc: salvaged.doc,
    notice: `Tệp dự thảo có lỗi ở ${result.path}; đã mở phần đọc được.`,
  };
}
