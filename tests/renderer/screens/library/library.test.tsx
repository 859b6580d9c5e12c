// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DraftSummary, DuThaoApi, Settings, TemplateInfo } from '../../../../common/api/contract';
import { DEFAULT_SETTINGS } from '../../../../common/api/contract';
import { ApiContext } from '../../../../renderer/src/platform/api/ApiContext';
import { App } from '../../../../renderer/src/app/App';
import { LibraryScreen } from '../../../../renderer/src/screens/library/LibraryScreen';
import { SettingsDialog } from '../../../../renderer/src/features/settings/SettingsDialog';
import { allByTestId, byTestId, clickThenSettle, fakeSettle, typeInto, useTestRoot } from '../../../helpers/renderer-fixtures';
import { TEMPLATES_DIR } from '../../../helpers/repo';

const NOW = new Date(2026, 10, 27, 10, 42);

function draft(id: string, title: string, hoursAgo: number, extra: Partial<DraftSummary> = {}): DraftSummary {
  const t = new Date(NOW.getTime() - hoursAgo * 3600_000).toISOString();
  return { id, title, templateId: 'bao-cao', templateTitle: 'Báo cáo công tác năm', profile: 'dang', createdAt: t, updatedAt: t, deletedAt: null, ...extra };
}

function fakeApi(overrides: Partial<Record<keyof DuThaoApi, unknown>> = {}): DuThaoApi {
  const base = {
    listDrafts: vi.fn(async () => [] as DraftSummary[]),
    searchDrafts: vi.fn(async () => []),
    listTemplates: vi.fn(async () => [] as TemplateInfo[]),
    createDraft: vi.fn(),
    renameDraft: vi.fn(),
    duplicateDraft: vi.fn(),
    trashDraft: vi.fn(),
    restoreDraft: vi.fn(),
    deleteDraft: vi.fn(async ({ id }: { id: string }) => ({ id })),
    saveDraft: vi.fn(async ({ id }: { id: string }) => ({ id, updatedAt: NOW.toISOString(), revision: 2 })),
    getSettings: vi.fn(async () => DEFAULT_SETTINGS),
    updateSettings: vi.fn(async (s: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...s })),
    getAppInfo: vi.fn(async () => ({ version: '0.1.0', dataDir: '/d', databasePath: '/d/duthao.db', movedAsideDatabase: null })),
    ...overrides,
  };
  return base as unknown as DuThaoApi;
}

const t = useTestRoot({
  before: () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(NOW);
    history.replaceState(null, '', '/');
  },
  after: () => vi.useRealTimers(),
});
const settle = fakeSettle;

async function render(node: React.ReactNode): Promise<void> {
  await act(async () => t.root.render(node));
  await settle();
}

const q = (testId: string): HTMLElement | null => byTestId(testId);
const qa = (testId: string): HTMLElement[] => allByTestId(testId);
const click = clickThenSettle(settle);

function library(api: DuThaoApi, view: 'library' | 'trash' = 'library', onOpenDraft = vi.fn()) {
  return (
    <ApiContext.Provider value={api}>
      <LibraryScreen view={view} onOpenDraft={onOpenDraft} onShowView={() => {}} newDraftRequest={0} />
    </ApiContext.Provider>
  );
}

