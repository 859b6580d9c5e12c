// @vitest-environment happy-dom
// The library's review parts: open comments per draft from one count call
// per list load, "Mở để góp ý" and a received review copy opening the draft
// in review mode, and a bad copy refused with a Vietnamese message.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DraftSummary } from '../../../../common/api/contract';
import { ApiError } from '../../../../common/api/errors';
import { LibraryScreen } from '../../../../renderer/src/screens/library/LibraryScreen';
import { isReviewModeStored } from '../../../../renderer/src/features/review/review-mode-store';
import { realSettle, renderWithApi, useTestRoot } from '../../../helpers/renderer-fixtures';

function draft(id: string, title: string): DraftSummary {
  const t = new Date().toISOString();
  return { id, title, templateId: 'bao-cao', templateTitle: 'Báo cáo công tác năm', profile: 'dang', createdAt: t, updatedAt: t, deletedAt: null };
}

function fakeApi() {
  return {
    listDrafts: vi.fn(async () => [draft('a', 'Báo cáo năm'), draft('b', 'Nghị quyết')]),
    searchDrafts: vi.fn(async () => []),
    listTemplates: vi.fn(async () => []),
    countOpenThreads: vi.fn(async () => ({ a: 3, b: 0 })),
    openReviewCopy: vi.fn(async () => ({ draftId: 'c', title: 'Bản góp ý', exportedBy: { name: 'A', role: '' }, exportedAt: '', threadCount: 2, created: true })),
    duplicateDraft: vi.fn(async () => ({})),
  };
}

const onOpenDraft = vi.fn();

const t = useTestRoot({
  before: () => {
    sessionStorage.clear();
    onOpenDraft.mockReset();
  },
});
const settle = realSettle(10);

async function mount(api: object): Promise<void> {
  await renderWithApi(t.root, api, <LibraryScreen view="library" newDraftRequest={0} onOpenDraft={onOpenDraft} onShowView={() => {}} />);
  await settle();
}

const q = (sel: string): HTMLElement | null => document.querySelector(sel);

async function chooseFile(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('library: review', () => {
  it('shows open comments per draft from one call per list load', async () => {
    const api = fakeApi();
    await mount(api);
    expect(api.countOpenThreads).toHaveBeenCalledTimes(1);
    expect(api.countOpenThreads).toHaveBeenCalledWith({ draftIds: ['a', 'b'] });
    expect(q('[data-draft-id="a"] [data-testid="draft-open-comments"]')?.textContent).toBe('3 góp ý chưa giải quyết');
    expect(q('[data-draft-id="b"] [data-testid="draft-open-comments"]')).toBeNull();

    // An action reloads the list: again one call.
    await act(async () => (q('[data-draft-id="b"] [data-testid="draft-duplicate"]') as HTMLElement).click());
    await settle();
    expect(api.countOpenThreads).toHaveBeenCalledTimes(2);
  });

  it('opens a draft for review, and a plain open leaves review mode', async () => {
    await mount(fakeApi());
    await act(async () => (q('[data-draft-id="a"] [data-testid="draft-open-review"]') as HTMLElement).click());
    expect(onOpenDraft).toHaveBeenLastCalledWith('a');
    expect(isReviewModeStored('a')).toBe(true);
    await act(async () => (q('[data-draft-id="a"] [data-testid="draft-open"]') as HTMLElement).click());
    expect(isReviewModeStored('a')).toBe(false);
  });

  it('opens a received review copy in review mode', async () => {
    const api = fakeApi();
    await mount(api);
    await chooseFile(q('[data-testid="open-review-copy-input"]') as HTMLInputElement, new File(['{"x":1}'], 'gop-y.duthao'));
    expect(api.openReviewCopy).toHaveBeenCalledWith({ file: btoa('{"x":1}') });
    expect(onOpenDraft).toHaveBeenCalledWith('c');
    expect(isReviewModeStored('c')).toBe(true);
  });

  it('says in Vietnamese why a file is not opened', async () => {
    const api = fakeApi();
    api.openReviewCopy.mockRejectedValue(new ApiError('INVALID_ARGUMENT', 'Tệp này không phải bản góp ý của DuThao.'));
    await mount(api);
    await chooseFile(q('[data-testid="open-review-copy-input"]') as HTMLInputElement, new File(['x'], 'thu.duthao'));
    expect(q('[data-testid="library-error"]')?.textContent).toContain('Không mở được bản góp ý “thu.duthao”: Tệp này không phải bản góp ý của DuThao.');
    expect(onOpenDraft).not.toHaveBeenCalled();
  });
});
