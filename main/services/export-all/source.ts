/**
 * Where "Xuất tất cả dự thảo" reads the drafts from: four calls of the API
 * contract — the CLI's `ctx.call`, or the services' own handlers. Exporting
 * goes through `exportDocumentDocx` (the stored document, checked as a save
 * is), not `exportDraftDocx`, so exporting everything makes no version and
 * changes nothing a draft holds.
 */
import type { ApiArgs, ApiMethod, ApiResults, Draft, DraftSummary, ExportedFile } from '../../../common/api/contract';
import type { Thread } from '../../../common/review/types';
import type { ApiHandlers } from '../../api/handlers';

/** One typed contract call (the CLI's `ctx.call` has this shape). */
export type ApiCall = <M extends ApiMethod>(method: M, args: ApiArgs<M>) => Promise<ApiResults[M]>;

/** What the export-all loop reads. */
export interface ExportAllSource {
  /** The drafts to export (not those in the trash). */
  listDrafts(): Promise<readonly DraftSummary[]>;
  getDraft(id: string): Promise<Draft>;
  listThreads(draftId: string): Promise<readonly Thread[]>;
  /** The draft's final .docx, from its stored document. */
  exportFinal(draft: Draft): Promise<ExportedFile>;
}

/** The source over contract calls. */
export function sourceFromCall(call: ApiCall): ExportAllSource {
  return {
    listDrafts: () => call('listDrafts', {}),
    getDraft: (id) => call('getDraft', { id }),
    listThreads: (draftId) => call('listThreads', { draftId }),
    exportFinal: (draft) => call('exportDocumentDocx', { doc: draft.doc as ApiArgs<'exportDocumentDocx'>['doc'], variant: 'final' }),
  };
}

/**
 * A contract call straight into the services' own (guarded) handlers, for the
 * API job; `handlers` is read at call time, as the services finish building
 * them after the export-all handlers. Arguments are made here, not by a user.
 */
export function callHandlers(handlers: () => ApiHandlers): ApiCall {
  return async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]> => {
    const handler = handlers()[method] as unknown as (a: ApiArgs<M>) => ApiResults[M] | Promise<ApiResults[M]>;
    return handler(args);
  };
}
