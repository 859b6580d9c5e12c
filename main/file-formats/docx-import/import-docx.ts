/**
 * "Nhập từ Word": .docx bytes → a DuThao document that passes the document
 * gatekeeper (`checkDocument`), with its import report. Reading (`read-docx.ts`) and
 * recognising (`recognise.ts`) are separate; this joins them, adds the
 * notes about tracked changes and images, applies a confirmed year shift,
 * and checks the result. The bytes are only read, never written back.
 */
import { ApiError } from '../../../common/api/errors';
import type { DocJSON, ProfileId } from '../../../common/document/types';
import { checkDocument } from '../../../common/document/check';
import { partOf } from '../../../common/document/accessors';
import { ReportBuilder, type ImportReport } from './import-report';
import { readDocx } from './read-docx';
import { recognise } from './recognise';
import type { TrackedChangesChoice } from './tracked-changes';
import { shiftYears, type YearShift } from './year-shift';

/** Options of an import. */
export interface ImportDocxOptions {
  /** Use this profile whatever the header says. */
  readonly profile?: ProfileId;
  /** How to resolve tracked changes (the UI asks when the file has some; default accept). */
  readonly trackedChanges?: TrackedChangesChoice;
  /** "Chuyển năm 2024 → 2025" in the title block and the draft title. */
  readonly yearShift?: YearShift;
}

/** An imported document. */
export interface ImportedDocx {
  readonly doc: DocJSON;
  readonly report: ImportReport;
  /** A title for the draft: type name and subject ("Báo cáo tình hình…"). */
  readonly title: string;
  /** The year of a date left blank in the file (the date field cannot hold it yet). */
  readonly blankDateYear: number | null;
  /** Tracked changes found in the file. */
  readonly trackedChanges: number;
}

/** The draft title an imported document suggests. */
export function suggestedTitle(doc: DocJSON): string {
  const attrs = partOf(doc, 'documentTitle')?.attrs ?? {};
  const type = typeof attrs.documentType === 'string' ? attrs.documentType.trim() : '';
  const subject = typeof attrs.subject === 'string' ? attrs.subject.replace(/\s+/g, ' ').trim() : '';
  const typeText = type ? type[0] + type.slice(1).toLocaleLowerCase('vi') : '';
  // After the type name the subject reads on in lower case ("Báo cáo kết quả …"), even where the profile capitalises it.
  const subjectText = typeText && subject ? subject[0]!.toLocaleLowerCase('vi') + subject.slice(1) : subject;
  return [typeText, subjectText].filter((s) => s !== '').join(' ').slice(0, 500) || 'Văn bản nhập từ Word';
}

/** Imports a .docx; throws an INVALID_ARGUMENT ApiError (Vietnamese message) for a file that is not a usable .docx. */
export async function importDocx(bytes: Uint8Array, options: ImportDocxOptions = {}): Promise<ImportedDocx> {
  const choice = options.trackedChanges ?? 'accept';
  const read = await readDocx(bytes, choice);
  const builder = new ReportBuilder();
  if (read.layoutMismatch) builder.note('layout-mismatch');
  const recognised = recognise(read.blocks, { ...(options.profile ? { profile: options.profile } : {}) }, builder);
  builder.note('image', read.images);
  builder.note('tracked-changes', read.trackedChanges, choice === 'accept' ? 'chấp nhận' : 'từ chối');
  let doc = recognised.doc;
  if (options.yearShift) {
    const shifted = shiftYears(doc, options.yearShift);
    doc = shifted.doc;
    builder.note('year-shift', shifted.count, `${options.yearShift.from} → ${options.yearShift.to}`);
  }
  const checked = checkDocument(doc);
  if (!checked.ok) {
    throw new ApiError('INTERNAL', `Không tạo được dự thảo từ tệp Word này. ${checked.message}`, `imported document fails the check: ${checked.detail}`);
  }
  return { doc: checked.doc, report: builder.build(), title: suggestedTitle(checked.doc), blankDateYear: recognised.blankDateYear, trackedChanges: read.trackedChanges };
}
