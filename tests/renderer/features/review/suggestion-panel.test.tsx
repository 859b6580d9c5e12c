// @vitest-environment happy-dom
// The suggestion cards of the review side panel on a real TipTap editor:
// what each suggestion proposes, by whom; accept / reject one, all, or all
// of one author (the document changes, Ctrl+Z brings it back); in review
// mode no accept/reject; replies shown on their suggestion.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import { createDocumentExtensions } from '../../../../renderer/src/editor/createDocumentExtensions';
import { SuggestionPanel } from '../../../../renderer/src/features/review/SuggestionPanel';
import { listSuggestions } from '../../../../common/suggestions/list-suggestions';
import type { DocJSON, NodeJSON } from '../../../../common/document/types';
import { makeDoc } from '../../../helpers/editor';
import { ReviewSidebar } from '../../../../renderer/src/features/review/ReviewSidebar';
import type { Thread } from '../../../../common/review/types';
import { drafter, entry, reviewer, thread } from '../../../helpers/review-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const An = { author: 'Nguyễn Văn An', date: '2026-12-04T06:05:00Z' };
const Binh = { author: 'Trần Thị Bình', date: '2026-12-04T06:07:00Z' };
const t = (text: string, type?: string, attrs?: Record<string, unknown>): NodeJSON => (type ? { type: 'text', text, marks: [{ type, attrs }] } : { type: 'text', text });

let editor: Editor;
let root: Root;
let host: HTMLElement;

