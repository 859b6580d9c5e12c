// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeDoc, p, mountEditor, bodyStart } from '../../helpers/editor';
import { documentSchema } from '../../../common/document/schema';

let editor: Editor;
afterEach(() => editor?.destroy());

function bodyTypes(e: Editor): string[] {
  const out: string[] = [];
  e.state.doc.child(2).forEach((n) => out.push(n.type.name));
  return out;
}

function valid(e: Editor): boolean {
  documentSchema.nodeFromJSON(e.getJSON()).check();
  return true;
}

describe('editor commands for the toolbar', () => {
  it('inserts a table with a header row that fits the schema', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.commands.setTextSelection(bodyStart(editor) + 3);
    expect(editor.commands.insertTable({ rows: 3, cols: 4, withHeaderRow: true })).toBe(true);
    const table = editor.state.doc.child(2).content.content.find((n) => n.type.name === 'table')!;
    expect(table.childCount).toBe(3);
    expect(table.child(0).child(0).type.name).toBe('tableHeader');
    expect(table.child(1).child(0).type.name).toBe('tableCell');
    expect(valid(editor)).toBe(true);
  });

  it('toggles dash and numbered lists on the current paragraph', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.commands.setTextSelection(bodyStart(editor) + 1);
    editor.commands.toggleDashList();
    expect(bodyTypes(editor)).toEqual(['bulletList']);
    editor.commands.toggleOrderedList();
    expect(bodyTypes(editor)).toEqual(['orderedList']);
    editor.commands.toggleOrderedList();
    expect(bodyTypes(editor)).toEqual(['paragraph']);
  });

  it('inserts QUYẾT NGHỊ:, a page break and a footnote', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.commands.setTextSelection(bodyStart(editor) + 3);
    editor.commands.insertResolutionClause();
    expect(bodyTypes(editor)).toContain('resolutionClause');
    expect(editor.view.dom.querySelector('.dt-resolution-clause')!.textContent).toBe('QUYẾT NGHỊ:');
    editor.commands.insertPageBreak();
    expect(bodyTypes(editor)).toContain('pageBreak');
    editor.commands.setTextSelection(bodyStart(editor) + 2);
    editor.commands.insertFootnote('Theo số liệu của Cục Thống ke\u0302');
    let note: { text?: string } | null = null;
    editor.state.doc.descendants((n) => {
      if (n.type.name === 'footnote') note = n.attrs as { text: string };
    });
    expect(note!.text).toBe('Theo số liệu của Cục Thống kê');
    expect(valid(editor)).toBe(true);
  });

  it('edits a footnote in its popover, as one undoable change', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.commands.setTextSelection(bodyStart(editor) + 3);
    editor.commands.insertFootnote('cũ');
    const marker = editor.view.dom.querySelector('.dt-footnote-marker')!;
    marker.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    const area = editor.view.dom.querySelector<HTMLTextAreaElement>('.dt-footnote-text')!;
    expect(area.value).toBe('cũ');
    area.value = 'Nguồn: Cục Thống kê thành phố';
    editor.view.dom.querySelector<HTMLButtonElement>('.dt-footnote-save')!.click();
    const texts: string[] = [];
    editor.state.doc.descendants((n) => {
      if (n.type.name === 'footnote') texts.push(String(n.attrs.text));
    });
    expect(texts).toEqual(['Nguồn: Cục Thống kê thành phố']);
    expect(editor.view.dom.querySelector('.dt-footnote-text')).toBeNull();
    editor.commands.undo();
    const after: string[] = [];
    editor.state.doc.descendants((n) => {
      if (n.type.name === 'footnote') after.push(String(n.attrs.text));
    });
    expect(after).toEqual(['cũ']);
  });

  it('Ctrl+B / Ctrl+I / Ctrl+U toggle the marks', () => {
    editor = mountEditor(makeDoc([p('Một hai')]));
    editor.commands.setTextSelection({ from: bodyStart(editor), to: bodyStart(editor) + 3 });
    for (const key of ['b', 'i', 'u']) {
      const event = new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });
      editor.view.someProp('handleKeyDown', (f) => f(editor.view, event));
    }
    const first = editor.state.doc.child(2).child(0).child(0);
    expect(first.text).toBe('Một');
    expect(first.marks.map((m) => m.type.name).sort()).toEqual(['bold', 'italic', 'underline']);
  });

  it('changes header fields, the title and the closing through their commands, keeping the Lưu line last', () => {
    editor = mountEditor(makeDoc([p('Một')]));
    editor.commands.setDocumentTitleFields({ subject: 'về nhiệm vụ năm 2027' });
    editor.commands.setClosingFields({ recipients: ['Lưu Văn phòng Thành ủy.', 'Ban Bí thư'] });
    expect(editor.state.doc.child(1).attrs.subject).toBe('về nhiệm vụ năm 2027');
    expect(editor.state.doc.child(3).attrs.recipients).toEqual(['Lưu Văn phòng Thành ủy.', 'Ban Bí thư']);
    const inputs = editor.view.dom.querySelectorAll<HTMLInputElement>('.dt-recipient-input');
    expect(Array.from(inputs).map((i) => i.value)).toEqual(['Lưu Văn phòng Thành ủy.', 'Ban Bí thư']);
    inputs[1]!.focus();
    inputs[1]!.dispatchEvent(new Event('blur'));
    expect(editor.state.doc.child(3).attrs.recipients).toEqual(['Ban Bí thư', 'Lưu Văn phòng Thành ủy.']);
    editor.view.dom.querySelector<HTMLButtonElement>('.dt-recipients-add')!.click();
    expect(editor.state.doc.child(3).attrs.recipients).toEqual(['Ban Bí thư', '', 'Lưu Văn phòng Thành ủy.']);
  });
});

describe('footnote numbers', () => {
  function markers(e: Editor): string[] {
    return Array.from(e.view.dom.querySelectorAll('.dt-footnote-marker')).map((m) => m.textContent ?? '');
  }

  it('numbers footnotes in document order and renumbers when one is added or deleted', () => {
    editor = mountEditor(makeDoc([p('Một'), p('Hai')]));
    editor.commands.setTextSelection(bodyStart(editor) + 3);
    editor.commands.insertFootnote('a');
    const second = bodyStart(editor) + 'Một'.length + 1 + 2 + 'Hai'.length;
    editor.commands.setTextSelection(second);
    editor.commands.insertFootnote('b');
    expect(markers(editor)).toEqual(['1', '2']);
    editor.commands.setTextSelection(bodyStart(editor));
    editor.commands.insertFootnote('c');
    expect(markers(editor)).toEqual(['1', '2', '3']);
    const texts: string[] = [];
    editor.state.doc.descendants((n) => {
      if (n.type.name === 'footnote') texts.push(String(n.attrs.text));
    });
    expect(texts).toEqual(['c', 'a', 'b']);
    // Delete the first footnote (at the start of the first paragraph).
    editor.view.dispatch(editor.state.tr.delete(bodyStart(editor), bodyStart(editor) + 1));
    expect(markers(editor)).toEqual(['1', '2']);
  });
});