describe('LibraryScreen', () => {
  it('lists drafts with template, profile and Vietnamese relative time, full date on hover', async () => {
    const api = fakeApi({ listDrafts: vi.fn(async () => [draft('a', 'Báo cáo năm 2024', 2), draft('b', 'Nghị quyết 2025', 30, { profile: 'nha-nuoc' })]) });
    await render(library(api));
    expect(qa('draft-title').map((e) => e.textContent)).toEqual(['Báo cáo năm 2024', 'Nghị quyết 2025']);
    expect(qa('draft-profile').map((e) => e.textContent)).toEqual(['Đảng', 'Nhà nước']);
    expect(qa('draft-template')[0]?.textContent).toBe('Báo cáo công tác năm');
    const time = qa('draft-updated')[0]!;
    expect(time.textContent).toBe('2 giờ trước');
    expect(time.getAttribute('title')).toBe('08:42, ngày 27/11/2026');
    expect(qa('draft-updated')[1]?.textContent).toBe('hôm qua');
  });

  it('says so in Vietnamese when there are no drafts', async () => {
    await render(library(fakeApi()));
    expect(q('empty-state')?.textContent).toContain('Chưa có dự thảo nào');
  });

  it('searches ~150 ms after typing stops, once, with the text in NFC, and shows snippets', async () => {
    const searchDrafts = vi.fn(async () => [{ id: 'a', title: 'Báo cáo', profile: 'dang', updatedAt: NOW.toISOString(), snippet: '… Thành ủy Cần Thơ tổng kết …' }]);
    const onOpen = vi.fn();
    await render(library(fakeApi({ searchDrafts }), 'library', onOpen));
    const box = q('search-input');
    await typeInto(box, 'C');
    await settle(50);
    await typeInto(box, 'Cần Thơ'.normalize('NFD'));
    await settle(100);
    expect(searchDrafts).not.toHaveBeenCalled();
    await settle(60);
    expect(searchDrafts).toHaveBeenCalledTimes(1);
    expect(searchDrafts).toHaveBeenCalledWith({ query: 'Cần Thơ'.normalize('NFC'), limit: 50 });
    expect(q('search-snippet')?.textContent).toContain('Thành ủy Cần Thơ');
    await click(q('search-hit-title'));
    expect(onOpen).toHaveBeenCalledWith('a');
  });

  it('deletes for good only after a confirmation that names the draft', async () => {
    const deleteDraft = vi.fn(async ({ id }: { id: string }) => ({ id }));
    const api = fakeApi({ listDrafts: vi.fn(async () => [draft('a', 'Báo cáo cũ', 100, { deletedAt: NOW.toISOString() })]), deleteDraft });
    await render(library(api, 'trash'));
    expect(q('draft-updated')?.textContent).toBe('Bỏ vào thùng rác vừa xong');
    expect(q('draft-open')).toBeNull(); // a trashed draft is restored, not opened
    await click(q('draft-delete'));
    const dialog = q('confirm-delete-dialog')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.textContent).toContain('Báo cáo cũ');
    expect(document.activeElement).toBe(q('confirm-cancel')); // Enter does not destroy
    await click(q('confirm-cancel'));
    expect(q('confirm-delete-dialog')).toBeNull();
    expect(deleteDraft).not.toHaveBeenCalled();
    await click(q('draft-delete'));
    await click(q('confirm-ok'));
    expect(deleteDraft).toHaveBeenCalledWith({ id: 'a' });
  });

  it('shows broken templates disabled with their reason and creates from the chosen one', async () => {
    const templates: TemplateInfo[] = [
      { id: 'hong', title: 'Mẫu hỏng', profile: 'dang', description: '', source: 'user', broken: 'tệp mẫu không đọc được' },
      { id: 'bao-cao', title: 'Báo cáo công tác năm', profile: 'dang', description: 'Kết quả năm {{year}}, phương hướng năm {{nextYear}}', source: 'builtin' },
    ];
    const createDraft = vi.fn(async () => ({ id: 'new1' }));
    const onOpen = vi.fn();
    await render(library(fakeApi({ listTemplates: vi.fn(async () => templates), createDraft }), 'library', onOpen));
    await click(q('new-draft-button'));
    const options = qa('template-option');
    expect(options.map((o) => o.querySelector('input')!.disabled)).toEqual([true, false]);
    expect(q('template-broken')?.textContent).toBe('Không dùng được: tệp mẫu không đọc được');
    expect(options[1]!.textContent).toContain('Kết quả năm 2026, phương hướng năm 2027');
    expect((options[1]!.querySelector('input') as HTMLInputElement).checked).toBe(true);
    await typeInto(q('new-draft-title'), '  Báo cáo năm 2024 ');
    await click(q('new-draft-create'));
    expect(createDraft).toHaveBeenCalledWith({ templateId: 'bao-cao', title: 'Báo cáo năm 2024', year: 2026 });
    expect(onOpen).toHaveBeenCalledWith('new1');
  });

  it('offers this year (the default) and last year for the draft, and the template text follows the choice', async () => {
    const templates: TemplateInfo[] = [
      { id: 'bao-cao', title: 'Báo cáo công tác năm {{year}}', profile: 'dang', description: 'Kết quả năm {{year}}, phương hướng năm {{nextYear}}', source: 'builtin' },
    ];
    const createDraft = vi.fn(async () => ({ id: 'new1' }));
    await render(library(fakeApi({ listTemplates: vi.fn(async () => templates), createDraft }), 'library'));
    await click(q('new-draft-button'));
    const select = q('new-draft-year') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Năm 2026 (năm nay)', 'Năm 2025 (năm trước)']);
    expect(select.value).toBe('2026');
    await act(async () => {
      select.value = '2025';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(qa('template-option')[0]!.textContent).toContain('Báo cáo công tác năm 2025');
    expect(qa('template-option')[0]!.textContent).toContain('Kết quả năm 2025, phương hướng năm 2026');
    await click(q('new-draft-create'));
    expect(createDraft).toHaveBeenCalledWith({ templateId: 'bao-cao', year: 2025 });
  });

  it('offers "Hoàn tác" after moving a draft to the trash, which restores it', async () => {
    const listDrafts = vi.fn(async () => [draft('a', 'Báo cáo', 1)]);
    const trashDraft = vi.fn(async () => ({}));
    const restoreDraft = vi.fn(async () => ({}));
    await render(library(fakeApi({ listDrafts, trashDraft, restoreDraft })));
    listDrafts.mockResolvedValue([]);
    await click(q('draft-trash'));
    expect(trashDraft).toHaveBeenCalledWith({ id: 'a' });
    expect(q('library-info')?.textContent).toContain('Đã chuyển “Báo cáo” vào thùng rác.');
    expect(q('undo-trash')?.textContent).toBe('Hoàn tác');
    listDrafts.mockResolvedValue([draft('a', 'Báo cáo', 1)]);
    await click(q('undo-trash'));
    expect(restoreDraft).toHaveBeenCalledWith({ id: 'a' });
    expect(qa('draft-title').map((e) => e.textContent)).toEqual(['Báo cáo']);
    expect(q('library-info')?.textContent).toContain('Đã khôi phục');
    expect(q('undo-trash')).toBeNull();
  });

  it('duplicates a draft and shows the new list', async () => {
    const listDrafts = vi.fn(async () => [draft('a', 'Báo cáo', 1)]);
    const duplicateDraft = vi.fn(async () => draft('b', 'Báo cáo (bản sao)', 0));
    await render(library(fakeApi({ listDrafts, duplicateDraft })));
    listDrafts.mockResolvedValue([draft('b', 'Báo cáo (bản sao)', 0), draft('a', 'Báo cáo', 1)]);
    await click(q('draft-duplicate'));
    expect(duplicateDraft).toHaveBeenCalledWith({ id: 'a' });
    expect(qa('draft-title').map((e) => e.textContent)).toEqual(['Báo cáo (bản sao)', 'Báo cáo']);
    expect(q('library-info')?.textContent).toContain('Đã nhân bản');
  });

  it('closes a dialog with Escape and keeps Tab inside it', async () => {
    await render(library(fakeApi({ listDrafts: vi.fn(async () => [draft('a', 'Báo cáo', 1)]) })));
    await click(q('draft-rename'));
    const input = q('rename-input') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    const dialog = q('rename-dialog')!;
    const buttons = [...dialog.querySelectorAll('button')];
    buttons[buttons.length - 1]!.focus();
    await act(async () => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })));
    expect(document.activeElement).toBe(input); // wrapped round to the first control
    await act(async () => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(q('rename-dialog')).toBeNull();
  });

  it('shows the Vietnamese message of a failed action', async () => {
    const { ApiError } = await import('../../../../common/api/errors');
    const trashDraft = vi.fn(async () => {
      throw new ApiError('STORAGE', 'Không ghi được cơ sở dữ liệu: ổ đĩa đầy.');
    });
    await render(library(fakeApi({ listDrafts: vi.fn(async () => [draft('a', 'X', 1)]), trashDraft })));
    await click(q('draft-trash'));
    expect(q('library-error')?.textContent).toContain('ổ đĩa đầy');
    expect(q('library-error')?.getAttribute('role')).toBe('alert');
  });
});

