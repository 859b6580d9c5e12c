/**
 * "Nhập từ Word": the preview (what importing a .docx would give, nothing
 * stored) and the import itself (a new draft, then the file's comments as
 * threads through the existing Word-comment import). The file's bytes are
 * only read, by `reader` (a worker thread in the apps, so a big file does
 * not block other calls); only storing the result happens here.
 */
import { ApiError } from '../../common/api/errors';
import type { WordImportResult } from '../../common/import/word-import';
import { toNfc } from '../../common/text/normalize';
import type { ApiHandlers, ParsedArgs } from '../api/handlers';
import type { DocxReader } from '../file-formats/docx-import/worker/docx-reader';
import { ReportBuilder } from '../file-formats/docx-import/import-report';
import type { ServiceContext } from './context';
import { decodeFileArg } from './file-bytes';

/** The template id and title recorded for imported drafts. */
export const WORD_IMPORT_TEMPLATE = { id: 'word-import', title: 'Nhập từ Word' } as const;

/** Imports the comments of `file` into the new draft; returns how many threads were added. */
export type CommentImporter = (draftId: string, file: string) => Promise<number>;

function needChoice(count: number): ApiError {
  return new ApiError(
    'CONFLICT',
    `Tệp Word có ${count} thay đổi được theo dõi (track changes): hãy chọn chấp nhận tất cả hoặc từ chối tất cả trước khi nhập.`,
    `${count} tracked changes and no trackedChanges choice`,
  );
}

/** Handlers of `previewWordImport` and `importWordDocument`. */
export function wordImportHandlers(
  ctx: ServiceContext,
  importComments: CommentImporter,
  reader: DocxReader,
): Pick<ApiHandlers, 'previewWordImport' | 'importWordDocument'> {
  return {
    previewWordImport: async ({ file }) => reader.run('previewDocument', { file: await decodeFileArg(file), year: ctx.now().getFullYear() }),

    importWordDocument: async (args: ParsedArgs<'importWordDocument'>): Promise<WordImportResult> => {
      const options = {
        ...(args.profile ? { profile: args.profile } : {}),
        ...(args.trackedChanges ? { trackedChanges: args.trackedChanges } : {}),
        ...(args.yearShift ? { yearShift: args.yearShift } : {}),
      };
      const imported = await reader.run('importDocument', { file: await decodeFileArg(args.file), options });
      if (imported.trackedChanges > 0 && !args.trackedChanges) throw needChoice(imported.trackedChanges);
      const profile = imported.profile;
      const id = ctx.newId();
      const title = toNfc(args.title ?? imported.title).slice(0, 500);
      ctx.store.insertDraft({
        id,
        title,
        templateId: WORD_IMPORT_TEMPLATE.id,
        templateTitle: args.fileName ? `${WORD_IMPORT_TEMPLATE.title}: ${toNfc(args.fileName).slice(0, 200)}` : WORD_IMPORT_TEMPLATE.title,
        profile,
        docJson: imported.docJson,
        now: ctx.now().toISOString(),
      });
      ctx.onDraftChanged();
      // A file without comments is not read a second time (nor the new draft parsed for anchoring).
      const threads = imported.hasComments ? await importComments(id, args.file) : 0;
      const extra = new ReportBuilder();
      extra.note('comments', threads);
      const report = { recognised: imported.report.recognised, notes: [...imported.report.notes, ...extra.build().notes] };
      return { id, title, profile, report };
    },
  };
}
