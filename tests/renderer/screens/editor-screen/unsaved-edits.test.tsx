// @vitest-environment happy-dom
// Nothing typed is lost when the local host restarts (issue 8 §4), the parts
// that run in the tab: autosave keeps each document in the tab until the
// store acknowledges it; a new token in the address bar is picked up without
// a reload (the screen stays); and a draft that opens while the tab still
// keeps unsaved text offers it back, never restoring it without a click.
import { describe, expect, it, vi } from 'vitest';
import type { Draft, SaveResult, Settings } from '../../../../common/api/contract';
import { DEFAULT_SETTINGS } from '../../../../common/api/contract';
import { TOKEN_HEADER } from '../../../../common/api/http';
import type { DocJSON } from '../../../../common/document/types';
import type { Thread } from '../../../../common/review/types';
import { httpTransport } from '../../../../renderer/src/platform/api/httpTransport';
import { notifyConnectionRestored } from '../../../../renderer/src/platform/api/connectionEvents';
import { ApiError } from '../../../../common/api/errors';
import { act } from 'react';
import { renderWithApi } from '../../../helpers/renderer-fixtures';
import { EditorScreen } from '../../../../renderer/src/screens/editor-screen/EditorScreen';
import { TOKEN_STORAGE_KEY, watchAddressToken } from '../../../../renderer/src/platform/api/token';
import { AutosaveController, type Timers } from '../../../../renderer/src/platform/autosave/autosaveController';
import { appUnsavedStore } from '../../../../renderer/src/platform/autosave/unsavedEdits';
import { makeDoc, p } from '../../../helpers/editor';
import { byTestId, clickThenSettle, mountEditorScreen, mountedEditor, realSettle, useTestRoot, waitFor } from '../../../helpers/renderer-fixtures';

/** Timers run by hand. */
function manualTimers(): Timers & { runAll(): void } {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (fn) => {
      pending.set(next, fn);
      return next++;
    },
    clearTimeout: (h) => void pending.delete(h as number),
    runAll() {
      const fns = [...pending.values()];
      pending.clear();
      for (const fn of fns) fn();
    },
  };
}

describe('autosave keeps unsaved text in the tab', () => {
  it('keeps each document before sending it, until the store acknowledges it; a failed save keeps it', async () => {
    const kept: { doc: DocJSON | null; base: number | null }[] = [];
    const keep = { put: vi.fn((doc: DocJSON, base: number | null) => void kept.push({ doc, base })), clear: vi.fn() };
    let fail = true;
    const save = vi.fn(async (): Promise<SaveResult> => {
      if (fail) throw new Error('Mất kết nối với DuThao');
      return { id: 'd', updatedAt: '2026-12-04T10:00:00Z', revision: 8 };
    });
    let doc = makeDoc([p('Một')]);
    const timers = manualTimers();
    const withKeep = new AutosaveController({ save, getDoc: () => doc, timers, initialRevision: 7, initialDoc: makeDoc([p('')]), retryDelaysMs: [10], keep });

    withKeep.markDirty();
    expect(await withKeep.flush()).toBe(false);
    expect(kept).toEqual([{ doc, base: 7 }]);
    expect(keep.clear).not.toHaveBeenCalled();

    doc = makeDoc([p('Một hai')]);
    withKeep.markDirty();
    fail = false;
    expect(await withKeep.flush()).toBe(true);
    expect(kept.at(-1)).toEqual({ doc, base: 7 });
    expect(keep.clear).toHaveBeenCalledTimes(1);
    withKeep.dispose();
  });
});

describe('a new token from the address bar', () => {
  it('is taken from the address and used by the next call, with no reload', async () => {
    history.replaceState(null, '', '/#/draft/abc');
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 'old');
    let token: string | null = 'old';
    const seen: (string | null)[] = [];
    const fetchImpl = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      seen.push((init?.headers as Record<string, string>)[TOKEN_HEADER] ?? null);
      return new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 });
    }) as unknown as typeof fetch;
    const call = httpTransport(() => token, fetchImpl) as unknown as (m: string, a: unknown) => Promise<unknown>;
    const onToken = vi.fn((t: string) => {
      token = t;
    });
    const stop = watchAddressToken(onToken);
    await call('listDrafts', {});
    const oldURL = location.href;
    history.replaceState(null, '', '/#token=NEW_TOKEN');
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
    stop();
    expect(onToken).toHaveBeenCalledWith('NEW_TOKEN');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('NEW_TOKEN');
    expect(location.hash).toBe('');
    await call('listDrafts', {});
    expect(seen).toEqual(['old', 'NEW_TOKEN']);
  });
});

