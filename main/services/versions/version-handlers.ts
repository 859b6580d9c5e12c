/**
 * The service side of the versions methods (common/versions/api.ts): list,
 * open read-only, save by hand, restore (a new version; nothing is
 * overwritten), a new draft from a version, compare, and the comparison as
 * a .docx "bảng so sánh".
 */
import { ApiError } from '../../../common/api/errors';
import { profileOf } from '../../../common/document/accessors';
import { checkDocument } from '../../../common/document/check';
import type { DocJSON } from '../../../common/document/types';
import { withoutCommentMarks } from '../../../common/review/without-comments';
import type { VersionComparison } from '../../../common/versions/api';
import { diffDocuments } from '../../../common/versions/diff';
import type { VersionDetail } from '../../../common/versions/types';
import type { ApiHandlers } from '../../api/handlers';
import { prepareReviewSave } from '../review/save-reconcile';
import type { ReviewRepository } from '../../store/sqlite/review-repository';
import { notFoundDraft } from '../not-found';
import type { DraftStore } from '../../store/draft-store';
import { comparisonDocx } from '../../file-formats/docx/comparison-docx';
import { versionBasedRound } from './export-round';
import type { VersionRepository } from '../../store/sqlite/version-repository';
import { snapshotDraft, type SnapshotDeps } from './snapshot';

/** The names of the versions methods answered here. */
type VersionMethods = 'listVersions' | 'getVersion' | 'saveVersion' | 'restoreVersion' | 'draftFromVersion' | 'compareVersions' | 'exportComparisonDocx' | 'exportDraftRound';

/** What the versions handlers need. */
export interface VersionDeps extends SnapshotDeps {
  readonly store: Pick<DraftStore, 'getDraft' | 'getDraftMeta' | 'updateDoc' | 'insertDraft'>;
  readonly reviews: ReviewRepository;
  readonly versions: VersionRepository;
  readonly newId: () => string;
  readonly transaction: <T>(fn: () => T) => T;
  readonly onDraftChanged: () => void;
}

/** How a version is named in the compare view and the bảng so sánh. */
export function versionTitle(v: Pick<VersionDetail, 'number' | 'label'>): string {
  return v.label ? `Phiên bản ${v.number} – ${v.label}` : `Phiên bản ${v.number}`;
}

const MAX_TITLE = 500;

/** Creates the versions handlers. */
export function versionHandlers(deps: VersionDeps): Pick<ApiHandlers, VersionMethods> {
  const { store, versions } = deps;
  const draftMeta = (id: string) => {
    const r = store.getDraftMeta(id);
    if (!r) throw notFoundDraft(id);
    return r;
  };
  const version = (draftId: string, number: number): VersionDetail => {
    draftMeta(draftId);
    const v = versions.get(draftId, number);
    if (!v) throw new ApiError('NOT_FOUND', `Không tìm thấy phiên bản ${number} của dự thảo này.`, `no version ${number} of ${draftId}`);
    return v;
  };
  const state = (draftId: string, ref: number | 'current'): { doc: DocJSON; label: string } => {
    if (ref !== 'current') {
      const v = version(draftId, ref);
      return { doc: v.doc, label: versionTitle(v) };
    }
    const d = store.getDraft(draftId);
    if (!d) throw notFoundDraft(draftId);
    return { doc: JSON.parse(d.docJson) as DocJSON, label: 'Bản hiện tại' };
  };
  const compare = (draftId: string, from: number | 'current', to: number | 'current'): VersionComparison => {
    const a = state(draftId, from);
    const b = state(draftId, to);
    return { ...diffDocuments(a.doc, b.doc), fromLabel: a.label, toLabel: b.label };
  };

  return {
    listVersions: ({ draftId }) => {
      draftMeta(draftId);
      return versions.list(draftId);
    },

    getVersion: ({ draftId, number }) => version(draftId, number),

    saveVersion: ({ draftId, label }) => snapshotDraft(deps, draftId, 'manual', label).version,

    restoreVersion: ({ draftId, number }) => {
      const v = version(draftId, number);
      // The restored text passes the same gatekeeper as a save (a version may predate a stricter check).
      const checked = checkDocument(v.doc);
      if (!checked.ok) {
        throw new ApiError('INVALID_ARGUMENT', `Phiên bản ${number} có nội dung không hợp lệ nên chưa khôi phục được. ${checked.message}`, checked.detail);
      }
      return deps.transaction(() => {
        snapshotDraft(deps, draftId, 'before-restore');
        // The same cleaning as a save: marks of threads deleted since are dropped.
        const review = prepareReviewSave(deps.reviews, draftId, checked.doc);
        const r = store.updateDoc(draftId, review.json, deps.now().toISOString(), profileOf(checked.doc));
        if (!r) throw notFoundDraft(draftId);
        review.commit();
        const made = snapshotDraft(deps, draftId, 'restore', `Khôi phục từ phiên bản ${number}`).version;
        deps.onDraftChanged();
        return { version: made, revision: r.revision };
      });
    },

    draftFromVersion: ({ draftId, number }) => {
      const v = version(draftId, number);
      const source = draftMeta(draftId);
      const suffix = ` (phiên bản ${number})`;
      const title = source.title.slice(0, MAX_TITLE - suffix.length) + suffix;
      const id = deps.newId();
      store.insertDraft({
        id,
        title,
        templateId: source.templateId,
        templateTitle: source.templateTitle,
        profile: source.profile,
        // The new draft does not carry the original's comment threads.
        docJson: JSON.stringify(withoutCommentMarks(v.doc)),
        now: deps.now().toISOString(),
      });
      deps.onDraftChanged();
      return { id, title };
    },

    compareVersions: ({ draftId, from, to }) => compare(draftId, from, to),

    exportComparisonDocx: async ({ draftId, from, to }) => {
      const cmp = compare(draftId, from, to);
      const bytes = await comparisonDocx(draftMeta(draftId).title, cmp);
      const name = `Bang so sanh ${from === 'current' ? 'hien tai' : `phien ban ${from}`} - ${to === 'current' ? 'hien tai' : `phien ban ${to}`}.docx`;
      return { fileName: name, file: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
    },

    exportDraftRound: ({ draftId }) => ({ round: versionBasedRound(deps, draftId) }),
  };
}
