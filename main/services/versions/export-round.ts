/**
 * "Theo số phiên bản (lần N)": the N a draft-copy export prints. The export
 * dialog writes the round into the header (draft mark on, `draftRound` = N)
 * and saves before exporting, so the editor, the dialog and the .docx show
 * the same N. N is the number of the version that export will make or
 * reuse: the newest version's number when the draft is unchanged since it
 * and its header already says "DỰ THẢO lần <that number>", else the next one.
 */
import { headerOf } from '../../../common/document/accessors';
import type { DocJSON } from '../../../common/document/types';
import { notFoundDraft } from '../not-found';
import { versionContentHash, type SnapshotDeps } from './snapshot';

/** The round a "Theo số phiên bản" draft export of `draftId` prints. Throws NOT_FOUND for an unknown draft. */
export function versionBasedRound(deps: Pick<SnapshotDeps, 'store' | 'reviews' | 'versions'>, draftId: string): number {
  const draft = deps.store.getDraft(draftId);
  if (!draft) throw notFoundDraft(draftId);
  const latest = deps.versions.latest(draftId);
  if (!latest) return 1;
  const header = headerOf(JSON.parse(draft.docJson) as DocJSON);
  const unchanged = versionContentHash(draft.docJson, JSON.stringify(deps.reviews.listThreads(draftId))) === latest.contentHash;
  return unchanged && header.draftMark === true && Number(header.draftRound) === latest.number ? latest.number : latest.number + 1;
}
