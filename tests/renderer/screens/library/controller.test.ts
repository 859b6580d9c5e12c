// The library's controller, without React or a DOM: the list, search,
// messages with "Hoàn tác", dialogs and the library actions follow the
// user's clicks and the store's answers.
import { describe, expect, it, vi } from 'vitest';
import type { DraftSummary, DuThaoApi, SearchHit } from '../../../../common/api/contract';
import { ApiError } from '../../../../common/api/errors';
import { LibraryController, type LibraryDeps } from '../../../../renderer/src/screens/library/libraryController';

const T = '2026-11-27T03:00:00.000Z';
function summary(id: string, title: string): DraftSummary {
  return { id, title, templateId: 'bao-cao', templateTitle: 'Báo cáo', profile: 'dang', createdAt: T, updatedAt: T, deletedAt: null };
}
const A = summary('a', 'Báo cáo quý IV');
const B = summary('b', 'Kế hoạch 2027');

type Api = LibraryDeps['api'];

function setup(overrides: Partial<Api> = {}, inTrash = false) {
  let list: DraftSummary[] = [A, B];
  const api = {
    listDrafts: vi.fn<DuThaoApi['listDrafts']>(async () => list),
    countOpenThreads: vi.fn<DuThaoApi['countOpenThreads']>(async () => ({ a: 2 })),
    searchDrafts: vi.fn<DuThaoApi['searchDrafts']>(async () => []),
    duplicateDraft: vi.fn<DuThaoApi['duplicateDraft']>(async () => A),
    trashDraft: vi.fn<DuThaoApi['trashDraft']>(async ({ id }) => {
      list = list.filter((d) => d.id !== id);
      return A;
    }),
    restoreDraft: vi.fn<DuThaoApi['restoreDraft']>(async () => {
      list = [A, B];
      return A;
    }),
    deleteDraft: vi.fn<DuThaoApi['deleteDraft']>(async ({ id }) => ({ id })),
    renameDraft: vi.fn<DuThaoApi['renameDraft']>(async ({ title }) => ({ ...A, title })),
    saveDraftAsTemplate: vi.fn<DuThaoApi['saveDraftAsTemplate']>(async ({ title }) => ({ id: 't', title }) as Awaited<ReturnType<DuThaoApi['saveDraftAsTemplate']>>),
    openReviewCopy: vi.fn<DuThaoApi['openReviewCopy']>(async () => ({ draftId: 'r1' }) as Awaited<ReturnType<DuThaoApi['openReviewCopy']>>),
    ...overrides,
  } satisfies Api;
  const onOpenDraft = vi.fn();
  const storeReviewMode = vi.fn();
  const controller = new LibraryController({ api, inTrash, onOpenDraft, storeReviewMode, fileToBase64: async () => 'UEs=' });
  return { controller, api, onOpenDraft, storeReviewMode };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('the library controller', () => {
  it('lists the drafts with their open comments, read in one call for the whole list', async () => {
    const { controller, api } = setup();
    expect(controller.getState().drafts).toBeNull();
    await controller.reload();
    await tick();
    expect(controller.getState().drafts?.map((d) => d.title)).toEqual(['Báo cáo quý IV', 'Kế hoạch 2027']);
    expect(controller.getState().openComments).toEqual({ a: 2 });
    expect(api.countOpenThreads).toHaveBeenCalledOnce();
    expect(api.countOpenThreads).toHaveBeenCalledWith({ draftIds: ['a', 'b'] });
  });

  it('moves a draft to the trash with "Hoàn tác", which brings it back', async () => {
    const { controller, api } = setup();
    await controller.reload();
    await controller.trash(A);
    expect(controller.getState()).toMatchObject({ info: 'Đã chuyển “Báo cáo quý IV” vào thùng rác.', undoTrash: A });
    expect(controller.getState().drafts?.map((d) => d.id)).toEqual(['b']);
    await controller.undoTrash();
    expect(api.restoreDraft).toHaveBeenCalledWith({ id: 'a' });
    expect(controller.getState()).toMatchObject({ info: 'Đã khôi phục “Báo cáo quý IV”.', undoTrash: null });
    expect(controller.getState().drafts?.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('deletes for good only the draft the confirmation names, and shows the store\'s refusal in Vietnamese', async () => {
    const { controller, api } = setup({ deleteDraft: vi.fn(async () => Promise.reject(new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.'))) });
    await controller.confirmDelete();
    expect(api.deleteDraft).not.toHaveBeenCalled();
    controller.openDialog({ kind: 'delete', draft: B });
    await controller.confirmDelete();
    expect(api.deleteDraft).toHaveBeenCalledWith({ id: 'b' });
    expect(controller.getState()).toMatchObject({ dialog: null, error: 'Không tìm thấy dự thảo.' });
  });

  it('shows only the answer to the latest search, not a late one for an older query', async () => {
    let release: (hits: SearchHit[]) => void = () => {};
    const hit = (id: string): SearchHit => ({ id, title: id, profile: 'dang', updatedAt: T, snippet: '' });
    const searchDrafts = vi
      .fn<DuThaoApi['searchDrafts']>()
      .mockImplementationOnce(() => new Promise((r) => (release = r)))
      .mockImplementationOnce(async () => [hit('new')]);
    const { controller } = setup({ searchDrafts });
    controller.search('can tho');
    controller.search('can tho 2026');
    await tick();
    release([hit('old')]);
    await tick();
    expect(controller.getState().hits).toEqual({ query: 'can tho 2026', hits: [hit('new')] });
    controller.search('');
    expect(controller.getState().hits).toBeNull();
  });

  it('opens a review copy in review mode, and names the file when it cannot be opened', async () => {
    const { controller, onOpenDraft, storeReviewMode } = setup();
    await controller.openReviewCopy(new File(['x'], 'gop-y.duthao'));
    expect(storeReviewMode).toHaveBeenCalledWith('r1', true);
    expect(onOpenDraft).toHaveBeenCalledWith('r1');

    const bad = setup({ openReviewCopy: vi.fn(async () => Promise.reject(new ApiError('INVALID_ARGUMENT', 'Tệp không phải bản góp ý.'))) });
    await bad.controller.openReviewCopy(new File(['x'], 'hong.duthao'));
    expect(bad.controller.getState().error).toBe('Không mở được bản góp ý “hong.duthao”: Tệp không phải bản góp ý.');
    expect(bad.onOpenDraft).not.toHaveBeenCalled();
  });

  it('renames from the rename dialog and throws the refusal for the dialog to show', async () => {
    const { controller } = setup({ renameDraft: vi.fn(async () => Promise.reject(new ApiError('INVALID_ARGUMENT', 'Tên không được để trống.'))) });
    controller.openDialog({ kind: 'rename', draft: A });
    await expect(controller.rename('')).rejects.toThrow('Tên không được để trống.');
    expect(controller.getState().dialog).toEqual({ kind: 'rename', draft: A });

    const ok = setup();
    ok.controller.openDialog({ kind: 'rename', draft: A });
    await ok.controller.rename('Báo cáo năm');
    expect(ok.api.renameDraft).toHaveBeenCalledWith({ id: 'a', title: 'Báo cáo năm' });
    expect(ok.controller.getState()).toMatchObject({ dialog: null, info: 'Đã đổi tên thành “Báo cáo năm”.' });
  });

  it('opens a draft for review or for editing, and an imported Word file for editing', () => {
    const { controller, onOpenDraft, storeReviewMode } = setup();
    controller.open(A, true);
    expect(storeReviewMode).toHaveBeenLastCalledWith('a', true);
    controller.open(B);
    expect(storeReviewMode).toHaveBeenLastCalledWith('b', false);
    controller.importWord(new File(['x'], 'bao-cao.docx'));
    expect(controller.getState().importing?.name).toBe('bao-cao.docx');
    controller.openImported('w1');
    expect(controller.getState().importing).toBeNull();
    expect(storeReviewMode).toHaveBeenLastCalledWith('w1', false);
    expect(onOpenDraft).toHaveBeenLastCalledWith('w1');
  });
});
