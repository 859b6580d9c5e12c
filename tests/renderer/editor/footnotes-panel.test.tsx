// @vitest-environment happy-dom
// The footnotes are visible at the foot of the page and edited in place there.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { DocumentEditor } from '../../../renderer/src/editor/DocumentEditor';
import type { DocJSON } from '../../../common/document/types';
import { makeDoc, p } from '../../helpers/editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

function mount(doc: unknown): Editor {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root!.render(createElement(DocumentEditor, { initialDoc: doc as DocJSON, onDirty: vi.fn(), onReady: vi.fn() })));
  return (host.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor;
}

const footnoteTexts = (editor: Editor): string[] => {
  const out: string[] = [];
  editor.state.doc.descendants((n) => {
    if (n.type.name === 'footnote') out.push(String(n.attrs.text));
  });
  return out;
};
const fields = (): HTMLTextAreaElement[] => Array.from(host!.querySelectorAll<HTMLTextAreaElement>('[data-testid="footnotes-panel"] textarea'));
const bodyStart = (e: Editor): number => e.state.doc.child(0).nodeSize + e.state.doc.child(1).nodeSize + 2;

function typeInto(area: HTMLTextAreaElement, value: string): void {
  act(() => {
    area.focus();
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('footnote panel at the page foot', () => {
  it('shows every footnote with its number and text, visibly under the page', () => {
    const doc = makeDoc([p('Một'), p('Hai')]);
    const editor = mount(doc);
    expect(host!.querySelector('[data-testid="footnotes-panel"]')).toBeNull();
    act(() => {
      editor.commands.setTextSelection(bodyStart(editor) + 3);
      editor.commands.insertFootnote('Nguồn: Cục Thống kê');
    });
    const panel = host!.querySelector<HTMLElement>('[data-testid="footnotes-panel"]')!;
    expect(panel.textContent).toContain('Chú thích');
    expect(fields().map((f) => f.value)).toEqual(['Nguồn: Cục Thống kê']);
    expect(fields()[0]!.getAttribute('aria-label')).toBe('Chú thích 1');
    // The panel follows the page (same column), not a tooltip.
    expect(panel.previousElementSibling?.classList.contains('dt-page')).toBe(true);
  });

  it('gives a new empty footnote the focus; typing writes it, leaving makes one undo step', () => {
    const editor = mount(makeDoc([p('Một')]));
    act(() => {
      editor.commands.setTextSelection(bodyStart(editor) + 3);
      editor.commands.insertFootnote();
      editor.view.dispatch(closeHistory(editor.state.tr)); // the insertion is its own undo step, as after a pause
    });
    const area = fields()[0]!;
    expect(document.activeElement).toBe(area);
    typeInto(area, 'Theo số liệu sơ bộ');
    expect(footnoteTexts(editor)).toEqual(['Theo số liệu sơ bộ']);
    typeInto(area, 'Theo số liệu sơ bộ của Cục Thống kê');
    act(() => area.blur());
    expect(footnoteTexts(editor)).toEqual(['Theo số liệu sơ bộ của Cục Thống kê']);
    act(() => void editor.commands.undo());
    expect(footnoteTexts(editor)).toEqual(['']);
  });

  it('clicking a marker in the text focuses its field in the panel; Enter returns to the text after it', () => {
    const editor = mount(makeDoc([p('Một'), p('Hai')]));
    act(() => {
      editor.commands.setTextSelection(bodyStart(editor) + 3);
      editor.commands.insertFootnote('a');
      editor.commands.setTextSelection(bodyStart(editor) + 'Một'.length + 1 + 2 + 'Hai'.length);
      editor.commands.insertFootnote('b');
    });
    const markers = host!.querySelectorAll('.dt-footnote-marker');
    act(() => void markers[1]!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true })));
    expect(document.activeElement).toBe(fields()[1]);
    expect(host!.querySelector('.dt-footnote-popover')).toBeNull();
    act(() => void fields()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    const sel = editor.state.selection.from;
    expect(editor.state.doc.resolve(sel).nodeBefore?.type.name).toBe('footnote');
    expect(editor.state.doc.resolve(sel).nodeBefore?.attrs.text).toBe('b');
  });
});
