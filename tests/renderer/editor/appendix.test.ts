// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { documentSchema } from '../../../common/document/schema';
import { shownAppendices, tableIsLandscape } from '../../../renderer/src/editor/extensions/appendixHeading';
import { insertAppendix, toggleTableLandscape } from '../../../renderer/src/features/editor-ui/commands/editor-commands';
import { bodyStart, makeDoc, mountEditor, p } from '../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

function appendix(title: string, note?: string) {
  return { type: 'appendixHeading', ...(note ? { attrs: { note } } : {}), content: [{ type: 'text', text: title }] };
}

function table(landscape: boolean) {
  return { type: 'table', attrs: { landscape }, content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p('ô')] }] }] };
}

function bodyTypes(e: Editor): string[] {
  const out: string[] = [];
  e.state.doc.child(2).forEach((n) => out.push(n.type.name));
  return out;
}

function posOfBodyChild(e: Editor, index: number): number {
  let pos = bodyStart(e) - 1;
  for (let i = 0; i < index; i++) pos += e.state.doc.child(2).child(i).nodeSize;
  return pos;
}

describe('appendix heading in the editor', () => {
  it('the Phụ lục button inserts an appendix at the cursor, shown like print with its generated label and Kèm theo line', () => {
    editor = mountEditor(makeDoc([p('Một'), p('Hai')]));
    editor.commands.setTextSelection(bodyStart(editor) + 3);
    expect(insertAppendix(editor)).toBe(true);
    expect(bodyTypes(editor)).toContain('appendixHeading');
    documentSchema.nodeFromJSON(editor.getJSON()).check();
    editor.commands.insertContent('Biểu số liệu');
    expect(shownAppendices(editor.state)).toEqual([{ label: 'Phụ lục', note: '(Kèm theo Báo cáo số 12-BC/TU ngày 15 tháng 12 năm 2026 của Thành ủy Cần Thơ)' }]);
    const dom = editor.view.dom.querySelector('h2[data-dt-appendix]')!;
    expect(dom.querySelector('.dt-appendix-label')!.textContent).toBe('Phụ lục');
    expect(dom.querySelector('.dt-appendix-note')!.textContent).toContain('Kèm theo Báo cáo số 12-BC/TU');
    expect(dom.querySelector('.dt-appendix-note')!.getAttribute('contenteditable')).toBe('false');
    // The title is the editable text; the label and note are not part of the document.
    const node = editor.state.doc.child(2).content.content.find((n) => n.type.name === 'appendixHeading')!;
    expect(node.textContent).toBe('Biểu số liệu');
    expect(dom.getAttribute('style')).toContain('dashed');
  });

  it('numbers two appendices (dang 1, 2; nha-nuoc I, II) and renumbers when one is deleted', () => {
    editor = mountEditor(makeDoc([p('Nội dung.'), appendix('Một'), p('a'), appendix('Hai'), p('b')]));
    expect(shownAppendices(editor.state).map((a) => a.label)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    editor.commands.setHeaderFields({ profile: 'nha-nuoc' });
    expect(shownAppendices(editor.state).map((a) => a.label)).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect([...editor.view.dom.querySelectorAll('.dt-appendix-label')].map((e) => e.textContent)).toEqual(['Phụ lục I', 'Phụ lục II']);
    const from = posOfBodyChild(editor, 1);
    const to = posOfBodyChild(editor, 3);
    editor.commands.deleteRange({ from, to });
    expect(shownAppendices(editor.state).map((a) => a.label)).toEqual(['Phụ lục']);
    expect([...editor.view.dom.querySelectorAll('.dt-appendix-label')].map((e) => e.textContent)).toEqual(['Phụ lục']);
  });

  it('the Kèm theo line follows the header number and uses the note when set', () => {
    editor = mountEditor(makeDoc([p('x'), appendix('A'), appendix('B', 'Kèm theo Kế hoạch số 03-KH/TU')]));
    editor.commands.setHeaderFields({ number: '7' });
    const notes = shownAppendices(editor.state).map((a) => a.note);
    expect(notes[0]).toContain('số 07-BC/TU');
    expect(notes[1]).toBe('(Kèm theo Kế hoạch số 03-KH/TU)');
  });

  it('Trang ngang toggles landscape on the table around the cursor and shows a badge', () => {
    editor = mountEditor(makeDoc([p('x'), table(false)]));
    editor.commands.setTextSelection(posOfBodyChild(editor, 1) + 4);
    expect(tableIsLandscape(editor.state)).toBe(false);
    expect(toggleTableLandscape(editor)).toBe(true);
    expect(editor.state.doc.child(2).child(1).attrs.landscape).toBe(true);
    expect(editor.view.dom.querySelectorAll('.dt-landscape-badge').length).toBe(1);
    expect((editor.getJSON().content![2]!.content![1] as { attrs?: Record<string, unknown> }).attrs!.landscape).toBe(true);
    toggleTableLandscape(editor);
    expect(editor.state.doc.child(2).child(1).attrs.landscape).toBe(false);
    expect(editor.view.dom.querySelectorAll('.dt-landscape-badge').length).toBe(0);
    // Outside a table the toggle does nothing.
    editor.commands.setTextSelection(bodyStart(editor));
    expect(toggleTableLandscape(editor)).toBe(false);
  });
});
