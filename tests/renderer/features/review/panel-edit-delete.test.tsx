// @vitest-environment happy-dom
// Editing and deleting one's own messages in the comment sidebar, on a real
// TipTap editor: "Sửa" stores the new text through editEntry and shows it,
// "Xóa" goes through deleteEntry and the message shows as deleted (the whole
// thread goes when its only message is deleted); another author's messages
// offer neither.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { collectThreadRanges } from '../../../../common/review/thread-ranges';
import type { Entry, Thread } from '../../../../common/review/types';
import { createDocumentExtensions } from '../../../../renderer/src/editor/createDocumentExtensions';
import { CommentReview } from '../../../../renderer/src/features/review/comment-extension';
import { commentOnSelection } from '../../../../renderer/src/features/review/comment-commands';
import { ReviewSidebar } from '../../../../renderer/src/features/review/ReviewSidebar';
import { makeDoc, p } from '../../../helpers/editor';
import { drafter, entry, reviewer, thread } from '../../../helpers/review-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let editor: Editor;
let root: Root;
let host: HTMLElement;

function select(text: string) {
  let from = -1;
  editor.state.doc.descendants((node, pos) => {
    if (from < 0 && node.isText && node.text!.includes(text)) from = pos + node.text!.indexOf(text);
  });
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, from + text.length)));
}

/** A client holding threads in memory with the service's rules for edit and delete. */
function fakeClient(initial: Thread[]) {
  let threads = initial;
  const at = '2026-11-20T09:30:00.000Z';
  const find = (entryId: string): Entry => threads.flatMap((t) => t.entries).find((e) => e.id === entryId)!;
  return {
    get threads() {
      return threads;
    },
    listThreads: vi.fn(async () => threads),
    addThread: vi.fn(),
    addReply: vi.fn(),
    setThreadResolved: vi.fn(),
    editEntry: vi.fn(async ({ entryId, body }: { entryId: string; body: string }) => {
      const e = { ...find(entryId), body, editedAt: at };
      threads = threads.map((t) => ({ ...t, entries: t.entries.map((x) => (x.id === entryId ? e : x)) }));
      return e;
    }),
    deleteEntry: vi.fn(async ({ entryId }: { entryId: string }) => {
      const t = threads.find((x) => x.entries.some((e) => e.id === entryId))!;
      if (t.entries[0]!.id === entryId && t.entries.slice(1).every((e) => e.deleted)) {
        threads = threads.filter((x) => x !== t);
        return { threadId: t.id, thread: null };
      }
      const updated = { ...t, entries: t.entries.map((e) => (e.id === entryId ? { ...e, body: '', deleted: true } : e)) };
      threads = threads.map((x) => (x === t ? updated : x));
      return { threadId: t.id, thread: updated };
    }),
  };
}

