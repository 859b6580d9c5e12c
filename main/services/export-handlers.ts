/**
 * "Xuất Word": the saved draft as an official .docx, with the DỰ THẢO mark
 * on request and, on request, its review threads as Word comments; and
 * "PDF từ tệp Word": that .docx converted by LibreOffice where it is installed.
 */
import type { DocJSON } from '../../common/document/types';
import { ApiError } from '../../common/api/errors';
import type { ApiHandlers } from '../api/handlers';
import { exportDocx } from '../export/export-docx';
import { convertDocxToPdf, findSoffice } from '../export/pdf-via-libreoffice';
import { suggestFileName } from '../export/file-name';
import { toExportCommentThreads } from '../review/word-comments';
import type { ServiceContext } from './context';
import { notFoundDraft } from './not-found';

/** Said when "PDF từ tệp Word" is asked for where LibreOffice is not installed. */
export const NO_LIBREOFFICE_MESSAGE = 'Máy này chưa cài LibreOffice nên không tạo được PDF từ tệp Word. Hãy dùng “In / Xuất PDF” (PDF như trang in), hoặc cài LibreOffice.';

/** The handlers of exportDraftDocx and exportDraftPdf. */
export function exportHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'exportDraftDocx' | 'exportDraftPdf'> {
  return {
    exportDraftDocx: async ({ id, variant, withComments }) => {
      const draft = ctx.store.getDraft(id);
      if (!draft) throw notFoundDraft(id);
      const doc = JSON.parse(draft.docJson) as DocJSON;
      const comments = withComments ? toExportCommentThreads(ctx.reviews.listThreads(id)) : undefined;
      const bytes = await exportDocx(doc, comments ? { variant, comments } : { variant });
      return { fileName: suggestFileName(doc), file: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
    },
    exportDraftPdf: async ({ id, variant }) => {
      const draft = ctx.store.getDraft(id);
      if (!draft) throw notFoundDraft(id);
      const soffice = findSoffice();
      if (!soffice) throw new ApiError('CONFLICT', NO_LIBREOFFICE_MESSAGE, 'soffice not found (DUTHAO_SOFFICE, the usual places, PATH)');
      const doc = JSON.parse(draft.docJson) as DocJSON;
      let pdf: Buffer;
      try {
        pdf = await convertDocxToPdf(soffice, await exportDocx(doc, { variant }));
      } catch (err) {
        throw new ApiError('INTERNAL', 'LibreOffice không chuyển được tệp Word sang PDF. Dự thảo không bị ảnh hưởng.', err instanceof Error ? err.message : String(err));
      }
      return { fileName: suggestFileName(doc, '.pdf'), file: pdf.toString('base64'), bytes: pdf.byteLength };
    },
  };
}
