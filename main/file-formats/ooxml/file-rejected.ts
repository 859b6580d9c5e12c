/**
 * The one error for "this file from outside is not acceptable": a zip that
 * inflates too far or is not a zip, an XML part that is not well-formed,
 * too deep or too big. It is an `ApiError` (INVALID_ARGUMENT), so it crosses
 * the API unchanged and the CLI prints it as `Lỗi: … (detail)`.
 */
import { ApiError } from '../../../common/api/errors';

/** Why a file was refused, for callers and tests that tell reasons apart. */
export type FileProblem =
  | 'not-zip' // not a zip archive at all (or truncated past its directory)
  | 'zip-unsupported' // encrypted, ZIP64, multi-disk or an unknown compression method
  | 'too-many-entries' // more entries than the cap
  | 'part-too-large' // one part inflates past the per-part cap
  | 'total-too-large' // the parts read inflate past the total cap
  | 'corrupt' // a damaged entry (bad offsets, bad deflate data)
  | 'not-xml' // an XML part that is not well-formed
  | 'encoding' // an XML part in an encoding we cannot read, or with invalid bytes
  | 'xml-too-deep' // elements nested deeper than the cap
  | 'xml-too-many-nodes' // more elements and text nodes than the cap
  | 'too-much-memory'; // reading it needs more memory than the Word-import worker may use

/** A file from outside that DuThao refuses to read, with a Vietnamese message and an English detail. */
export class FileRejectedError extends ApiError {
  readonly problem: FileProblem;
  constructor(problem: FileProblem, message: string, detail: string) {
    super('INVALID_ARGUMENT', message, detail);
    this.name = 'FileRejectedError';
    this.problem = problem;
  }
}

/** Formats a byte count for a Vietnamese message ("128 MB"). */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('vi-VN')} MB`;
}
