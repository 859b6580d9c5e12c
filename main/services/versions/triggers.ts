/**
 * Automatic versions: wraps the handlers of the operations that should leave
 * a version behind — exporting a final or draft copy, packing a review copy,
 * and (before anything changes) merging a review copy or importing Word
 * comments. A draft export's "DỰ THẢO lần N" is the version's number unless
 * the call gives `draftRound`. A "before" version whose operation then
 * failed is removed again.
 */
import { ApiError } from '../../../common/api/errors';
import type { ApiHandlers } from '../../api/handlers';
import type { VersionTrigger } from '../../../common/versions/types';
import type { Snapshot } from './snapshot';

/** Freezes a draft as a version; and removes one again. */
export interface VersionTriggerDeps {
  readonly snapshot: (draftId: string, trigger: VersionTrigger) => Snapshot;
  readonly remove: (draftId: string, number: number) => void;
  /** The copy an export without a variant makes (the header's DỰ THẢO mark decides); default final. */
  readonly exportVariant?: (draftId: string) => 'final' | 'draft';
}

/** The handlers with versions made on export, review copy, merge and Word-comment import. */
export function withVersionTriggers(handlers: ApiHandlers, deps: VersionTriggerDeps): ApiHandlers {
  /** An unknown draft: no version, and the operation reports it in its own words. */
  const unknownDraft = (err: unknown) => err instanceof ApiError && err.code === 'NOT_FOUND';
  const before = async <T>(draftId: string, trigger: VersionTrigger, run: () => T | Promise<T>): Promise<T> => {
    let snap: Snapshot;
    try {
      snap = deps.snapshot(draftId, trigger);
    } catch (err) {
      if (unknownDraft(err)) return run();
      throw err;
    }
    try {
      return await run();
    } catch (err) {
      if (snap.created) deps.remove(draftId, snap.version.number);
      throw err;
    }
  };
  /** Exports go on when their version cannot be stored (e.g. a read-only data folder). */
  const tryBefore = async <T>(draftId: string, trigger: VersionTrigger, run: (snap: Snapshot | null) => T | Promise<T>): Promise<T> => {
    let snap: Snapshot | null = null;
    try {
      snap = deps.snapshot(draftId, trigger);
    } catch {
      // Unknown draft: the export says so itself; storage failure: export without a version.
    }
    try {
      return await run(snap);
    } catch (err) {
      if (snap?.created) deps.remove(draftId, snap.version.number);
      throw err;
    }
  };
  return {
    ...handlers,
    exportDraftDocx: (args) =>
      tryBefore(args.id, (args.variant ?? deps.exportVariant?.(args.id) ?? 'final') === 'final' ? 'export-final' : 'export-draft', (snap) =>
        handlers.exportDraftDocx(snap && args.draftRound === undefined ? { ...args, draftRound: snap.version.number } : args),
      ),
    exportReviewCopy: (args) => tryBefore(args.draftId, 'review-copy', () => handlers.exportReviewCopy(args)),
    mergeReviewCopy: (args) => before(args.draftId, 'before-merge', () => handlers.mergeReviewCopy(args)),
    importWordComments: (args) => before(args.draftId, 'before-word-import', () => handlers.importWordComments(args)),
  };
}
