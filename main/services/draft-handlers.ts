/**
 * The drafts library: list, open, create from a template, save, rename,
 * duplicate, trash, restore, delete for good, and search.
 */
import type { Draft, DraftSummary } from '../../common/api/contract';
import { ApiError } from '../../common/api/errors';
import type { DocJSON } from '../../common/document/types';
import { withoutCommentMarks } from '../../common/review/without-comments';
import { toNfc } from '../../common/text/normalize';
import type { ApiHandlers } from '../api/handlers';
import { prepareReviewSave } from './review/save-reconcile';
import type { DraftRecord, DraftWithDoc } from '../store/draft-store';
import type { ServiceContext } from './context';
import { profileOf } from '../../common/document/accessors';
import { checkDocument } from '../../common/document/check';
import { notFoundDraft } from './not-found';
import { prefillDraft } from './prefill';
import { readSettings } from './settings-handlers';
import { resolveTemplate } from './template-handlers';

/** Default number of search results. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** Longest title the contract accepts. */
const MAX_TITLE = 500;

/** Suffix of a duplicated draft's title. */
export const COPY_SUFFIX = ' (bản sao)';


function summary(r: DraftRecord): DraftSummary {
  return {
    id: r.id,
    title: r.title,
    templateId: r.templateId,
    templateTitle: r.templateTitle,
    profile: r.profile,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
  };
}

function toDraft(r: DraftWithDoc): Draft {
  return { ...summary(r), doc: JSON.parse(r.docJson) as DocJSON, revision: r.revision };
}

function clampTitle(title: string): string {
  return title.length <= MAX_TITLE ? title : title.slice(0, MAX_TITLE);
}

/** Handlers for the drafts library and search. */
export function draftHandlers(
  ctx: ServiceContext,
): Pick<
  ApiHandlers,
  'listDrafts' | 'getDraft' | 'createDraft' | 'saveDraft' | 'renameDraft' | 'duplicateDraft' | 'trashDraft' | 'restoreDraft' | 'deleteDraft' | 'searchDrafts'
> {
  const { store } = ctx;
  const existing = (id: string): DraftRecord => {
    const r = store.getDraftMeta(id);
    if (!r) throw notFoundDraft(id);
    return r;
  };

  return {
    listDrafts: ({ trash }) => store.listDrafts(trash === true).map(summary),

    getDraft: ({ id }) => {
      const r = store.getDraft(id);
      if (!r) throw notFoundDraft(id);
      return toDraft(r);
    },

    createDraft: ({ templateId, title, year }) => {
      const template = resolveTemplate(ctx, templateId);
      const now = ctx.now();
      const filled = prefillDraft(template.doc, template.draftTitle, template.profile, readSettings(ctx), now, year);
      const checked = checkDocument(filled.doc);
      if (!checked.ok) {
        throw new ApiError('INVALID_ARGUMENT', `Mẫu "${template.title}" bị lỗi nên không dùng được. ${checked.message}`, checked.detail);
      }
      const id = ctx.newId();
      store.insertDraft({
        id,
        title: clampTitle(title ? toNfc(title) : filled.title),
        templateId: template.id,
        templateTitle: template.title,
        profile: template.profile,
        docJson: JSON.stringify(checked.doc),
        now: now.toISOString(),
      });
      ctx.onDraftChanged();
      return toDraft(store.getDraft(id)!);
    },

    saveDraft: ({ id, doc }) => {
      const checked = checkDocument(doc);
      if (!checked.ok) {
        throw new ApiError('INVALID_ARGUMENT', `Nội dung dự thảo không hợp lệ nên chưa được lưu. ${checked.message}`, checked.detail);
      }
      // The document and its threads' new state are read and stored together or not at all,
      // so a failed save never leaves a stored document behind (nor threads that follow an unstored one).
      const r = ctx.transaction(() => {
        // The stored document is the one without orphan or duplicated comment marks.
        const review = prepareReviewSave(ctx.reviews, id, checked.doc);
        const stored = store.updateDoc(id, review.json, ctx.now().toISOString(), profileOf(checked.doc));
        if (!stored) throw notFoundDraft(id);
        review.commit();
        return stored;
      });
      ctx.onDraftChanged();
      return { id: r.id, updatedAt: r.updatedAt, revision: r.revision };
    },

    renameDraft: ({ id, title }) => {
      const r = store.renameDraft(id, toNfc(title), ctx.now().toISOString());
      if (!r) throw notFoundDraft(id);
      ctx.onDraftChanged();
      return summary(r);
    },

    duplicateDraft: ({ id }) => {
      const source = store.getDraft(id);
      if (!source) throw notFoundDraft(id);
      const copyId = ctx.newId();
      const base = source.title.slice(0, MAX_TITLE - COPY_SUFFIX.length);
      const r = store.insertDraft({
        id: copyId,
        title: base + COPY_SUFFIX,
        templateId: source.templateId,
        templateTitle: source.templateTitle,
        profile: source.profile,
        // The copy does not carry the original's comment threads.
        docJson: JSON.stringify(withoutCommentMarks(JSON.parse(source.docJson) as DocJSON)),
        now: ctx.now().toISOString(),
      });
      ctx.onDraftChanged();
      return summary(r);
    },

    trashDraft: ({ id }) => {
      const r = existing(id);
      if (r.deletedAt !== null) return summary(r);
      return summary(store.setDeletedAt(id, ctx.now().toISOString())!);
    },

    restoreDraft: ({ id }) => {
      const r = existing(id);
      if (r.deletedAt === null) return summary(r);
      return summary(store.setDeletedAt(id, null)!);
    },

    deleteDraft: ({ id }) => {
      const r = existing(id);
      if (r.deletedAt === null) {
        throw new ApiError('CONFLICT', 'Chỉ xóa hẳn được dự thảo đã ở trong thùng rác. Hãy chuyển dự thảo vào thùng rác trước.', `draft ${id} is not in the trash`);
      }
      store.deleteDraft(id);
      return { id };
    },

    searchDrafts: ({ query, limit }) => store.search(query, limit ?? DEFAULT_SEARCH_LIMIT),
  };
}