describe('"Khôi phục nội dung chưa lưu"', () => {
  const DRAFT_ID = 'draft-restore';
  const STORED = 'Bản đã lưu.';
  const UNSAVED = 'Đoạn gõ khi máy chủ cục bộ đã dừng.';
  let stored: Draft;
  const draftOf = (doc: DocJSON, revision: number): Draft => ({
    id: DRAFT_ID, title: 'Báo cáo', templateId: 't', templateTitle: 't', profile: 'dang', createdAt: '2026-12-04T08:00:00Z', updatedAt: '2026-12-04T08:00:00Z', deletedAt: null, doc, revision,
  });
  function fakeApi(revision: number) {
    stored = draftOf(makeDoc([p(STORED)]), revision);
    return {
      getDraft: vi.fn(async () => stored),
      saveDraft: vi.fn(async ({ doc }: { doc: DocJSON }) => {
        stored = draftOf(doc, stored.revision + 1);
        return { id: DRAFT_ID, updatedAt: new Date().toISOString(), revision: stored.revision };
      }),
      renameDraft: vi.fn(),
      getSettings: vi.fn(async (): Promise<Settings> => DEFAULT_SETTINGS),
      updateSettings: vi.fn(),
      listThreads: vi.fn(async (): Promise<Thread[]> => []),
    };
  }
  const t = useTestRoot({ before: () => sessionStorage.clear() });
  const settle = realSettle(20);
  const click = clickThenSettle(settle);
  const keepUnsaved = (base: number) =>
    appUnsavedStore().put({ draftId: DRAFT_ID, doc: makeDoc([p(STORED), p(UNSAVED)]), baseRevision: base, keptAt: '2026-12-04T10:15:00.000Z' });

  it('offers unsaved text kept in the tab, and restores and saves it only on a click', async () => {
    await keepUnsaved(3);
    const api = fakeApi(3);
    await mountEditorScreen(t.root, api, DRAFT_ID, 'the editor');
    const notice = await waitFor(() => byTestId('restore-unsaved'), 'the restore offer');
    expect(notice.textContent).toContain('nội dung chưa lưu');
    expect(notice.textContent).not.toContain('bản đã lưu đã được sửa sau đó');
    expect(mountedEditor().state.doc.textContent).not.toContain(UNSAVED);
    expect(api.saveDraft).not.toHaveBeenCalled();
    await click(byTestId('restore-unsaved-button'));
    await waitFor(() => api.saveDraft.mock.calls.length > 0, 'the save');
    expect(JSON.stringify(stored.doc)).toContain(UNSAVED);
    expect(byTestId('restore-unsaved')).toBeNull();
    // Acknowledged: nothing is kept any more, nothing is offered next time.
    await settle();
    expect(await appUnsavedStore().get(DRAFT_ID)).toBeNull();
  });

  it('warns when the stored draft changed after the text was typed, and "Bỏ qua" keeps the stored text', async () => {
    await keepUnsaved(3);
    const api = fakeApi(5);
    await mountEditorScreen(t.root, api, DRAFT_ID, 'the editor');
    const notice = await waitFor(() => byTestId('restore-unsaved'), 'the restore offer');
    expect(notice.textContent).toContain('bản đã lưu đã được sửa sau đó');
    await click(byTestId('restore-unsaved-discard'));
    expect(byTestId('restore-unsaved')).toBeNull();
    expect(api.saveDraft).not.toHaveBeenCalled();
    expect(mountedEditor().state.doc.textContent).not.toContain(UNSAVED);
    expect(await appUnsavedStore().get(DRAFT_ID)).toBeNull();
  });

  it('a draft that could not be read with the old token is read again once the tab has the new one', async () => {
    const api = fakeApi(3);
    const good = api.getDraft.getMockImplementation()!;
    api.getDraft.mockImplementationOnce(async () => {
      throw new ApiError('UNAUTHORIZED', 'Phiên làm việc không hợp lệ', 'transport: HTTP 401');
    });
    await renderWithApi(t.root, api, <EditorScreen draftId={DRAFT_ID} onLeave={() => {}} registerGuard={() => {}} />);
    await waitFor(() => byTestId('editor-load-error'), 'the load error');
    api.getDraft.mockImplementation(good);
    await act(async () => notifyConnectionRestored());
    await waitFor(() => document.querySelector('.dt-body p'), 'the editor');
    expect(api.getDraft).toHaveBeenCalledTimes(2);
  });

  it('offers nothing when the store moved on with the same text (the save went through, its answer was lost)', async () => {
    await appUnsavedStore().put({ draftId: DRAFT_ID, doc: makeDoc([p(STORED, { guidance: false })]), baseRevision: 2, keptAt: '2026-12-04T10:15:00.000Z' });
    await mountEditorScreen(t.root, fakeApi(3), DRAFT_ID, 'the editor');
    await settle();
    expect(byTestId('restore-unsaved')).toBeNull();
  });

  it('offers nothing when the kept text is what the store already has', async () => {
    await appUnsavedStore().put({ draftId: DRAFT_ID, doc: makeDoc([p(STORED)]), baseRevision: 3, keptAt: '2026-12-04T10:15:00.000Z' });
    await mountEditorScreen(t.root, fakeApi(3), DRAFT_ID, 'the editor');
    await settle();
    expect(byTestId('restore-unsaved')).toBeNull();
    expect(await appUnsavedStore().get(DRAFT_ID)).toBeNull();
  });
});
