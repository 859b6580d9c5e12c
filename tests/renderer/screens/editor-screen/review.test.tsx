// @vitest-environment happy-dom
// The editor screen's review wiring on a real editor with a fake API:
// review mode shows its badge and keeps the text and fields read-only while
// comments still go in; commenting without a name opens the settings and
// then the comment; merging returned comments saves pending edits first and
// reloads the draft (so the next autosave cannot overwrite the merged marks).
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TextSelection } from '@tiptap/pm/state';
import type { Draft, Settings } from '../../../../common/api/contract';
import { DEFAULT_SETTINGS } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';
import type { MergeReport } from '../../../../common/review/api';
import type { Thread } from '../../../../common/review/types';
import { makeDoc, p } from '../../../helpers/editor';
import { ApiError } from '../../../../common/api/errors';
import { entry, thread } from '../../../helpers/review-fixtures';
import { byTestId, mountEditorScreen, mountedEditor, realSettle, useTestRoot, waitFor } from '../../../helpers/renderer-fixtures';

const DRAFT_ID = 'draft-1';
const TEXT = 'Thu ngân sách vượt dự toán.';

function draftOf(doc: DocJSON, revision: number): Draft {
  const t = '2026-11-27T03:00:00.000Z';
  return { id: DRAFT_ID, title: 'Báo cáo', templateId: 'bao-cao', templateTitle: 'Báo cáo công tác năm', profile: 'dang', createdAt: t, updatedAt: t, deletedAt: null, doc, revision };
}

const calls: string[] = [];

function fakeApi(settings: Settings) {
  let current = draftOf(makeDoc([p(TEXT)]), 1);
  const api = {
    getDraft: vi.fn(async () => {
      calls.push('getDraft');
      return current;
    }),
    saveDraft: vi.fn(async ({ doc }: { doc: DocJSON }) => {
      calls.push('saveDraft');
      current = draftOf(doc, current.revision + 1);
      return { id: DRAFT_ID, updatedAt: new Date().toISOString(), revision: current.revision };
    }),
    renameDraft: vi.fn(),
    getSettings: vi.fn(async () => settings),
    updateSettings: vi.fn(async (s: Partial<Settings>) => ({ ...settings, ...s })),
    listThreads: vi.fn(async (): Promise<Thread[]> => []),
    addThread: vi.fn(async ({ threadId, quote, body }: { threadId: string; quote: string; body: string }) => {
      calls.push('addThread');
      return thread(threadId, DRAFT_ID, quote, [entry(`${threadId}-e`, threadId, body)]);
    }),
    addReply: vi.fn(),
    editEntry: vi.fn(),
    deleteEntry: vi.fn(),
    setThreadResolved: vi.fn(),
    exportReviewCopy: vi.fn(),
    mergeReviewCopy: vi.fn(),
    importWordComments: vi.fn(),
    /** Replaces the stored draft (what a merge does on the server). */
    setStored: (doc: DocJSON) => {
      current = draftOf(doc, current.revision + 1);
    },
  };
  return api;
}

const t = useTestRoot({
  before: () => {
    calls.length = 0;
    sessionStorage.clear();
  },
});
const settle = realSettle(20);
const mount = (api: object): Promise<void> => mountEditorScreen(t.root, api, DRAFT_ID);
const q = (testId: string): HTMLElement | null => byTestId(testId);
const editor = mountedEditor;

function select(text: string): void {
  const ed = editor();
  let from = -1;
  ed.state.doc.descendants((node, pos) => {
    if (from < 0 && node.isText && node.text!.includes(text)) from = pos + node.text!.indexOf(text);
  });
  act(() => {
    ed.view.dispatch(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, from, from + text.length)));
  });
}

async function click(el: Element | null): Promise<void> {
  expect(el, 'element to click').not.toBeNull();
  await act(async () => (el as HTMLElement).click());
  await settle();
}

