// @vitest-environment happy-dom
// The editor screen's "Lưu làm mẫu" (pending edits are stored first) and the
// formatting toolbar turned off in review mode ("Chế độ góp ý").
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Draft, Settings } from '../../../../common/api/contract';
import { DEFAULT_SETTINGS } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';
import type { Thread } from '../../../../common/review/types';
import { makeDoc, p } from '../../../helpers/editor';
import { byTestId, clickThenSettle, mountEditorScreen, mountedEditor, realSettle, typeInto, useTestRoot, waitFor } from '../../../helpers/renderer-fixtures';

const DRAFT_ID = 'draft-1';
const TEXT = 'Thu ngân sách vượt dự toán.';
const ADDED = ' Chi thường xuyên tiết kiệm.';

function draftOf(doc: DocJSON, revision: number): Draft {
  const t = '2026-11-27T03:00:00.000Z';
  return { id: DRAFT_ID, title: 'Báo cáo quý III', templateId: 'bao-cao', templateTitle: 'Báo cáo công tác năm', profile: 'dang', createdAt: t, updatedAt: t, deletedAt: null, doc, revision };
}

const calls: string[] = [];
let stored: Draft;

function fakeApi(overrides: Record<string, unknown> = {}) {
  stored = draftOf(makeDoc([p(TEXT)]), 1);
  return {
    getDraft: vi.fn(async () => stored),
    saveDraft: vi.fn(async ({ doc }: { doc: DocJSON }) => {
      calls.push('saveDraft');
      stored = draftOf(doc, stored.revision + 1);
      return { id: DRAFT_ID, updatedAt: new Date().toISOString(), revision: stored.revision };
    }),
    saveDraftAsTemplate: vi.fn(async ({ title }: { id: string; title: string }) => {
      calls.push('saveDraftAsTemplate');
      return { id: 'user-1', title, profile: 'dang', description: '', source: 'user' };
    }),
    renameDraft: vi.fn(),
    getSettings: vi.fn(async (): Promise<Settings> => DEFAULT_SETTINGS),
    updateSettings: vi.fn(),
    listThreads: vi.fn(async (): Promise<Thread[]> => []),
    ...overrides,
  };
}

const t = useTestRoot({
  before: () => {
    calls.length = 0;
    sessionStorage.clear();
  },
});
const settle = realSettle(20);
const mount = (api: object): Promise<void> => mountEditorScreen(t.root, api, DRAFT_ID, 'the editor');
const q = (testId: string): HTMLElement | null => byTestId(testId);
const editor = mountedEditor;

/** Types at the end of the body's first paragraph (as the user would). */
function typeAtEndOfBody(text: string): void {
  const ed = editor();
  let end = -1;
  ed.state.doc.descendants((node, pos) => {
    if (end < 0 && node.isText && node.text!.includes(TEXT)) end = pos + node.nodeSize;
  });
  act(() => {
    ed.view.dispatch(ed.state.tr.insertText(text, end));
  });
}

const click = clickThenSettle(settle);

const bodyText = (doc: DocJSON): string => JSON.stringify(doc.content?.find((n) => n.type === 'body'));

describe('Lưu làm mẫu in the editor screen', () => {
  it('stores what was just typed, then saves the template under the chosen name and confirms', async () => {
    const api = fakeApi();
    await mount(api);
    typeAtEndOfBody(ADDED);
    await click(q('save-as-template-button'));
    const name = q('save-template-name') as HTMLInputElement;
    expect(name.value).toBe('Báo cáo quý III');
    await typeInto(name, 'Mẫu báo cáo của phòng');
    await click(q('save-template-ok'));
    await waitFor(() => q('editor-info'), 'the confirmation');
    expect(calls).toEqual(['saveDraft', 'saveDraftAsTemplate']);
    expect(bodyText(stored.doc)).toContain(TEXT + ADDED);
    expect(api.saveDraftAsTemplate).toHaveBeenCalledWith({ id: DRAFT_ID, title: 'Mẫu báo cáo của phòng' });
    expect(q('editor-info')?.textContent).toContain('Đã lưu mẫu «Mẫu báo cáo của phòng».');
    expect(q('save-template-dialog')).toBeNull();
  });

  it('does not save the template when the draft could not be stored first', async () => {
    const api = fakeApi({
      saveDraft: vi.fn(async () => {
        calls.push('saveDraft');
        throw new Error('disk full');
      }),
    });
    await mount(api);
    typeAtEndOfBody(ADDED);
    await click(q('save-as-template-button'));
    await click(q('save-template-ok'));
    await waitFor(() => q('save-template-error'), 'the error');
    expect(api.saveDraftAsTemplate).not.toHaveBeenCalled();
    expect(q('save-template-error')?.textContent).toContain('Chưa lưu được dự thảo');
    expect(q('save-template-dialog')).not.toBeNull();
  });
});

describe('formatting toolbar in review mode', () => {
  it('disables every formatting button while the draft is open for review, and enables them again after', async () => {
    await mount(fakeApi());
    const buttons = (): HTMLButtonElement[] => [...document.querySelectorAll<HTMLButtonElement>('.dt-ui-toolbar [data-testid^="tb-"]')];
    expect(buttons().length).toBeGreaterThan(5);
    expect((q('tb-bold') as HTMLButtonElement).disabled).toBe(false);
    await act(async () => (q('review-mode-toggle') as HTMLInputElement).click());
    await settle();
    expect(q('review-mode-badge')).not.toBeNull();
    expect(buttons().filter((b) => !b.disabled).map((b) => b.dataset.testid)).toEqual([]);
    await act(async () => (q('review-mode-toggle') as HTMLInputElement).click());
    await settle();
    expect((q('tb-bold') as HTMLButtonElement).disabled).toBe(false);
    expect((q('tb-page-break') as HTMLButtonElement).disabled).toBe(false);
  });

  it('starts disabled when the draft is opened for review', async () => {
    sessionStorage.clear();
    const { storeReviewMode } = await import('../../../../renderer/src/features/review/review-mode-store');
    storeReviewMode(DRAFT_ID, true);
    await mount(fakeApi());
    expect((q('tb-bold') as HTMLButtonElement).disabled).toBe(true);
    expect((q('tb-dash-list') as HTMLButtonElement).disabled).toBe(true);
  });
});