beforeEach(() => {
  const el = document.createElement('div');
  document.body.appendChild(el);
  editor = new Editor({
    element: el,
    extensions: createDocumentExtensions(),
    content: makeDoc([
      { type: 'paragraph', content: [t('Kết quả '), t('rất ', 'insertion', { id: 's-a', ...An }), t('tốt.')] },
      { type: 'paragraph', content: [t('Tiếp tục '), t('cố gắng ', 'deletion', { id: 's-b', ...Binh }), t('phấn đấu.')] },
      { type: 'paragraph', content: [t('Năm '), t('2025', 'deletion', { id: 's-c', ...An }), t('2026', 'insertion', { id: 's-c', ...An })] },
    ]) as never,
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

function render(readOnly = false, onReply = vi.fn(async () => {})): void {
  const list = listSuggestions(editor.getJSON() as DocJSON);
  const threads = [thread('s-b', 'd1', '', [entry('e1', 's-b', 'Giữ lại thì hơn.', reviewer)])];
  act(() => root.render(<SuggestionPanel editor={editor} list={list} threads={threads} onReply={onReply} readOnly={readOnly} />));
}

const cards = (): HTMLElement[] => Array.from(host.querySelectorAll<HTMLElement>('[data-testid="suggestion-card"]'));
const click = (el: Element | null | undefined): void => act(() => (el as HTMLElement).click());
const body = (): string[] => {
  const out: string[] = [];
  editor.state.doc.child(2).forEach((n) => out.push(n.textContent));
  return out;
};

describe('suggestions in the side panel', () => {
  it('lists each suggestion with what it proposes, its author and its replies', () => {
    render();
    expect(cards().map((c) => c.querySelector('.dt-sg-what')!.textContent)).toEqual(['Đề xuất: chèn «rất »', 'Đề xuất: xóa «cố gắng »', 'Đề xuất: thay «2025» bằng «2026»']);
    expect(cards()[1]!.textContent).toContain('Trần Thị Bình');
    expect(cards()[1]!.textContent).toContain('Giữ lại thì hơn.');
    expect(host.textContent).toContain('Đề xuất sửa (3)');
  });

  it('"Chấp nhận" keeps the insertion, "Từ chối" keeps the words; Ctrl+Z brings the suggestion back', () => {
    render();
    click(cards()[0]!.querySelector('[data-testid="suggest-accept"]'));
    expect(body()[0]).toBe('Kết quả rất tốt.');
    expect(listSuggestions(editor.getJSON() as DocJSON).map((s) => s.id)).toEqual(['s-b', 's-c']);
    click(cards()[1]!.querySelector('[data-testid="suggest-reject"]'));
    expect(listSuggestions(editor.getJSON() as DocJSON).map((s) => s.id)).toEqual(['s-c']);
    expect(body()[1]).toBe('Tiếp tục cố gắng phấn đấu.');
    editor.commands.undo();
    expect(listSuggestions(editor.getJSON() as DocJSON).map((s) => s.id)).toEqual(['s-b', 's-c']);
  });

  it('"Chấp nhận của" one author settles only theirs; "Từ chối tất cả" the rest', () => {
    render();
    const byAn = Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Chấp nhận của Nguyễn Văn An');
    click(byAn);
    expect(body()).toEqual(['Kết quả rất tốt.', 'Tiếp tục cố gắng phấn đấu.', 'Năm 2026']);
    expect(listSuggestions(editor.getJSON() as DocJSON).map((s) => s.author)).toEqual(['Trần Thị Bình']);
    click(host.querySelector('[data-testid="suggest-reject-all"]'));
    expect(listSuggestions(editor.getJSON() as DocJSON)).toEqual([]);
    expect(body()[1]).toBe('Tiếp tục cố gắng phấn đấu.');
  });

  it('in review mode the reviewer sees and answers suggestions but cannot accept or reject', () => {
    const onReply = vi.fn(async () => {});
    render(true, onReply);
    expect(host.querySelector('[data-testid="suggest-accept"]')).toBeNull();
    expect(host.querySelector('[data-testid="suggest-accept-all"]')).toBeNull();
    click(Array.from(cards()[0]!.querySelectorAll('button')).find((b) => b.textContent === 'Trả lời'));
    expect(cards()[0]!.querySelector('textarea')).not.toBeNull();
  });
});

describe('the replies of an accepted or rejected suggestion', () => {
  /** A client with the reply thread of s-b; recording an outcome resolves it and says how, as the service does. */
  function client() {
    let threads: Thread[] = [thread('s-b', 'd', '', [entry('e1', 's-b', 'Giữ lại thì hơn.', reviewer)])];
    return {
      listThreads: vi.fn(async () => threads),
      addThread: vi.fn(),
      addReply: vi.fn(),
      editEntry: vi.fn(),
      deleteEntry: vi.fn(),
      setThreadResolved: vi.fn(),
      recordSuggestionOutcomes: vi.fn(async ({ ids, outcome }: { ids: string[]; outcome: 'accepted' | 'rejected' }) => {
        const at = '2026-12-04T07:00:00.000Z';
        threads = threads.map((x) => (ids.includes(x.id) ? { ...x, status: 'resolved' as const, resolvedAt: at, resolvedBy: drafter, settled: { outcome, by: drafter, at } } : x));
        return threads;
      }),
    };
  }
  const settle = () => new Promise((r) => setTimeout(r, 50));

  for (const [button, outcome, label] of [
    ['suggest-reject', 'rejected', 'Đã từ chối đề xuất'],
    ['suggest-accept', 'accepted', 'Đã chấp nhận đề xuất'],
  ] as const) {
    it(`once the suggestion is ${outcome}, its thread shows "${label}" with who, not a lost passage`, async () => {
      const c = client();
      await act(async () => root.render(<ReviewSidebar editor={editor} draftId="d" client={c as never} user={drafter} now={() => new Date('2026-12-04T08:00:00Z')} />));
      await act(settle);
      expect(host.querySelector('[data-thread-id="s-b"]')).toBeNull(); // a live suggestion's replies are on its card
      click(cards().find((x) => x.dataset.suggestionId === 's-b')!.querySelector(`[data-testid="${button}"]`));
      await act(settle);
      expect(c.recordSuggestionOutcomes).toHaveBeenCalledWith({ draftId: 'd', ids: ['s-b'], outcome });
      // Settled, the thread is resolved: shown with the resolved ones.
      const filter = host.querySelector<HTMLInputElement>('.dt-rv-filter input')!;
      click(filter);
      await act(settle);
      const card = host.querySelector('[data-thread-id="s-b"]')!;
      expect(card.textContent).toContain(`${label} (${drafter.name})`);
      expect(card.textContent).toContain('Giữ lại thì hơn.');
      expect(card.textContent).not.toContain('Đoạn văn đã bị xóa');
      expect(card.classList.contains('dt-rv-detached')).toBe(false);
    });
  }
});
