// @vitest-environment happy-dom
// Jumping from a format issue to its place: the field's input in the node
// views gets the focus, a body issue selects its block, codes edited only
// in the inspector open it and focus the field.
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { jumpToIssue } from '../../../../renderer/src/features/export-ui/jumpToIssue';
import { h, makeDoc, mountEditor, p } from '../../../helpers/editor';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

function mount(): Editor {
  editor = mountEditor(makeDoc([h(1, 'Kết quả'), p('Đoạn một.'), p('Đoạn hai.')]));
  return editor;
}

describe('jump to a format issue', () => {
  it('focuses the signer name input for a missing signer name', async () => {
    mount();
    expect(await jumpToIssue({ part: 'closing', field: 'signerName' })).toBe(true);
    const active = document.activeElement as HTMLElement;
    expect(active.classList.contains('dt-signer-name')).toBe(true);
  });

  it('focuses the header number and the subject inputs', async () => {
    mount();
    await jumpToIssue({ part: 'header', field: 'number' });
    expect((document.activeElement as HTMLElement).classList.contains('dt-number')).toBe(true);
    await jumpToIssue({ part: 'documentTitle', field: 'subject' });
    expect((document.activeElement as HTMLElement).classList.contains('dt-subject')).toBe(true);
  });

  it('focuses the recipient line the issue names', async () => {
    mount();
    await jumpToIssue({ part: 'closing', field: 'recipients', path: [1] });
    const inputs = [...document.querySelectorAll('.dt-recipient-input')];
    expect(inputs.length).toBeGreaterThan(1);
    expect(document.activeElement).toBe(inputs[1]);
  });

  it('selects the body block at the issue path', async () => {
    const ed = mount();
    expect(await jumpToIssue({ part: 'body', path: [2] })).toBe(true);
    const { $from } = ed.state.selection;
    // Inside the body (doc child 2), in its third block.
    expect($from.index(0)).toBe(2);
    expect($from.index(1)).toBe(2);
    expect($from.parent.textContent).toBe('Đoạn hai.');
    await jumpToIssue({ part: 'body', path: [0] });
    expect(ed.state.selection.$from.parent.textContent).toBe('Kết quả');
  });

  it('opens the inspector for a type code and focuses its field', async () => {
    const root = document.createElement('div');
    const toggle = document.createElement('button');
    toggle.className = 'dt-inspector-toggle';
    toggle.addEventListener('click', () => {
      // The inspector appears on a later render, as React does it.
      setTimeout(() => {
        root.insertAdjacentHTML(
          'beforeend',
          '<label class="dt-inspector-field"><span>Số</span><input id="n"></label><label class="dt-inspector-field"><span>Loại văn bản (ký hiệu)</span><select id="type"><option>BC</option></select></label>',
        );
      }, 0);
    });
    root.append(toggle);
    document.body.append(root);
    expect(await jumpToIssue({ part: 'header', field: 'typeCode' }, root)).toBe(true);
    expect((document.activeElement as HTMLElement).id).toBe('type');
  });

  it('says when nothing on the page matches', async () => {
    expect(await jumpToIssue({ part: 'closing', field: 'signerName' }, document.createElement('div'))).toBe(false);
  });
});
