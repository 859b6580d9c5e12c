/**
 * A document that arrives through the API from outside the library (a file
 * given to the CLI): checked and normalised (NFC) by the same check a save
 * uses, so it is exported or checked exactly as it would be stored.
 */
import { ApiError } from '../../common/api/errors';
import type { DocJSON } from '../../common/document/types';
import { checkAndNormalizeDocument } from './document-check';

/** The checked, NFC-normalised document; a document the schema refuses is an INVALID_ARGUMENT error. */
export function incomingDocument(json: unknown): DocJSON {
  const checked = checkAndNormalizeDocument(json);
  if (!checked.ok) {
    throw new ApiError('INVALID_ARGUMENT', 'Đây không phải văn bản DuThao hợp lệ.', `${checked.path}: ${checked.message}`);
  }
  return checked.doc;
}
