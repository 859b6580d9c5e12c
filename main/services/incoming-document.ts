/**
 * A document that arrives through the API from outside the library (a file
 * given to the CLI): checked and cleaned (NFC) by `checkDocument`, the check
 * a save uses, so it is exported or checked exactly as it would be stored.
 */
import { ApiError } from '../../common/api/errors';
import { checkDocument } from '../../common/document/check';
import type { DocJSON } from '../../common/document/types';

/** The checked, NFC-normalised document; a document the check refuses is an INVALID_ARGUMENT error. */
export function incomingDocument(json: unknown): DocJSON {
  const checked = checkDocument(json);
  if (!checked.ok) throw new ApiError('INVALID_ARGUMENT', `Đây không phải văn bản DuThao hợp lệ. ${checked.message}`, checked.detail);
  return checked.doc;
}
