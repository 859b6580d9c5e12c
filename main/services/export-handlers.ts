/**
 * "Xuất Word": the saved draft as an official .docx, with the DỰ THẢO mark
 * on request and, on request, its review threads as Word comments.
 */
import type { DocJSON } from '../../common/document/types';
import type { ApiHandlers } from '../api/handlers';
import { exportDocx } from '../export/export-docx';
import { suggestFileName } from '../export/file-name';
import { toExportCommentThreads } from '../review/word-comments';
import type { ServiceContext } from './context';
import { notFoundDraft } from './not-found';

/** The handler of exportDraftDocx. */
export function exportHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'exportDraftDocx'> {
  return {
    exportDraftDocx: async ({ id, variant, withComments }) => {
      const draft = ctx.store.getDraft(id);
      if (!draft) throw notFoundDraft(id);
      const doc = JSON.parse(draft.docJson) as DocJSON;
      const comments = withComments ? toExportCommentThreads(ctx.reviews.listThreads(id)) : undefined;
      const bytes = await exportDocx(doc, comments ? { variant, comments } : { variant });
      return { fileName: suggestFileName(doc, '.docx', variant), file: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
    },
  };
}
