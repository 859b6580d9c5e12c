// @vitest-environment happy-dom
import { it, expect, afterEach } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeDoc, p, h, mountEditor } from '../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

it('mounting in React (createNodeViews) does not render the whole document a second time', () => {
  editor = mountEditor(makeDoc([h(1, 'A'), p('x'), { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p('Chỉ tiêu')] }] }] }]));
  const paragraph = editor.view.dom.querySelector('.dt-body p');
  const header = editor.view.dom.querySelector('.dt-header');
  // What @tiptap/react's EditorContent does when it mounts.
  editor.createNodeViews();
  expect(editor.view.dom.querySelector('.dt-body p')).toBe(paragraph);
  expect(editor.view.dom.querySelector('.dt-header')).toBe(header);
  expect(editor.view.dom.querySelector('.dt-body table th')?.textContent).toBe('Chỉ tiêu');
});