describe('SettingsDialog', () => {
  it('saves what the user typed, in NFC and trimmed', async () => {
    const updateSettings = vi.fn(async (s: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...s }));
    const onClose = vi.fn();
    await render(
      <ApiContext.Provider value={fakeApi({ updateSettings })}>
        <SettingsDialog onClose={onClose} firstRun />
      </ApiContext.Provider>,
    );
    expect(q('settings-dialog')?.textContent).toContain('Chào mừng');
    await typeInto(q('settings-issuingBody'), ' THÀNH ỦY CẦN THƠ '.normalize('NFD'));
    await typeInto(q('settings-userName'), 'Nguyễn Văn A');
    await click(q('settings-profile-nha-nuoc'));
    await click(q('settings-save'));
    expect(updateSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, issuingBody: 'THÀNH ỦY CẦN THƠ', userName: 'Nguyễn Văn A', profile: 'nha-nuoc' });
    expect(onClose).toHaveBeenCalled();
  });
});

describe('App start-up', () => {
  it('tells the user where a damaged database was moved, and prompts for settings on first run', async () => {
    const api = fakeApi({
      getAppInfo: vi.fn(async () => ({ version: '0.1.0', dataDir: '/d', databasePath: '/d/duthao.db', movedAsideDatabase: '/d/duthao.db.hong-2026-11-27' })),
    });
    await render(
      <ApiContext.Provider value={api}>
        <App bridge={null} />
      </ApiContext.Provider>,
    );
    const notice = q('moved-aside-notice');
    expect(notice?.textContent).toContain('bị hỏng');
    expect(notice?.textContent).toContain('/d/duthao.db.hong-2026-11-27');
    expect(q('first-run-banner')?.textContent).toContain('chưa khai báo cơ quan');
    await click(q('first-run-open-settings'));
    expect(q('settings-dialog')).not.toBeNull();
  });

  it('shows no notice when the database was fine and settings are filled in', async () => {
    const api = fakeApi({ getSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, issuingBody: 'THÀNH ỦY CẦN THƠ' })) });
    await render(
      <ApiContext.Provider value={api}>
        <App bridge={null} />
      </ApiContext.Provider>,
    );
    expect(q('moved-aside-notice')).toBeNull();
    expect(q('first-run-banner')).toBeNull();
    expect(q('library-screen')).not.toBeNull();
  });
});

