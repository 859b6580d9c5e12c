// @vitest-environment happy-dom
import { describe, it, expect, vi, afterEach } from 'vitest';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { DocumentEditor } from '../../../renderer/src/editor/DocumentEditor';
import type { EditorHandle } from '../../../renderer/src/editor/contributions/editorHandle';
import type { DocJSON } from '../../../common/document/types';
import { makeDoc, p, h } from '../../helpers/editor';
import { documentSchema } from '../../../common/document/schema';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

function mount(doc: unknown) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const onDirty = vi.fn();
  let handle: EditorHandle | null = null;
  const onReady = (h: EditorHandle | null): void => {
    handle = h;
  };
  root = createRoot(host);
  act(() => root!.render(createElement(DocumentEditor, { initialDoc: doc as DocJSON, onDirty, onReady })));
  return { onDirty, handle: () => handle, host };
}

describe('DocumentEditor', () => {
  it('hands a handle whose getDoc returns the document, and flags changes with onDirty only', () => {
    const doc = makeDoc([h(1, 'Kinh tế'), p('Tăng trưởng')]);
    const { onDirty, handle } = mount(doc);
    expect(handle()).not.toBeNull();
    expect(handle()!.getDoc()).toEqual(JSON.parse(JSON.stringify(handle()!.getDoc())));
    expect(handle()!.getDoc()).toEqual(documentSchema.nodeFromJSON(doc).toJSON());
    expect(onDirty).not.toHaveBeenCalled();
    const editor = (host!.querySelector('.ProseMirror') as HTMLElement & { editor: import('@tiptap/core').Editor }).editor;
    act(() => {
      editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 3, 'X');
    });
    expect(onDirty).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(handle()!.getDoc())).toContain('KXinh tế');
  });

  it('shows the page in the profile of the header, with its margins', () => {
    mount(makeDoc([p('x')], { profile: 'nha-nuoc' }));
    const page = host!.querySelector<HTMLElement>('.dt-page')!;
    expect(page.getAttribute('data-profile')).toBe('nha-nuoc');
    expect(page.style.getPropertyValue('--dt-page-width')).toBe('210mm');
    expect(page.style.getPropertyValue('--dt-margin-left')).toMatch(/mm$/);
    expect(host!.querySelector('.ProseMirror')!.getAttribute('lang')).toBe('vi');
    expect(host!.querySelector('.ProseMirror')!.getAttribute('spellcheck')).toBe('false');
  });

  it('switches the page to the other profile when the inspector changes it', () => {
    mount(makeDoc([p('x')]));
    expect(host!.querySelector('.dt-page')!.getAttribute('data-profile')).toBe('dang');
    expect(host!.querySelector<HTMLElement>('.dt-page')!.style.getPropertyValue('--dt-line-height')).toBe('18pt');
    const toggle = Array.from(host!.querySelectorAll('button')).find((b) => b.textContent === 'Thông tin văn bản')!;
    act(() => toggle.click());
    const select = host!.querySelector<HTMLSelectElement>('.dt-inspector select')!;
    act(() => {
      select.value = 'nha-nuoc';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(host!.querySelector('.dt-page')!.getAttribute('data-profile')).toBe('nha-nuoc');
    expect(host!.querySelector('.dt-national-title')!.textContent).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('opens a broken draft with a Vietnamese notice instead of crashing, keeping its text', () => {
    const bad = makeDoc([p('Giữ lại đoạn này')]) as unknown as { content: { content?: unknown[] }[] };
    bad.content[2]!.content!.push({ type: 'codeBlock', content: [{ type: 'text', text: 'và đoạn này' }] });
    const { handle } = mount(bad);
    const notice = host!.querySelector('[role="alert"]')!;
    expect(notice.textContent).toContain('Tệp dự thảo có lỗi (Nội dung: có phần tử loại "codeBlock" không được hỗ trợ); đã mở phần đọc được');
    const text = JSON.stringify(handle()!.getDoc());
    expect(text).toContain('Giữ lại đoạn này');
    expect(text).toContain('và đoạn này');
  });
});

describe('DocumentEditor in review mode', () => {
  it('disables the header, title and closing fields and hides the inspector', () => {
    host = document.createElement('div');
    document.body.appendChild(host);
    root = createRoot(host);
    act(() => root!.render(createElement(DocumentEditor, { initialDoc: makeDoc([p('x')]), readOnly: true, onDirty: () => {}, onReady: () => {} })));
    const fields = host.querySelectorAll<HTMLInputElement>('.dt-part input, .dt-part textarea');
    expect(fields.length).toBeGreaterThan(5);
    expect(Array.from(fields).every((f) => f.disabled)).toBe(true);
    expect(Array.from(host.querySelectorAll('button')).some((b) => b.textContent === 'Thông tin văn bản')).toBe(false);
  });
});
