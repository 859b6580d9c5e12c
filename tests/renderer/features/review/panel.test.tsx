// @vitest-environment happy-dom
// The comment panel and editor commands on a real TipTap editor: comment on
// a selection (Ctrl+Alt+M), threads listed in text order with plain-text
// bodies, own messages editable, resolved ones hidden until asked, detached
// ones labelled, clicking a thread selects its passage.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { createDocumentExtensions } from '../../../../renderer/src/editor/createDocumentExtensions';
import { CommentReview } from '../../../../renderer/src/features/review/comment-extension';
import { commentOnSelection, withdrawComment, threadIdsAtSelection } from '../../../../renderer/src/features/review/comment-commands';
import { CommentPanel } from '../../../../renderer/src/features/review/CommentPanel';
import { collectThreadRanges } from '../../../../common/review/thread-ranges';
import { makeDoc, p } from '../../../helpers/editor';
import { drafter, entry, reviewer, thread } from '../../../helpers/review-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let editor: Editor;
let root: Root;
let host: HTMLElement;
const onComment = vi.fn();

function select(text: string) {
  let from = -1;
  editor.state.doc.descendants((node, pos) => {
    if (from < 0 && node.isText && node.text!.includes(text)) from = pos + node.text!.indexOf(text);
  });
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, from + text.length)));
}

beforeEach(() => {
  const el = document.createElement('div');
  document.body.appendChild(el);
  editor = new Editor({
    element: el,
    extensions: [...createDocumentExtensions(), CommentReview.configure({ onComment })],
    content: makeDoc([p('Kinh tế tăng trưởng 7,12%.'), p('Thu ngân sách vượt dự toán.')]) as never,
  });
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  editor.destroy();
  document.body.innerHTML = '';
});

const actions = () => ({
  reply: vi.fn(async () => {}),
  edit: vi.fn(async () => {}),
  remove: vi.fn(async () => {}),
  setResolved: vi.fn(async () => {}),
});

describe('comment commands', () => {
  it('comments on the selection with a mark and a quote, and withdraws it', () => {
    select('ngân sách');
    const pending = commentOnSelection(editor, 'new-1');
    expect(pending).toEqual({ threadId: 'new-1', quote: 'ngân sách' });
    expect(collectThreadRanges(editor.state.doc).get('new-1')?.quote).toBe('ngân sách');
    expect(threadIdsAtSelection(editor.state)).toEqual(['new-1']);
    withdrawComment(editor, 'new-1');
    expect(collectThreadRanges(editor.state.doc).size).toBe(0);
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 5)));
    expect(commentOnSelection(editor)).toBeNull();
  });

  it('Ctrl+Alt+M asks the shell to comment on the selection', () => {
    select('Kinh tế');
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true, bubbles: true }));
    expect(onComment).toHaveBeenCalledTimes(1);
  });
});

describe('comment panel', () => {
  it('lists threads in text order, renders text as text, marks own messages, hides resolved until asked', async () => {
    select('ngân sách');
    commentOnSelection(editor, 'b');
    select('Kinh tế');
    commentOnSelection(editor, 'a');
    const threads = [
      thread('b', 'd', 'ngân sách', [entry('b1', 'b', '<b>đậm</b> & <script>x</script>', reviewer)]),
      thread('a', 'd', 'Kinh tế', [entry('a1', 'a', 'Của tôi', drafter)]),
      thread('r', 'd', 'đã xong', [entry('r1', 'r', 'Xong rồi', reviewer)], { status: 'resolved' }),
      thread('x', 'd', 'câu đã xóa', [entry('x1', 'x', 'Mất đoạn', reviewer)], { detached: true }),
    ];
    const acts = actions();
    await act(async () => {
      root.render(<CommentPanel editor={editor} threads={threads} user={drafter} actions={acts} now={() => new Date('2026-11-20T10:00:00Z')} />);
    });
    await act(async () => new Promise((r) => setTimeout(r, 400)));
    const ids = () => [...host.querySelectorAll('[data-testid="review-thread"]')].map((e) => e.getAttribute('data-thread-id'));
    expect(ids()).toEqual(['a', 'b', 'x']);
    expect(host.textContent).toContain('Góp ý (3)');
    const b = host.querySelector('[data-thread-id="b"]')!;
    expect(b.querySelector('b, script')).toBeNull();
    expect(b.textContent).toContain('<b>đậm</b> & <script>x</script>');
    expect(b.querySelector('time')?.textContent).toBe('2 giờ trước');
    expect(b.textContent).not.toContain('Sửa');
    expect(host.querySelector('[data-thread-id="a"]')!.textContent).toContain('Sửa');
    expect(host.querySelector('[data-thread-id="x"]')!.textContent).toContain('Đoạn văn đã bị xóa');

    const filter = host.querySelector('input[type="checkbox"]') as HTMLInputElement;
    await act(async () => filter.click());
    expect(ids()).toEqual(['a', 'b', 'r', 'x']);

    // Clicking a thread selects its passage.
    await act(async () => (host.querySelector('[data-thread-id="b"]') as HTMLElement).click());
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('ngân sách');
    expect(host.querySelector('[data-thread-id="b"]')!.className).toContain('dt-rv-active');

    const buttons = [...host.querySelectorAll('[data-thread-id="b"] button')] as HTMLElement[];
    expect(buttons.map((x) => x.textContent)).toEqual(['Trả lời', 'Giải quyết']);
    await act(async () => buttons[1]!.click());
    expect(acts.setResolved).toHaveBeenCalledWith('b', true);

    // Replying from the active thread goes through the actions.
    const box = host.querySelector('[data-thread-id="b"] textarea') as HTMLTextAreaElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(box, 'Đồng ý');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => buttons[0]!.click());
    expect(acts.reply).toHaveBeenCalledWith('b', 'Đồng ý');
  });
});