describe('App with the desktop bridge', () => {
  function fakeBridge() {
    let menu: ((c: string) => void) | null = null;
    let beforeClose: (() => void) | null = null;
    const bridge = {
      onMenuCommand: vi.fn((l: (c: string) => void) => {
        menu = l;
        return () => (menu = null);
      }),
      onBeforeClose: vi.fn((l: () => void) => {
        beforeClose = l;
        return () => (beforeClose = null);
      }),
      closeReady: vi.fn(),
    };
    return { bridge, menu: (c: string) => menu?.(c), close: () => beforeClose?.() };
  }

  async function renderApp(bridge: unknown, api = fakeApi()): Promise<void> {
    await render(
      <ApiContext.Provider value={api}>
        <App bridge={bridge as never} />
      </ApiContext.Provider>,
    );
  }

  it('opens "Dự thảo mới" on the menu command, once, and not again when the library remounts', async () => {
    const b = fakeBridge();
    const doc = JSON.parse(readFileSync(join(TEMPLATES_DIR, 'blank.json'), 'utf8')).doc;
    const summary = draft('d1', 'Báo cáo', 1);
    const api = fakeApi({ listDrafts: vi.fn(async () => [summary]), getDraft: vi.fn(async () => ({ ...summary, doc, revision: 1 })) });
    await renderApp(b.bridge, api);
    expect(q('new-draft-dialog')).toBeNull();
    await act(async () => b.menu('newDraft'));
    await settle();
    expect(q('new-draft-dialog')).not.toBeNull();
    // Ctrl+N in the page is the menu's job in the desktop app: no second handler.
    await act(async () => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, cancelable: true })));
    expect(qa('new-draft-dialog')).toHaveLength(1);
    // Cancel, visit the trash and come back: the old request does not reopen it.
    await act(async () => void document.querySelector<HTMLElement>('[data-testid="new-draft-dialog"] button[type="button"]')!.click());
    expect(q('new-draft-dialog')).toBeNull();
    await click(q('draft-title')); // open the draft: the library unmounts
    expect(q('editor-screen')).not.toBeNull();
    await click(q('back-to-library'));
    expect(q('library-screen')).not.toBeNull();
    expect(q('new-draft-dialog')).toBeNull();
  });

  it('lets the window close at once when no draft is open', async () => {
    const b = fakeBridge();
    await renderApp(b.bridge);
    await act(async () => b.close());
    await settle();
    expect(b.bridge.closeReady).toHaveBeenCalledTimes(1);
  });

  it('says export is not available yet when nothing handles Ctrl+E', async () => {
    await renderApp(null);
    await act(async () => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', ctrlKey: true, cancelable: true })));
    await settle();
    expect(document.body.textContent).toContain('Hãy mở một dự thảo để xuất tệp Word.');
  });
});
