// The open draft's controller, without React or a DOM: what the editor
// screen shows (title, messages, dialogs, review mode, the kept unsaved text
// offered back) follows the user's actions and the store's answers.
import { describe, expect, it, vi } from 'vitest';
import type { Draft, DuThaoApi } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';
import { ApiError } from '../../../../common/api/errors';
import { OpenDraftController, TEMPLATE_NEEDS_SAVE, type OpenDraftDeps } from '../../../../renderer/src/screens/editor-screen/openDraftController';
import { memoryUnsavedStore } from '../../../../renderer/src/platform/autosave/unsavedEdits';
import { makeDoc, p } from '../../../helpers/editor';

const T = '2026-11-27T03:00:00.000Z';
const DOC = makeDoc([p('Thu ngân sách vượt dự toán.')]);
const DRAFT: Draft = { id: 'd1', title: 'Báo cáo', templateId: 'bao-cao', templateTitle: 'Báo cáo', profile: 'dang', createdAt: T, updatedAt: T, deletedAt: null, doc: DOC, revision: 3 };

type Api = OpenDraftDeps['api'];

function setup(api: Partial<Api> = {}, extra: Partial<OpenDraftDeps> = {}) {
  const stored = new Map<string, boolean>();
  const onFlash = vi.fn();
  const onReload = vi.fn();
  const fullApi: Api = {
    saveDraft: vi.fn<DuThaoApi['saveDraft']>(async () => ({ id: 'd1', updatedAt: T, revision: 4 })),
    renameDraft: vi.fn<DuThaoApi['renameDraft']>(async ({ title }) => ({ ...DRAFT, title })),
    saveDraftAsTemplate: vi.fn<DuThaoApi['saveDraftAsTemplate']>(async ({ title }) => ({ id: 't1', title }) as Awaited<ReturnType<DuThaoApi['saveDraftAsTemplate']>>),
    ...api,
  };
  const controller = new OpenDraftController({
    draft: DRAFT,
    api: fullApi,
    unsaved: memoryUnsavedStore(),
    reviewModeStore: { isStored: (id) => stored.get(id) ?? false, store: (id, on) => void stored.set(id, on) },
    onFlash,
    onReload,
    ...extra,
  });
  return { controller, api: fullApi, stored, onFlash, onReload };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('the open draft controller', () => {
  it('renames the draft, and on a refusal shows why in Vietnamese and keeps the old title', async () => {
    const { controller } = setup({ renameDraft: vi.fn(async () => Promise.reject(new ApiError('INVALID_ARGUMENT', 'Tên quá dài'))) });
    await expect(controller.rename('Tên mới')).rejects.toThrow();
    expect(controller.getState().title).toBe('Báo cáo');
    expect(controller.getState().notice).toBe('Chưa đổi được tên: Tên quá dài');

    const ok = setup();
    const seen: string[] = [];
    ok.controller.subscribe(() => seen.push(ok.controller.getState().title));
    await ok.controller.rename('Báo cáo quý IV');
    expect(ok.controller.getState().title).toBe('Báo cáo quý IV');
    expect(seen).toContain('Báo cáo quý IV');
  });

  it('"Lưu làm mẫu" refuses while the draft cannot be stored, and says so after it saved the template', async () => {
    const { controller, api } = setup();
    controller.openDialog('saveAsTemplate');
    // A change that cannot be saved (no editor to read it from): the template would miss it.
    controller.markDirty();
    await expect(controller.saveAsTemplate('Mẫu báo cáo')).rejects.toThrow(TEMPLATE_NEEDS_SAVE);
    expect(api.saveDraftAsTemplate).not.toHaveBeenCalled();
    expect(controller.getState().dialog).toBe('saveAsTemplate');
    controller.dispose();

    const ok = setup();
    ok.controller.openDialog('saveAsTemplate');
    await ok.controller.saveAsTemplate('Mẫu báo cáo');
    expect(ok.api.saveDraftAsTemplate).toHaveBeenCalledWith({ id: 'd1', title: 'Mẫu báo cáo' });
    expect(ok.controller.getState()).toMatchObject({ dialog: null, info: 'Đã lưu mẫu «Mẫu báo cáo».' });
  });

  it('remembers review mode per draft and opens the draft in it next time', () => {
    const { controller, stored } = setup();
    expect(controller.getState().reviewMode).toBe(false);
    controller.setReviewMode(true);
    expect(controller.getState().reviewMode).toBe(true);
    expect(stored.get('d1')).toBe(true);
    const again = new OpenDraftController({
      draft: DRAFT,
      api: setup().api,
      unsaved: memoryUnsavedStore(),
      reviewModeStore: { isStored: (id) => stored.get(id) ?? false, store: () => {} },
      onFlash: () => {},
      onReload: () => {},
    });
    expect(again.getState().reviewMode).toBe(true);
  });

  it('offers text kept in the tab only when it differs from the stored draft, and forgets it when discarded', async () => {
    const unsaved = memoryUnsavedStore();
    const changed: DocJSON = makeDoc([p('Thu ngân sách vượt dự toán 12%.')]);
    await unsaved.put({ draftId: 'd1', doc: changed, baseRevision: 3, keptAt: T });
    const { controller } = setup({}, { unsaved });
    await tick();
    expect(controller.getState().offer?.doc).toEqual(changed);
    controller.discardUnsaved();
    expect(controller.getState().offer).toBeNull();
    await tick();
    expect(await unsaved.get('d1')).toBeNull();

    const same = memoryUnsavedStore();
    await same.put({ draftId: 'd1', doc: DOC, baseRevision: 3, keptAt: T });
    const quiet = setup({}, { unsaved: same });
    await tick();
    expect(quiet.controller.getState().offer).toBeNull();
    expect(await same.get('d1')).toBeNull();
  });

  it('asks who the user is before a comment, and drops the comment when they give no name', () => {
    const { controller } = setup();
    controller.needUser();
    expect(controller.getState()).toMatchObject({ dialog: 'askUser', resumeComment: true });
    controller.userSaved('   ');
    controller.closeDialog();
    expect(controller.getState()).toMatchObject({ dialog: null, resumeComment: false });
    controller.needUser();
    controller.userSaved('Nguyễn Văn A');
    expect(controller.getState().resumeComment).toBe(true);
  });

  it('after a merge shows its report and reads the draft again when the merge changed it', () => {
    const { controller, onFlash, onReload } = setup();
    controller.merged('Đã thêm 2 góp ý.', false);
    expect(onFlash).toHaveBeenCalledWith('Đã thêm 2 góp ý.');
    expect(onReload).not.toHaveBeenCalled();
    controller.merged('Đã thêm 1 góp ý và cập nhật nội dung.', true);
    expect(onReload).toHaveBeenCalledOnce();
    controller.openDialog('versions');
    controller.versionRestored('Đã khôi phục phiên bản 2.');
    expect(controller.getState().dialog).toBeNull();
    expect(onReload).toHaveBeenCalledTimes(2);
  });
});
