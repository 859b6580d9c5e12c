/**
 * Templates: the built-in files and the user's own ("Lưu làm mẫu"), and
 * resolving a template id when a draft is created.
 */
import type { TemplateInfo } from '../../common/api/contract';
import { ApiError } from '../../common/api/errors';
import type { DocJSON, ProfileId } from '../../common/document/types';
import type { ApiHandlers } from '../api/handlers';
import type { UserTemplateRecord } from '../store/draft-store';
import type { ServiceContext } from './context';
import { notFoundDraft } from './not-found';
import { withoutCommentMarks } from '../../common/review/without-comments';
import { loadBuiltinTemplates } from './template-catalog';

/** Ids of user templates start with this, so they never clash with built-in ones. */
export const USER_TEMPLATE_PREFIX = 'user-';

/** A usable template, whatever its source. */
export interface ResolvedTemplate {
  readonly id: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly draftTitle: string;
  readonly doc: DocJSON;
}

function userInfo(t: UserTemplateRecord): TemplateInfo {
  return { id: t.id, title: t.title, profile: t.profile, description: t.description, source: 'user' };
}

/** Finds a template by id; NOT_FOUND when there is none, INVALID_ARGUMENT when its file is broken. */
export function resolveTemplate(ctx: ServiceContext, id: string): ResolvedTemplate {
  if (id.startsWith(USER_TEMPLATE_PREFIX)) {
    const t = ctx.store.getUserTemplate(id);
    if (t) return { id: t.id, title: t.title, profile: t.profile, draftTitle: t.title, doc: JSON.parse(t.docJson) as DocJSON };
  } else {
    const t = loadBuiltinTemplates(ctx.templatesDir).find((b) => b.info.id === id);
    if (t?.file) return { id, title: t.file.title, profile: t.file.profile, draftTitle: t.file.draftTitle, doc: t.file.doc };
    if (t) throw new ApiError('INVALID_ARGUMENT', `Mẫu "${t.info.title}" bị lỗi nên không dùng được. ${t.info.broken ?? ''}`.trim(), `template ${id} is broken`);
  }
  throw new ApiError('NOT_FOUND', 'Không tìm thấy mẫu văn bản này. Có thể mẫu đã bị xóa.', `no template ${id}`);
}

/** Handlers for listTemplates, saveDraftAsTemplate and deleteTemplate. */
export function templateHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'listTemplates' | 'saveDraftAsTemplate' | 'deleteTemplate'> {
  return {
    listTemplates: () => [...loadBuiltinTemplates(ctx.templatesDir).map((t) => t.info), ...ctx.store.listUserTemplates().map(userInfo)],

    saveDraftAsTemplate: ({ id, title }) => {
      const draft = ctx.store.getDraft(id);
      if (!draft) throw notFoundDraft(id);
      const record: UserTemplateRecord = {
        id: USER_TEMPLATE_PREFIX + ctx.newId(),
        title: title.normalize('NFC'),
        profile: draft.profile,
        description: `Lưu từ dự thảo "${draft.title}"`,
        docJson: JSON.stringify(withoutCommentMarks(JSON.parse(draft.docJson) as DocJSON)),
        createdAt: ctx.now().toISOString(),
      };
      ctx.store.insertUserTemplate(record);
      return userInfo(record);
    },

    deleteTemplate: ({ id }) => {
      if (!id.startsWith(USER_TEMPLATE_PREFIX)) {
        if (loadBuiltinTemplates(ctx.templatesDir).some((t) => t.info.id === id)) {
          throw new ApiError('CONFLICT', 'Không xóa được mẫu có sẵn của DuThao; chỉ xóa được mẫu do bạn lưu.', `template ${id} is built in`);
        }
      } else if (ctx.store.deleteUserTemplate(id)) {
        return { id };
      }
      throw new ApiError('NOT_FOUND', 'Không tìm thấy mẫu văn bản này. Có thể mẫu đã bị xóa.', `no template ${id}`);
    },
  };
}