/** A message by its thread and position, written "thread#index". */
const entryEl = (ref: string) => {
  const [threadId, n] = ref.split('#') as [string, string];
  return host.querySelectorAll(`[data-thread-id="${threadId}"] [data-testid="review-entry"]`)[Number(n)] as HTMLElement | undefined;
};
const buttonsOf = (el: Element | undefined) => [...(el?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
const click = async (el: Element | null | undefined, label: string) => {
  const b = [...(el?.querySelectorAll('button') ?? [])].find((x) => x.textContent === label) as HTMLElement | undefined;
  if (!b) throw new Error(`no button ${label}`);
  await act(async () => b.click());
};

async function typeInto(box: HTMLTextAreaElement, text: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function mount(client: ReturnType<typeof fakeClient>, saveNow = vi.fn(async () => true)) {
  await act(async () => {
    root.render(
      <ReviewSidebar editor={editor} draftId="d" client={client as never} user={drafter} saveNow={saveNow} now={() => new Date('2026-11-20T10:00:00Z')} />,
    );
  });
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  return saveNow;
}

beforeEach(() => {
  const el = document.createElement('div');
  document.body.appendChild(el);
  editor = new Editor({
    element: el,
    extensions: [...createDocumentExtensions(), CommentReview],
    content: makeDoc([p('Kinh tế tăng trưởng 7,12%.'), p('Thu ngân sách vượt dự toán.')]) as never,
  });
  select('Kinh tế');
  commentOnSelection(editor, 'a');
  select('vượt dự toán');
  commentOnSelection(editor, 'b');
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  editor.destroy();
  document.body.innerHTML = '';
});

const conversation = () => [
  thread('a', 'd', 'Kinh tế', [
    entry('a1', 'a', 'Số liệu của quý III.', drafter),
    entry('a2', 'a', 'Đề nghị ghi rõ nguồn.', reviewer),
    entry('a3', 'a', 'Đã bổ sung nguồn.', drafter),
  ]),
  thread('b', 'd', 'vượt dự toán', [entry('b1', 'b', 'Vượt bao nhiêu?', drafter)]),
];

describe('editing and deleting own comments in the panel', () => {
  it('offers Sửa and Xóa only on the user’s own messages', async () => {
    await mount(fakeClient(conversation()));
    expect(buttonsOf(entryEl('a#0'))).toEqual(['Sửa', 'Xóa']);
    expect(buttonsOf(entryEl('a#1'))).toEqual([]);
    expect(entryEl('a#1')!.textContent).toContain('Đề nghị ghi rõ nguồn.');
    expect(buttonsOf(entryEl('a#2'))).toEqual(['Sửa', 'Xóa']);
  });

  it('Sửa stores the new text through editEntry and shows it, marked as edited', async () => {
    const client = fakeClient(conversation());
    await mount(client);
    await click(entryEl('a#0'), 'Sửa');
    const box = entryEl('a#0')!.querySelector('textarea[aria-label="Sửa góp ý"]') as HTMLTextAreaElement;
    expect(box.value).toBe('Số liệu của quý III.');
    await typeInto(box, 'Số liệu của quý III và quý IV.');
    await click(entryEl('a#0'), 'Lưu');
    expect(client.editEntry).toHaveBeenCalledWith({ entryId: 'a1', body: 'Số liệu của quý III và quý IV.' });
    const shown = entryEl('a#0')!;
    expect(shown.querySelector('textarea')).toBeNull();
    expect(shown.querySelector('.dt-rv-body')?.textContent).toBe('Số liệu của quý III và quý IV.');
    expect(shown.textContent).toContain('(đã sửa)');
    expect(host.textContent).not.toContain('Số liệu của quý III.');
  });

  it('Hủy leaves the text as it was without calling editEntry', async () => {
    const client = fakeClient(conversation());
    await mount(client);
    await click(entryEl('a#2'), 'Sửa');
    await typeInto(entryEl('a#2')!.querySelector('textarea') as HTMLTextAreaElement, 'Không lưu');
    await click(entryEl('a#2'), 'Hủy');
    expect(client.editEntry).not.toHaveBeenCalled();
    expect(entryEl('a#2')!.querySelector('.dt-rv-body')?.textContent).toBe('Đã bổ sung nguồn.');
  });

  it('Xóa deletes through deleteEntry: the message shows as deleted, the others stay', async () => {
    const client = fakeClient(conversation());
    await mount(client);
    await click(entryEl('a#2'), 'Xóa');
    expect(client.deleteEntry).toHaveBeenCalledWith({ entryId: 'a3' });
    expect(entryEl('a#2')!.textContent).toContain('Góp ý đã bị xóa.');
    expect(entryEl('a#2')!.textContent).not.toContain('Đã bổ sung nguồn.');
    expect(buttonsOf(entryEl('a#2'))).toEqual([]);
    // The opening message deleted while a reply remains: the thread stays, with the reply.
    await click(entryEl('a#0'), 'Xóa');
    expect(client.deleteEntry).toHaveBeenLastCalledWith({ entryId: 'a1' });
    expect(host.querySelector('[data-thread-id="a"]')).not.toBeNull();
    expect(entryEl('a#0')!.textContent).toContain('Góp ý đã bị xóa.');
    expect(entryEl('a#1')!.textContent).toContain('Đề nghị ghi rõ nguồn.');
    expect(collectThreadRanges(editor.state.doc).has('a')).toBe(true);
  });

  it('deleting the only message removes the thread, its highlight, and saves', async () => {
    const client = fakeClient(conversation());
    const saveNow = await mount(client);
    await click(entryEl('b#0'), 'Xóa');
    expect(client.deleteEntry).toHaveBeenCalledWith({ entryId: 'b1' });
    expect(host.querySelector('[data-thread-id="b"]')).toBeNull();
    expect(host.textContent).not.toContain('Vượt bao nhiêu?');
    expect(collectThreadRanges(editor.state.doc).has('b')).toBe(false);
    expect(saveNow).toHaveBeenCalled();
  });

  it('a new comment tells the service where its passage is (for an anchor an autosave dropped)', async () => {
    const client = fakeClient([]);
    client.addThread.mockImplementation(async (a: { draftId: string; threadId: string; quote: string; body: string }) =>
      thread(a.threadId, a.draftId, a.quote, [entry('n1', a.threadId, a.body, drafter)]),
    );
    let start: (() => void) | null = null;
    await act(async () => {
      root.render(<ReviewSidebar editor={editor} draftId="d" client={client as never} user={drafter} onReady={(f) => (start = f)} />);
    });
    select('tăng trưởng');
    await act(async () => start!());
    const pending = host.querySelector('[data-testid="review-pending"]')!;
    await typeInto(pending.querySelector('textarea')!, 'Ghi rõ quý.');
    await click(pending, 'Góp ý');
    const args = client.addThread.mock.calls[0]![0] as { threadId: string; at?: number };
    expect(args.at).toBe(editor.state.selection.from);
    expect(collectThreadRanges(editor.state.doc).get(args.threadId)?.from).toBe(args.at);
  });

  it('a refused edit keeps the box open with the service’s message', async () => {
    const client = fakeClient(conversation());
    client.editEntry.mockRejectedValueOnce(new Error('Bạn chỉ có thể sửa hoặc xóa góp ý của chính mình.'));
    await mount(client);
    await click(entryEl('a#0'), 'Sửa');
    await typeInto(entryEl('a#0')!.querySelector('textarea') as HTMLTextAreaElement, 'Sửa lại');
    await click(entryEl('a#0'), 'Lưu');
    expect(entryEl('a#0')!.querySelector('textarea')).not.toBeNull();
    expect(entryEl('a#0')!.querySelector('[role="alert"]')?.textContent).toBe('Bạn chỉ có thể sửa hoặc xóa góp ý của chính mình.');
    expect(client.threads[0]!.entries[0]!.body).toBe('Số liệu của quý III.');
  });
});
