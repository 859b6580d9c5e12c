/**
 * "Nhập từ Word": the preview (what importing a .docx would give, nothing
 * stored) and the import itself (a new draft, then the file's comments as
 * threads through the existing Word-comment import). The file's bytes are
 * only read.
 */
import { ApiError } from '../../common/api/errors';
import { profileOf } from '../../common/document/accessors';
import type { WordImportResult } from '../../common/import/word-import';
import { toNfc } from '../../common/text/normalize';
import type { ApiHandlers, ParsedArgs } from '../api/handlers';
import { importDocx } from '../file-formats/docx-import/import-docx';
import { ReportBuilder } from '../file-formats/docx-import/import-report';
import { proposeYearShift } from '../file-formats/docx-import/year-shift';
import { readWordComments } from '../file-formats/ooxml/word-comments-read';
import type { ServiceContext } from './context';

/** The template id and title recorded for imported drafts. */
export const WORD_IMPORT_TEMPLATE = { id: 'word-import', title: 'Nhập từ Word' } as const;

/** Imports the comments of `file` into the new draft; returns how many threads were added. */
export type CommentImporter = (draftId: string, file: string) => Promise<number>;

function decode(file: string): Uint8Array {
  return new Uint8Array(Buffer.from(file, 'base64'));
}

function needChoice(count: number): ApiError {
  return new ApiError(
    'CONFLICT',
    `Tệp Word có ${count} thay đổi được theo dõi (track changes): hãy chọn chấp nhận tất cả hoặc từ chối tất cả trước khi nhập.`,
    `${count} tracked changes and no trackedChanges choice`,
  );
}

/** Handlers of `previewWordImport` and `importWordDocument`. */
export function wordImportHandlers(ctx: ServiceContext, importComments: CommentImporter): Pick<ApiHandlers, 'previewWordImport' | 'importWordDocument'> {
  return {
    previewWordImport: async ({ file }) => {
      const bytes = decode(file);
      const imported = await importDocx(bytes);
      const comments = await readWordComments(bytes);
      return {
        title: imported.title,
        profile: profileOf(imported.doc),
        trackedChanges: imported.trackedChanges,
        comments: comments.threads.length,
        yearShift: proposeYearShift(imported.doc, ctx.now().getFullYear()),
        report: imported.report,
      };
    },

    importWordDocument: async (args: ParsedArgs<'importWordDocument'>): Promise<WordImportResult> => {
      const bytes = decode(args.file);
      const imported = await importDocx(bytes, {
        ...(args.profile ? { profile: args.profile } : {}),
        ...(args.trackedChanges ? { trackedChanges: args.trackedChanges } : {}),
        ...(args.yearShift ? { yearShift: args.yearShift } : {}),
      });
      if (imported.trackedChanges > 0 && !args.trackedChanges) throw needChoice(imported.trackedChanges);
      const profile = profileOf(imported.doc);
      const id = ctx.newId();
      const title = toNfc(args.title ?? imported.title).slice(0, 500);
      ctx.store.insertDraft({
        id,
        title,
        templateId: WORD_IMPORT_TEMPLATE.id,
        templateTitle: args.fileName ? `${WORD_IMPORT_TEMPLATE.title}: ${toNfc(args.fileName).slice(0, 200)}` : WORD_IMPORT_TEMPLATE.title,
        profile,
        docJson: JSON.stringify(imported.doc),
        now: ctx.now().toISOString(),
      });
      ctx.onDraftChanged();
      const threads = await importComments(id, args.file);
      const extra = new ReportBuilder();
      extra.note('comments', threads);
      const report = { recognised: imported.report.recognised, notes: [...imported.report.notes, ...extra.build().notes] };
      return { id, title, profile, report };
    },
  };
}
