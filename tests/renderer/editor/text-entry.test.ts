// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeDoc, p, mountEditor, bodyTexts, bodyStart } from '../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

function typeText(e: Editor, text: string): void {
  const { from, to } = e.state.selection;
  const handled = e.view.someProp('handleTextInput', (f) => f(e.view, from, to, text, () => e.state.tr.insertText(text, from, to)));
  if (!handled) e.view.dispatch(e.state.tr.insertText(text, from, to));
}

describe('text entry', () => {
  it('typed NFD text is stored as NFC', () => {
    editor = mountEditor(makeDoc([p('')]));
    editor.commands.setTextSelection(bodyStart(editor));
    typeText(editor, 'Tha\u0300nh u\u0309y')
    expect(bodyTexts(editor)).toEqual(['Thành ủy']);
    expect(editor.state.doc.child(2).textContent).toBe('Thành ủy'.normalize('NFC'));
  });

  it('pasted NFD HTML is stored as NFC', () => {
    editor = mountEditor(makeDoc([p('')]));
    editor.commands.setTextSelection(bodyStart(editor));
    editor.commands.insertContent('<p>Ca\u0302\u0300n Tho\u031b</p>');
    expect(editor.state.doc.child(2).textContent).toBe('Cần Thơ');
  });

  it('typing into a guidance paragraph replaces its hint and clears the guidance flag', () => {
    editor = mountEditor(makeDoc([p('Nêu khái quát tình hình.', { guidance: true }), p('Đoạn khác')]));
    expect(editor.view.dom.querySelector('p[data-guidance]')).not.toBeNull();
    editor.commands.setTextSelection(bodyStart(editor) + 4);
    typeText(editor, 'N');
    typeText(editor, 'ă');
    typeText(editor, 'm');
    expect(bodyTexts(editor)).toEqual(['Năm', 'Đoạn khác']);
    expect(editor.state.doc.child(2).child(0).attrs.guidance).toBe(false);
    expect(editor.view.dom.querySelector('p[data-guidance]')).toBeNull();
  });

  it('deleting in a guidance paragraph clears the whole hint', () => {
    editor = mountEditor(makeDoc([p('Gợi ý', { guidance: true })]));
    const pos = bodyStart(editor) + 5;
    editor.view.dispatch(editor.state.tr.delete(pos - 1, pos));
    expect(bodyTexts(editor)).toEqual(['']);
    expect(editor.state.doc.child(2).child(0).attrs.guidance).toBe(false);
  });

  it('other paragraphs are not touched when a guidance paragraph is typed into', () => {
    editor = mountEditor(makeDoc([p('Trước'), p('Gợi ý', { guidance: true }), p('Sau', { guidance: true })]));
    editor.commands.setTextSelection(bodyStart(editor) + 'Trước'.length + 2);
    typeText(editor, 'X');
    expect(bodyTexts(editor)).toEqual(['Trước', 'X', 'Sau']);
    expect(editor.state.doc.child(2).child(2).attrs.guidance).toBe(true);
  });
});

describe('guidance and Enter', () => {
  it('a paragraph split off a hint with Enter is not a hint', () => {
    editor = mountEditor(makeDoc([p('Gợi ý', { guidance: true })]));
    editor.commands.setTextSelection(bodyStart(editor) + 5);
    editor.commands.splitBlock();
    const body = editor.state.doc.child(2);
    expect(body.childCount).toBe(2);
    expect(body.child(1).attrs.guidance).toBe(false);
  });
});
