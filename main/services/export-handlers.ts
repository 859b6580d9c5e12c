/**
 * "Xuất Word": a document as an official .docx — a saved draft (with, on
 * request, its review threads as Word comments) or a document from outside
 * the library. The DỰ THẢO mark and the profile follow the request, else the
 * document's header (`copyVariantOf`, the rule the format check uses too).
 * "PDF từ tệp Word": a saved draft's .docx converted by LibreOffice where it is installed.
 */
import type { ExportedFile } from '../../common/api/contract';
import { ApiError } from '../../common/api/errors';
import { copyVariantOf, type CopyVariant } from '../../common/document/copy-variant';
import { resolveAllSuggestions, type SuggestionExport } from '../../common/document/suggestions';
import type { DocJSON, ProfileId } from '../../common/document/types';
import { builtinProfile } from '../../common/profile/builtin';
import type { ApiHandlers } from '../api/handlers';
import { exportDocx } from '../file-formats/docx/export-docx';
import { convertDocxToPdf, findSoffice } from '../file-formats/docx/pdf-via-libreoffice';
import { suggestFileName } from '../file-formats/docx/file-name';
import type { ExportCommentThread } from '../file-formats/docx/comments';
import { toExportCommentThreads } from '../file-formats/docx/word-comments';
import type { ServiceContext } from './context';
import { incomingDocument } from './incoming-document';
import { notFoundDraft } from './not-found';
import { listSuggestions } from '../../common/suggestions/list-suggestions';
import { openSuggestionsMessage } from '../../common/format-check/rules/open-suggestions';

/**
 * Refuses to make a final copy ("bản chính thức") of a document that still
 * has open suggestions: accepted or rejected first, never printed as if
 * settled. A draft copy is allowed (it shows them as Word tracked changes).
 */
export function refuseFinalWithSuggestions(doc: DocJSON, variant: CopyVariant): void {
  if (variant !== 'final') return;
  const open = listSuggestions(doc);
  if (open.length === 0) return;
  throw new ApiError('CONFLICT', `Chưa xuất được bản chính thức: ${openSuggestionsMessage(open.length, [])}`, `final copy refused: ${open.length} open suggestion(s)`);
}

/** Said when "PDF từ tệp Word" is asked for where LibreOffice is not installed. */
export const NO_LIBREOFFICE_MESSAGE = 'Máy này chưa cài LibreOffice nên không tạo được PDF từ tệp Word. Hãy dùng “In / PDF trang in” (PDF như trang in), hoặc cài LibreOffice.';

/** What an export asks for besides the document. */
interface ExportRequest {
  readonly variant?: CopyVariant | undefined;
  readonly profile?: ProfileId | undefined;
  readonly comments?: readonly ExportCommentThread[] | undefined;
  /** "DỰ THẢO lần N" of a draft copy (the version number), when given. */
  readonly draftRound?: number | undefined;
  /** Suggestions kept as tracked changes (default) or all accepted / rejected. */
  readonly suggestions?: SuggestionExport | undefined;
}

/** The one way a document becomes an exported file. */
async function exportDocument(stored: DocJSON, request: ExportRequest): Promise<ExportedFile> {
  const variant = copyVariantOf(stored, request.variant);
  // "Xuất bản sạch": every suggestion accepted or rejected before anything else looks at the document;
  // by default they stay and are written as Word tracked changes.
  const mode = request.suggestions ?? 'keep';
  const doc = mode === 'keep' ? stored : resolveAllSuggestions(stored, mode);
  // A final copy is refused while suggestions stay open; a clean copy has none left.
  refuseFinalWithSuggestions(doc, variant);
  const bytes = await exportDocx(doc, {
    variant,
    ...(request.profile ? { profile: builtinProfile(request.profile) } : {}),
    ...(request.comments ? { comments: request.comments } : {}),
    ...(request.draftRound !== undefined ? { draftRound: request.draftRound } : {}),
  });
  return {
    // The draft copy and the final copy get different names.
    fileName: suggestFileName(doc, '.docx', variant),
    file: Buffer.from(bytes).toString('base64'),
    bytes: bytes.byteLength,
    ...(request.comments ? { comments: request.comments.length } : {}),
  };
}

/** The handlers of exportDraftDocx, exportDocumentDocx and exportDraftPdf. */
export function exportHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'exportDraftDocx' | 'exportDocumentDocx' | 'exportDraftPdf'> {
  return {
    exportDraftDocx: async ({ id, variant, withComments, profile, draftRound, suggestions }) => {
      const draft = ctx.store.getDraft(id);
      if (!draft) throw notFoundDraft(id);
      const doc = JSON.parse(draft.docJson) as DocJSON;
      const comments = withComments ? toExportCommentThreads(ctx.reviews.listThreads(id)) : undefined;
      return exportDocument(doc, { variant, profile, comments, draftRound, suggestions });
    },

    exportDocumentDocx: ({ doc, variant, profile, suggestions }) => exportDocument(incomingDocument(doc), { variant, profile, suggestions }),

    exportDraftPdf: async ({ id, variant }) => {
      const draft = ctx.store.getDraft(id);
      if (!draft) throw notFoundDraft(id);
      const doc = JSON.parse(draft.docJson) as DocJSON;
      refuseFinalWithSuggestions(doc, copyVariantOf(doc, variant));
      const soffice = findSoffice();
      if (!soffice) throw new ApiError('CONFLICT', NO_LIBREOFFICE_MESSAGE, 'soffice not found (DUTHAO_SOFFICE, the usual places, PATH)');
      let pdf: Buffer;
      try {
        pdf = await convertDocxToPdf(soffice, await exportDocx(doc, { variant: copyVariantOf(doc, variant) }));
      } catch (err) {
        throw new ApiError('INTERNAL', 'LibreOffice không chuyển được tệp Word sang PDF. Dự thảo không bị ảnh hưởng.', err instanceof Error ? err.message : String(err));
      }
      return { fileName: suggestFileName(doc, '.pdf'), file: pdf.toString('base64'), bytes: pdf.byteLength };
    },
  };
}
