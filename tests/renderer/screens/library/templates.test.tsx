// @vitest-environment happy-dom
// "Lưu làm mẫu" from a library row, "Mẫu của tôi" with "Xóa mẫu" in the
// "Dự thảo mới" dialog, the first-run banner following settings saved
// elsewhere, and the open-comments badge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DraftSummary, DuThaoApi, Settings, TemplateInfo } from '../../../../common/api/contract';
import { DEFAULT_SETTINGS } from '../../../../common/api/contract';
import { ApiError } from '../../../../common/api/errors';
import { App } from '../../../../renderer/src/app/App';
import { LibraryScreen } from '../../../../renderer/src/screens/library/LibraryScreen';
import { allByTestId, byTestId, clickThenSettle, realSettle, renderWithApi, typeInto, useTestRoot } from '../../../helpers/renderer-fixtures';
import { REPO_ROOT } from '../../../helpers/repo';

const T = '2026-11-27T03:00:00.000Z';

function draft(id: string, title: string): DraftSummary {
  return { id, title, templateId: 'bao-cao', templateTitle: 'Báo cáo công tác năm', profile: 'dang', createdAt: T, updatedAt: T, deletedAt: null };
}

const BUILTIN: TemplateInfo = { id: 'bao-cao', title: 'Báo cáo công tác năm', profile: 'dang', description: '', source: 'builtin' };
const BROKEN: TemplateInfo = { id: 'hong', title: 'Nghị quyết', profile: 'dang', description: '', source: 'builtin', broken: 'tệp mẫu không đọc được' };
const MINE: TemplateInfo = { id: 'user-1', title: 'Mẫu báo cáo của phòng', profile: 'dang', description: '', source: 'user' };

function fakeApi(overrides: Partial<Record<keyof DuThaoApi, unknown>> = {}): DuThaoApi {
  return {
    listDrafts: vi.fn(async () => [draft('a', 'Báo cáo quý III')]),
    countOpenThreads: vi.fn(async () => ({})),
    searchDrafts: vi.fn(async () => []),
    listTemplates: vi.fn(async () => [BUILTIN, BROKEN, MINE]),
    createDraft: vi.fn(),
    saveDraftAsTemplate: vi.fn(async ({ title }: { id: string; title: string }) => ({ ...MINE, id: 'user-2', title })),
    deleteTemplate: vi.fn(async ({ id }: { id: string }) => ({ id })),
    getSettings: vi.fn(async () => DEFAULT_SETTINGS),
    updateSettings: vi.fn(async (s: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...s })),
    getAppInfo: vi.fn(async () => ({ version: '0.1.0', dataDir: '/d', databasePath: '/d/duthao.db', movedAsideDatabase: null })),
    ...overrides,
  } as unknown as DuThaoApi;
}

const t = useTestRoot({ before: () => history.replaceState(null, '', '/') });
const settle = (): Promise<void> => realSettle(5)();

async function render(api: DuThaoApi, node: React.ReactNode): Promise<void> {
  await renderWithApi(t.root, api, node);
  await settle();
}

const q = byTestId;
const qa = allByTestId;
const click = clickThenSettle(settle);

const library = (): React.ReactNode => <LibraryScreen view="library" onOpenDraft={() => {}} onShowView={() => {}} newDraftRequest={0} />;

describe('Lưu làm mẫu from a library row', () => {
  it('asks for a name (the draft title first), saves it and confirms', async () => {
    const api = fakeApi();
    await render(api, library());
    await click(q('draft-save-template'));
    const name = q('save-template-name') as HTMLInputElement;
    expect(q('save-template-dialog')?.textContent).toContain('Tên mẫu');
    expect(name.value).toBe('Báo cáo quý III');
    await typeInto(name, '  Mẫu báo cáo của phòng ');
    await click(q('save-template-ok'));
    expect(api.saveDraftAsTemplate).toHaveBeenCalledWith({ id: 'a', title: 'Mẫu báo cáo của phòng' });
    expect(q('save-template-dialog')).toBeNull();
    expect(q('library-info')?.textContent).toContain('Đã lưu mẫu «Mẫu báo cáo của phòng».');
  });

  it('refuses an empty name and keeps the dialog with the reason of a failed save', async () => {
    const saveDraftAsTemplate = vi.fn(async () => {
      throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.');
    });
    const api = fakeApi({ saveDraftAsTemplate });
    await render(api, library());
    await click(q('draft-save-template'));
    await typeInto(q('save-template-name'), '   ');
    await click(q('save-template-ok'));
    expect(q('save-template-error')?.textContent).toBe('Tên mẫu không được để trống.');
    expect(saveDraftAsTemplate).not.toHaveBeenCalled();
    await typeInto(q('save-template-name'), 'Mẫu A');
    await click(q('save-template-ok'));
    expect(q('save-template-dialog')).not.toBeNull();
    expect(q('save-template-error')?.textContent).not.toBe('');
    expect(q('library-info')).toBeNull();
  });
});

