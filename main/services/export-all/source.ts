/**
 * Where "Xuất tất cả dự thảo" reads the drafts from: four calls of the API
 * contract, made through the same dispatch the UI and the CLI use. Exporting
 * goes through `exportDocumentDocx` (the stored document, checked as a save
 * is), not `exportDraftDocx`, so exporting everything makes no version and
 * changes nothing a draft holds.
 */
import type { ApiArgs, ApiMethod, ApiResults, Draft, DraftSummary, ExportedFile } from '../../../common/api/contract';
import { ApiError } from '../../../common/api/errors';
import type { Thread } from '../../../common/review/types';
import type { Dispatch } from '../../api/dispatch';

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

/** A contract call over a dispatch: a failed call throws its `ApiError`. */
export function callThroughDispatch(dispatch: Dispatch): ApiCall {
  return async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]> => {
    const result = await dispatch(method, args);
    if (!result.ok) throw ApiError.fromData(result.error);
    return result.value as ApiResults[M];
  };
}
