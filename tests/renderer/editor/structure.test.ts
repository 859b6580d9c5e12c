// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import type { Editor } from '@tiptap/core';
import { AllSelection, TextSelection } from '@tiptap/pm/state';
import { Slice, Fragment } from '@tiptap/pm/model';
import { makeDoc, p, h, mountEditor, bodyTexts, bodyStart } from '../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

function structuralAttrs(e: Editor) {
  return [0, 1, 3].map((i) => e.state.doc.child(i).attrs);
}

function pressKey(e: Editor, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  return e.view.someProp('handleKeyDown', (f) => f(e.view, event)) ?? false;
}

describe('structural parts survive editing', () => {
  it('select-all + Delete empties the body to one paragraph and keeps header, title and closing', () => {
    editor = mountEditor(makeDoc([h(1, 'Kết quả'), p('Một'), p('Hai')]));
    const before = structuralAttrs(editor);
    editor.view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)));
    expect(pressKey(editor, 'Delete')).toBe(true);
    expect(editor.state.doc.childCount).toBe(4);
    expect(bodyTexts(editor)).toEqual(['']);
    expect(editor.state.doc.child(2).firstChild!.type.name).toBe('paragraph');
    expect(structuralAttrs(editor)).toEqual(before);
  });

  it('undo after select-all delete restores the body', () => {
    editor = mountEditor(makeDoc([h(1, 'Kết quả'), p('Một'), p('Hai')]));
    editor.view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)));
    pressKey(editor, 'Backspace');
    expect(bodyTexts(editor)).toEqual(['']);
    editor.commands.undo();
    expect(bodyTexts(editor)).toEqual(['Kết quả', 'Một', 'Hai']);
    expect(editor.state.doc.child(0).attrs.issuingBody).toBe('THÀNH ỦY CẦN THƠ');
  });

  it('the default delete of an all-selection (e.g. a cut) cannot reset the structural fields', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    const before = structuralAttrs(editor);
    editor.view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)).deleteSelection());
    expect(editor.state.doc.childCount).toBe(4);
    expect(structuralAttrs(editor)).toEqual(before);
  });

  it('typing over a select-all replaces only the body', () => {
    editor = mountEditor(makeDoc([p('Một'), p('Hai')]));
    const before = structuralAttrs(editor);
    editor.view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)));
    const handled = editor.view.someProp('handleTextInput', (f) => f(editor.view, 0, editor.state.doc.content.size, 'X', () => editor.state.tr));
    expect(handled).toBe(true);
    expect(bodyTexts(editor)).toEqual(['X']);
    expect(structuralAttrs(editor)).toEqual(before);
  });

  it('pasting over a select-all replaces only the body', () => {
    editor = mountEditor(makeDoc([p('Một'), p('Hai')]));
    const before = structuralAttrs(editor);
    editor.view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)));
    const slice = new Slice(Fragment.from(editor.schema.nodes.paragraph!.create(null, editor.schema.text('Dán vào'))), 0, 0);
    editor.view.someProp('handlePaste', (f) => f(editor.view, new Event('paste') as ClipboardEvent, slice));
    editor.view.dispatch(editor.state.tr.replaceSelection(slice));
    expect(editor.state.doc.childCount).toBe(4);
    expect(bodyTexts(editor)).toEqual(['Dán vào']);
    expect(structuralAttrs(editor)).toEqual(before);
  });

  it('a pasted HTML document with header-like markup cannot add a second header or body', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.commands.setTextSelection(bodyStart(editor) + 3);
    editor.commands.insertContent('<div class="dt-header"></div><div class="dt-body"><p>Hai</p></div>');
    expect(editor.state.doc.childCount).toBe(4);
    expect(editor.state.doc.child(2).textContent).toContain('Hai');
  });

  it('dropping onto the header is refused', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    const view = editor.view;
    const original = view.posAtCoords.bind(view);
    view.posAtCoords = () => ({ pos: 0, inside: -1 });
    const refused = view.someProp('handleDrop', (f) => f(view, new MouseEvent('drop') as DragEvent, Slice.empty, false));
    view.posAtCoords = original;
    expect(refused).toBe(true);
  });

  it('a transaction that rewrites the header without the field commands is corrected', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.view.dispatch(editor.state.tr.setNodeMarkup(0, undefined, { ...editor.state.doc.child(0).attrs, number: '999' }));
    expect(editor.state.doc.child(0).attrs.number).toBe('12');
  });

  it('moving a body block by drag (delete + insert) keeps the structure', () => {
    editor = mountEditor(makeDoc([p('Một'), p('Hai')]));
    const start = bodyStart(editor) - 1;
    const first = editor.state.doc.child(2).child(0);
    const tr = editor.state.tr.delete(start, start + first.nodeSize);
    tr.insert(tr.doc.child(0).nodeSize + tr.doc.child(1).nodeSize + 1 + tr.doc.child(2).content.size, first);
    editor.view.dispatch(tr);
    expect(bodyTexts(editor)).toEqual(['Hai', 'Một']);
    expect(editor.state.doc.childCount).toBe(4);
  });
});

describe('header field commands', () => {
  it('a field edit is written, normalised to NFC, and undoable', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.commands.setHeaderFields({ place: 'Ha\u0300 No\u0302\u0323i' });
    expect(editor.state.doc.child(0).attrs.place).toBe('Hà Nội');
    editor.commands.undo();
    expect(editor.state.doc.child(0).attrs.place).toBe('Cần Thơ');
    editor.commands.redo();
    expect(editor.state.doc.child(0).attrs.place).toBe('Hà Nội');
  });

  it('typing in a header input writes the field live and makes one undo step on blur', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    const input = editor.view.dom.querySelector<HTMLInputElement>('input.dt-place')!;
    expect(input.value).toBe('Cần Thơ');
    input.focus();
    for (const value of ['Cần Thơ 1', 'Cần Thơ 12', 'Cần Thơ 123']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(editor.state.doc.child(0).attrs.place).toBe('Cần Thơ 123');
    input.dispatchEvent(new Event('blur'));
    expect(editor.state.doc.child(0).attrs.place).toBe('Cần Thơ 123');
    editor.commands.undo();
    expect(editor.state.doc.child(0).attrs.place).toBe('Cần Thơ');
  });

  it('the number line shows the composed number per profile', () => {
    editor = mountEditor(makeDoc([p('Một')], { typeCode: 'BC', bodyCode: 'TU', number: '123' }));
    const line = editor.view.dom.querySelector('.dt-number-line')!;
    expect(line.getAttribute('data-printed')).toBe('Số 123-BC/TU');
    editor.commands.setHeaderFields({ profile: 'nha-nuoc', number: '45', typeCode: 'BC', bodyCode: 'UBND' });
    expect(editor.view.dom.querySelector('.dt-number-line')!.getAttribute('data-printed')).toBe('Số: 45/BC-UBND');
    expect(editor.view.dom.querySelector('.dt-national-title')!.textContent).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('the date line is printed with the padding rule', () => {
    editor = mountEditor(makeDoc([p('Một')], { date: '2026-02-05', place: 'Cần Thơ' }));
    expect(editor.view.dom.querySelector('.dt-date-line')!.getAttribute('data-printed')).toBe('Cần Thơ, ngày 05 tháng 02 năm 2026');
  });
});
