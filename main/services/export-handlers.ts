/**
 * "Xuất Word": a document as an official .docx — a saved draft (with, on
 * request, its review threads as Word comments) or a document from outside
 * the library. The DỰ THẢO mark and the profile follow the request, else the
 * document's header (`copyVariantOf`, the rule the format check uses too).
 */
import type { ExportedFile } from '../../common/api/contract';
import { copyVariantOf, type CopyVariant } from '../../common/document/copy-variant';
import type { DocJSON, ProfileId } from '../../common/document/types';
import { builtinProfile } from '../../common/profile/builtin';
import type { ApiHandlers } from '../api/handlers';
import { exportDocx } from '../export/export-docx';
import { suggestFileName } from '../export/file-name';
import type { ExportCommentThread } from '../export/comments';
import { toExportCommentThreads } from '../review/word-comments';
import type { ServiceContext } from './context';
import { incomingDocument } from './incoming-document';
import { notFoundDraft } from './not-found';

/** What an export asks for besides the document. */
interface ExportRequest {
  readonly variant?: CopyVariant | undefined;
  readonly profile?: ProfileId | undefined;
  readonly comments?: readonly ExportCommentThread[] | undefined;
}

/** The one way a document becomes an exported file. */
async function exportDocument(doc: DocJSON, request: ExportRequest): Promise<ExportedFile> {
  const variant = copyVariantOf(doc, request.variant);
  const bytes = await exportDocx(doc, {
    variant,
    ...(request.profile ? { profile: builtinProfile(request.profile) } : {}),
    ...(request.comments ? { comments: request.comments } : {}),
  });
  return {
    // The draft copy and the final copy get different names.
    fileName: suggestFileName(doc, '.docx', variant),
    file: Buffer.from(bytes).toString('base64'),
    bytes: bytes.byteLength,
    ...(request.comments ? { comments: request.comments.length } : {}),
  };
}

/** The handlers of exportDraftDocx and exportDocumentDocx. */
export function exportHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'exportDraftDocx' | 'exportDocumentDocx'> {
  return {
    exportDraftDocx: async ({ id, variant, withComments, profile }) => {
      const draft = ctx.store.getDraft(id);
      if (!draft) throw notFoundDraft(id);
      const doc = JSON.parse(draft.docJson) as DocJSON;
      const comments = withComments ? toExportCommentThreads(ctx.reviews.listThreads(id)) : undefined;
      return exportDocument(doc, { variant, profile, comments });
    },

    exportDocumentDocx: ({ doc, variant, profile }) => exportDocument(incomingDocument(doc), { variant, profile }),
  };
}
