// @vitest-environment happy-dom
// Jumping from a format issue to its place, through the editor handle: the
// field's input in the node views gets the focus, a body issue selects its
// block, codes edited only in the inspector open it and focus the field.
import { Editor } from '@tiptap/core';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { jumpToIssue } from '../../../../renderer/src/features/export-ui/jumpToIssue';
import { createEditorHandle, type EditorHandle } from '../../../../renderer/src/editor/contributions/editorHandle';
import { DocumentEditor } from '../../../../renderer/src/editor/DocumentEditor';
import { h, makeDoc, mountEditor, p } from '../../../helpers/editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let editor: Editor | null = null;
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

let handle: EditorHandle;
function mount(): Editor {
  editor = mountEditor(makeDoc([h(1, 'Kết quả'), p('Đoạn một.'), p('Đoạn hai.')]));
  handle = createEditorHandle(editor);
  return editor;
}

describe('jump to a format issue', () => {
  it('focuses the signer name input for a missing signer name', async () => {
    mount();
    expect(await jumpToIssue({ part: 'closing', field: 'signerName' }, handle)).toBe(true);
    const active = document.activeElement as HTMLElement;
    expect(active.classList.contains('dt-signer-name')).toBe(true);
  });

  it('focuses the header number and the subject inputs', async () => {
    mount();
    await jumpToIssue({ part: 'header', field: 'number' }, handle);
    expect((document.activeElement as HTMLElement).classList.contains('dt-number')).toBe(true);
    await jumpToIssue({ part: 'documentTitle', field: 'subject' }, handle);
    expect((document.activeElement as HTMLElement).classList.contains('dt-subject')).toBe(true);
  });

  it('focuses the recipient line the issue names', async () => {
    mount();
    await jumpToIssue({ part: 'closing', field: 'recipients', path: [1] }, handle);
    const inputs = [...document.querySelectorAll('.dt-recipient-input')];
    expect(inputs.length).toBeGreaterThan(1);
    expect(document.activeElement).toBe(inputs[1]);
  });

  it('selects the body block at the issue path', async () => {
    const ed = mount();
    expect(await jumpToIssue({ part: 'body', path: [2] }, handle)).toBe(true);
    const { $from } = ed.state.selection;
    // Inside the body (doc child 2), in its third block.
    expect($from.index(0)).toBe(2);
    expect($from.index(1)).toBe(2);
    expect($from.parent.textContent).toBe('Đoạn hai.');
    await jumpToIssue({ part: 'body', path: [0] }, handle);
    expect(ed.state.selection.$from.parent.textContent).toBe('Kết quả');
  });

  it('opens the inspector for a type code and focuses its field', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    let ready: EditorHandle | null = null;
    act(() => root!.render(createElement(DocumentEditor, { initialDoc: makeDoc([p('x')]), onDirty: () => {}, onReady: (h: EditorHandle | null) => void (ready = h) })));
    expect(host.querySelector('.dt-inspector')).toBeNull();
    // React draws the opened inspector on its own schedule, as in the app (not inside act()).
    const flag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    flag.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      expect(await jumpToIssue({ part: 'header', field: 'typeCode' }, ready!)).toBe(true);
    } finally {
      flag.IS_REACT_ACT_ENVIRONMENT = true;
    }
    const active = document.activeElement as HTMLElement;
    expect(active.tagName).toBe('SELECT');
    expect(active.closest('.dt-inspector-field')?.querySelector('span')?.textContent).toBe('Loại văn bản (ký hiệu)');
  });

  it('says the place was not found when the draft was closed before the jump', async () => {
    const ed = mount();
    ed.destroy();
    editor = null;
    expect(await jumpToIssue({ part: 'closing', field: 'signerName' }, handle)).toBe(false);
    expect(await jumpToIssue({ part: 'body', path: [0] }, handle)).toBe(false);
    expect(await jumpToIssue({ part: 'documentTitle' }, handle)).toBe(false);
  });
});