describe('Mẫu của tôi in the Dự thảo mới dialog', () => {
  it('lists user templates in their own group and built-in ones (broken included) without a delete button', async () => {
    await render(fakeApi(), library());
    await click(q('new-draft-button'));
    const builtin = q('template-group-builtin')!;
    const mine = q('template-group-mine')!;
    expect(builtin.textContent).toContain('Mẫu có sẵn');
    expect(mine.textContent).toContain('Mẫu của tôi');
    expect(qa('template-option', builtin).map((o) => o.dataset.templateId)).toEqual(['bao-cao', 'hong']);
    expect(qa('template-option', mine).map((o) => o.dataset.templateId)).toEqual(['user-1']);
    expect(qa('template-delete', builtin)).toHaveLength(0);
    expect(qa('template-delete', mine)).toHaveLength(1);
    const broken = qa('template-option', builtin)[1]!;
    expect(broken.querySelector('input')!.disabled).toBe(true);
    expect(q('template-broken', broken)?.textContent).toBe('Không dùng được: tệp mẫu không đọc được');
  });

  it('shows no Mẫu của tôi group when the user has no template', async () => {
    await render(fakeApi({ listTemplates: vi.fn(async () => [BUILTIN]) }), library());
    await click(q('new-draft-button'));
    expect(q('template-group-mine')).toBeNull();
    expect(qa('template-delete')).toHaveLength(0);
  });

  it('deletes a user template only after a confirmation naming it', async () => {
    const api = fakeApi();
    await render(api, library());
    await click(q('new-draft-button'));
    // Choose it first: once deleted, the choice falls back to a usable template.
    await act(async () => (q('template-group-mine')!.querySelector('input') as HTMLInputElement).click());
    await click(q('template-delete'));
    const confirm = q('confirm-delete-template')!;
    expect(confirm.textContent).toContain('«Mẫu báo cáo của phòng»');
    await click(q('confirm-cancel', confirm));
    expect(api.deleteTemplate).not.toHaveBeenCalled();
    expect(q('template-group-mine')).not.toBeNull();

    await click(q('template-delete'));
    await click(q('confirm-ok', q('confirm-delete-template')!));
    expect(api.deleteTemplate).toHaveBeenCalledWith({ id: 'user-1' });
    expect(q('confirm-delete-template')).toBeNull();
    expect(q('template-group-mine')).toBeNull();
    expect(qa('template-option').map((o) => o.dataset.templateId)).toEqual(['bao-cao', 'hong']);
    expect(q('template-info')?.textContent).toBe('Đã xóa mẫu «Mẫu báo cáo của phòng».');
    const fallback = q('template-group-builtin')!.querySelector('input') as HTMLInputElement;
    expect(fallback.checked).toBe(true);
    // The delete button is gone: the focus goes back into the dialog (Escape and Tab keep working).
    expect(document.activeElement).toBe(fallback);
    expect(q('new-draft-dialog')).not.toBeNull();
  });

  it('keeps the template listed with the reason when deleting fails', async () => {
    const deleteTemplate = vi.fn(async () => {
      throw new ApiError('NOT_FOUND', 'Không tìm thấy mẫu.');
    });
    await render(fakeApi({ deleteTemplate }), library());
    await click(q('new-draft-button'));
    await click(q('template-delete'));
    await click(q('confirm-ok'));
    expect(deleteTemplate).toHaveBeenCalled();
    expect(q('template-group-mine')).not.toBeNull();
    expect(q('new-draft-dialog')?.querySelector('[role="alert"]')?.textContent).not.toBe('');
  });
});

describe('small library fixes', () => {
  it('hides the first-run banner after the settings were saved elsewhere, on the next screen change', async () => {
    let settings: Settings = DEFAULT_SETTINGS;
    const api = fakeApi({ getSettings: vi.fn(async () => settings) });
    await render(api, <App bridge={null} />);
    expect(q('first-run-banner')).not.toBeNull();
    // Saved from another screen (e.g. the editor's comment prompt).
    settings = { ...DEFAULT_SETTINGS, userName: 'Nguyễn Văn An', issuingBody: 'THÀNH ỦY CẦN THƠ' };
    await act(async () => {
      history.pushState(null, '', '#/trash');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await settle();
    expect(q('trash-screen')).not.toBeNull();
    expect(q('first-run-banner')).toBeNull();
  });

  it('styles the open-comments count as a small amber badge', () => {
    const css = readFileSync(join(REPO_ROOT, 'renderer/src/platform/styles/library.css'), 'utf8');
    const rule = /\.draft-row__comments\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/background:\s*#fff3cd/);
    expect(rule).toMatch(/border-radius/);
    expect(rule).toMatch(/font-size:\s*12px/);
  });
});