async function typeInto(el: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function chooseFile(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const named: Settings = { ...DEFAULT_SETTINGS, userName: 'Nguyễn Văn An', userRole: 'Phó Chánh Văn phòng' };

describe('editor screen: review mode', () => {
  it('shows the badge, refuses typing in the body and the fields, and still takes a comment', async () => {
    const api = fakeApi(named);
    await mount(api);
    expect(q('review-mode-badge')).toBeNull();
    await act(async () => (q('review-mode-toggle') as HTMLInputElement).click());
    await settle();
    expect(q('review-mode-badge')?.textContent).toBe('Đang xem để góp ý');
    expect((document.querySelector('textarea.dt-subject') as HTMLTextAreaElement).disabled).toBe(true);

    act(() => {
      editor().commands.insertContentAt(2, 'CHỮ LẠ ');
    });
    expect(document.querySelector('.dt-body')!.textContent).toBe(TEXT);

    select('ngân sách');
    await click(q('comment-button'));
    const pending = await waitFor(() => q('review-pending'), 'the composer');
    await typeInto(pending.querySelector('textarea')!, 'Ghi rõ số liệu.');
    await click([...pending.querySelectorAll('button')].find((b) => b.textContent === 'Góp ý') ?? null);
    await waitFor(() => api.addThread.mock.calls.length > 0 && api.saveDraft.mock.calls.length > 0, 'thread stored and saved');
    expect(document.querySelector('.dt-body .dt-comment')?.textContent).toBe('ngân sách');
    // Thread first, then the document with its mark.
    expect(calls.indexOf('addThread')).toBeLessThan(calls.lastIndexOf('saveDraft'));
    expect(JSON.stringify(api.saveDraft.mock.calls.at(-1)![0])).toContain('"comment"');
  });

  it('opens in review mode when the library asked for it, and leaves it with the toggle', async () => {
    sessionStorage.setItem(`duthao.reviewMode.${DRAFT_ID}`, '1');
    await mount(fakeApi(named));
    expect(q('review-mode-badge')).not.toBeNull();
    await act(async () => (q('review-mode-toggle') as HTMLInputElement).click());
    await settle();
    expect(q('review-mode-badge')).toBeNull();
    expect((document.querySelector('textarea.dt-subject') as HTMLTextAreaElement).disabled).toBe(false);
    expect(sessionStorage.getItem(`duthao.reviewMode.${DRAFT_ID}`)).toBeNull();
  });
});

describe('editor screen: who I am', () => {
  it('commenting without a name opens the settings, then the comment once the name is saved', async () => {
    const api = fakeApi({ ...DEFAULT_SETTINGS });
    await mount(api);
    select('ngân sách');
    await click(q('comment-button'));
    const name = await waitFor(() => q('settings-userName') as HTMLInputElement | null, 'the settings dialog');
    expect(q('review-pending')).toBeNull();
    expect(document.querySelector('.dt-body .dt-comment')).toBeNull();
    await typeInto(name, 'Trần Thị Bình');
    await typeInto(q('settings-userRole') as HTMLInputElement, 'Chánh Văn phòng');
    await click(q('settings-save'));
    await waitFor(() => q('review-pending'), 'the composer after saving the name');
    expect(api.updateSettings).toHaveBeenCalledWith(expect.objectContaining({ userName: 'Trần Thị Bình', userRole: 'Chánh Văn phòng' }));
    expect(q('settings-userName')).toBeNull();
    expect(document.querySelector('.dt-body .dt-comment')?.textContent).toBe('ngân sách');
  });
});

describe('editor screen: merging returned comments', () => {
  it('saves pending edits, merges, then reloads the draft and says what was added', async () => {
    const merged = makeDoc([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Thu ' },
          { type: 'text', text: 'ngân sách', marks: [{ type: 'comment', attrs: { id: 't-back' } }] },
          { type: 'text', text: ' vượt dự toán. Thêm.' },
        ],
      },
    ]);
    const report: MergeReport = { addedThreads: [thread('t-back', DRAFT_ID, 'ngân sách', [entry('e-back', 't-back', 'Bổ sung nguyên nhân.')])], addedEntries: [], detached: [], skipped: 0, revision: 9 };
    const api = fakeApi(named);
    api.mergeReviewCopy.mockImplementation(async () => {
      calls.push('mergeReviewCopy');
      api.setStored(merged);
      return report;
    });
    api.listThreads.mockImplementation(async () => (calls.includes('mergeReviewCopy') ? [thread('t-back', DRAFT_ID, 'ngân sách', [entry('e-back', 't-back', 'Bổ sung nguyên nhân.')])] : []));
    await mount(api);

    act(() => {
      editor().commands.insertContentAt(editor().state.doc.child(2).nodeSize + editor().state.doc.child(0).nodeSize + editor().state.doc.child(1).nodeSize - 2, ' Thêm.');
    });
    expect(document.querySelector('.dt-body')!.textContent).toContain('Thêm.');

    await chooseFile(q('review-merge-input') as HTMLInputElement, new File(['{"format":"duthao-review-copy"}'], 'gop-y.duthao'));
    await waitFor(() => q('review-merge-report'), 'the merge report');
    expect(q('review-merge-report')!.textContent).toContain('Đã thêm 1 góp ý, 0 trả lời.');
    expect(calls.filter((c) => c !== 'addThread')).toEqual(['getDraft', 'saveDraft', 'mergeReviewCopy', 'getDraft']);
    const arg = api.mergeReviewCopy.mock.calls[0]![0] as { draftId: string; file: string };
    expect(arg.draftId).toBe(DRAFT_ID);
    expect(atob(arg.file)).toBe('{"format":"duthao-review-copy"}');

    // The editor shows the reloaded draft: the merged mark and its thread.
    await waitFor(() => document.querySelector('.dt-body .dt-comment'), 'the merged mark');
    expect(document.querySelector('.dt-body .dt-comment')!.textContent).toBe('ngân sách');
    await waitFor(() => document.querySelector('[data-testid="review-thread"][data-thread-id="t-back"]'), 'the merged thread');
    expect(api.saveDraft).toHaveBeenCalledTimes(1);
  });

  it('keeps the editor and says why when the merge is refused', async () => {
    const api = fakeApi(named);
    api.mergeReviewCopy.mockRejectedValue(new ApiError('INVALID_ARGUMENT', 'Tệp này không phải bản góp ý của DuThao.'));
    await mount(api);
    await chooseFile(q('review-merge-input') as HTMLInputElement, new File(['x'], 'sai.duthao'));
    await waitFor(() => document.body.textContent?.includes('Tệp này không phải bản góp ý của DuThao.'), 'the error');
    expect(document.body.textContent).toContain('Chưa nhập được góp ý từ “sai.duthao”');
    expect(calls.filter((c) => c === 'getDraft')).toHaveLength(1);
    expect(editor().isEditable).toBe(true);
  });
});