describe('review sidebar', () => {
  function fakeClient() {
    const stored: ReturnType<typeof thread>[] = [];
    return {
      stored,
      listThreads: vi.fn(async () => [...stored]),
      addThread: vi.fn(async (a: { draftId: string; threadId?: string; quote: string; body: string }) => {
        const t = thread(a.threadId!, a.draftId, a.quote, [entry('e-' + a.threadId, a.threadId!, a.body, drafter)]);
        stored.push(t);
        return t;
      }),
      addReply: vi.fn(),
      editEntry: vi.fn(),
      deleteEntry: vi.fn(),
      setThreadResolved: vi.fn(),
    };
  }

  async function typeInto(box: HTMLTextAreaElement, text: string) {
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('comments on the selection: composer, stored thread with the mark, saved', async () => {
    const { ReviewSidebar } = await import('../../../../renderer/src/features/review/ReviewSidebar');
    const client = fakeClient();
    const saveNow = vi.fn(async () => true);
    let start: (() => void) | null = null;
    await act(async () => {
      root.render(<ReviewSidebar editor={editor} draftId="d" client={client as never} user={drafter} saveNow={saveNow} onReady={(f) => (start = f)} />);
    });
    select('vượt dự toán');
    await act(async () => start!());
    const pending = host.querySelector('[data-testid="review-pending"]')!;
    expect(pending.textContent).toContain('vượt dự toán');
    await typeInto(pending.querySelector('textarea')!, 'Nêu số cụ thể.');
    await act(async () => (pending.querySelector('button') as HTMLElement).click());
    expect(client.addThread).toHaveBeenCalledTimes(1);
    const args = client.addThread.mock.calls[0]![0];
    expect(args).toMatchObject({ draftId: 'd', quote: 'vượt dự toán', body: 'Nêu số cụ thể.' });
    expect(collectThreadRanges(editor.state.doc).get(args.threadId!)?.quote).toBe('vượt dự toán');
    expect(saveNow).toHaveBeenCalled();
    expect(host.querySelector('[data-testid="review-pending"]')).toBeNull();
    await act(async () => new Promise((r) => setTimeout(r, 400)));
    expect(host.querySelector(`[data-thread-id="${args.threadId}"]`)?.textContent).toContain('Nêu số cụ thể.');
  });

    it('cancelling a new comment removes its mark; without a user name it asks for one', async () => {
    const { ReviewSidebar } = await import('../../../../renderer/src/features/review/ReviewSidebar');
    let start: (() => void) | null = null;
    await act(async () => {
      root.render(<ReviewSidebar editor={editor} draftId="d" client={fakeClient() as never} user={drafter} onReady={(f) => (start = f)} />);
    });
    select('Kinh tế');
    await act(async () => start!());
    expect(collectThreadRanges(editor.state.doc).size).toBe(1);
    await act(async () => ([...host.querySelectorAll('button')].find((b) => b.textContent === 'Hủy') as HTMLElement).click());
    expect(collectThreadRanges(editor.state.doc).size).toBe(0);

    await act(async () => {
      root.render(<ReviewSidebar editor={editor} draftId="d" client={fakeClient() as never} user={{ name: '', role: '' }} onReady={(f) => (start = f)} />);
    });
    await act(async () => start!());
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Hãy nhập họ tên');
    expect(collectThreadRanges(editor.state.doc).size).toBe(0);
  });
});
