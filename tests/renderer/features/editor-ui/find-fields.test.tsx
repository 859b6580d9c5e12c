// @vitest-environment happy-dom
// Find ignores diacritics by default and also finds text in the header, title and closing fields and in footnotes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Editor } from '@tiptap/core';
import { DocumentEditor } from '../../../../renderer/src/editor/DocumentEditor';
import { documentSchema as s } from '../../../../common/document/schema';
import { findFieldMatches } from '../../../../renderer/src/features/editor-ui/find/field-search';
import { DEFAULT_FIND_OPTIONS } from '../../../../renderer/src/features/editor-ui/find/find-plugin';
import { editorUiContribution } from '../../../../renderer/src/features/editor-ui/contribution';
import type { DocJSON } from '../../../../common/document/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const doc = s.node('doc', null, [
  s.node('header', { issuingBody: 'THÀNH ỦY CẦN THƠ', place: 'Cần Thơ' }),
  s.node('documentTitle', { subject: 'về nhiệm vụ năm 2025' }),
  s.node('body', null, [s.node('paragraph', null, [s.text('Kinh tế tăng trưởng'), s.node('footnote', { text: 'Số liệu của Cục Thống kê Cần Thơ' })])]),
  s.node('closing', { signerName: 'Trần Văn Nhiệm', recipients: ['Ban Thường vụ Thành ủy Cần Thơ', 'Lưu Văn phòng Thành ủy.'] }),
]);

describe('finding in fields and footnotes', () => {
  it('ignores diacritics by default', () => {
    expect(DEFAULT_FIND_OPTIONS.ignoreDiacritics).toBe(true);
  });

  it('lists every field and footnote containing the query, with the matched range in its own text', () => {
    const found = findFieldMatches(doc, 'can tho', DEFAULT_FIND_OPTIONS);
    expect(found.map((m) => m.label)).toEqual(['Cơ quan ban hành', 'Địa danh', 'Chú thích 1', 'Nơi nhận 1']);
    expect(found[0]).toMatchObject({ from: 'THÀNH ỦY '.length, to: 'THÀNH ỦY CẦN THƠ'.length });
    expect(findFieldMatches(doc, 'nhiem vu', DEFAULT_FIND_OPTIONS).map((m) => m.label)).toEqual(['Trích yếu']);
    expect(findFieldMatches(doc, 'nhiem', { matchCase: false, ignoreDiacritics: false })).toEqual([]);
  });
});

describe('the find bar', () => {
  let root: Root | null = null;
  let host: HTMLElement | null = null;
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
    vi.useRealTimers();
  });

  it('shows the field matches under the find field; a click selects the match in its input', async () => {
    vi.useFakeTimers();
    host = document.createElement('div');
    document.body.appendChild(host);
    root = createRoot(host);
    act(() => root!.render(createElement(DocumentEditor, { initialDoc: doc.toJSON() as DocJSON, onDirty: vi.fn(), onReady: vi.fn(), contributions: { list: [editorUiContribution], context: undefined } })));
    const editor = (host.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
    act(() => void editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true, cancelable: true })));
    const input = host.querySelector<HTMLInputElement>('input[aria-label="Tìm"]');
    expect(input).not.toBeNull();
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'nhiem vu');
      input!.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(300);
    });
    const chips = Array.from(host.querySelectorAll<HTMLButtonElement>('[data-testid="find-field-match"]'));
    expect(chips.map((c) => c.textContent)).toEqual(['Trích yếu']);
    act(() => chips[0]!.click());
    const subject = host.querySelector<HTMLTextAreaElement>('.dt-subject')!;
    expect(document.activeElement).toBe(subject);
    expect(subject.value.slice(subject.selectionStart, subject.selectionEnd)).toBe('nhiệm vụ');
  });
});
