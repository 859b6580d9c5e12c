// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { shownNumbers, affectsNumbering } from '../../../renderer/src/editor/plugins/numbering';
import { makeDoc, p, h, mountEditor, bodyStart } from '../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

/** Position before the i-th top-level body block. */
function blockPos(e: Editor, index: number): number {
  let pos = bodyStart(e) - 1;
  for (let i = 0; i < index; i++) pos += e.state.doc.child(2).child(i).nodeSize;
  return pos;
}

function moveBlock(e: Editor, from: number, to: number): void {
  const node = e.state.doc.child(2).child(from);
  const start = blockPos(e, from);
  const tr = e.state.tr.delete(start, start + node.nodeSize);
  let target = bodyStart(e) - 1;
  for (let i = 0; i < to; i++) target += tr.doc.child(2).child(i).nodeSize;
  tr.insert(target, node);
  e.view.dispatch(tr);
}

function domNumbers(e: Editor): string[] {
  return Array.from(e.view.dom.querySelectorAll('[data-number]')).map((n) => n.getAttribute('data-number')!);
}

const outline = () => [h(0, 'Kết quả'), h(1, 'Kinh tế'), h(2, 'Nông nghiệp'), h(3, 'Lúa'), h(3, 'Thủy sản'), p('văn bản'), h(2, 'Công nghiệp'), h(1, 'Xã hội'), h(0, 'Nhiệm vụ'), h(1, 'Mục tiêu')];

describe('generated heading numbers', () => {
  it('numbers parts and three heading levels in the I. / a) style', () => {
    editor = mountEditor(makeDoc(outline()));
    expect(shownNumbers(editor.state)).toEqual(['Phần thứ nhất', 'I.', '1.', 'a)', 'b)', '2.', 'II.', 'Phần thứ hai', 'I.']);
    expect(domNumbers(editor)).toEqual(shownNumbers(editor.state));
  });

  it('uses I- and 2.1. when the document chooses them, and switches back', () => {
    editor = mountEditor(makeDoc(outline(), { romanSeparator: '-', thirdLevel: 'decimal' }));
    expect(shownNumbers(editor.state)).toEqual(['Phần thứ nhất', 'I-', '1.', '1.1.', '1.2.', '2.', 'II-', 'Phần thứ hai', 'I-']);
    editor.commands.setHeaderFields({ romanSeparator: '.', thirdLevel: 'letter' });
    expect(shownNumbers(editor.state)).toEqual(['Phần thứ nhất', 'I.', '1.', 'a)', 'b)', '2.', 'II.', 'Phần thứ hai', 'I.']);
  });

  it('renumbers when a section is moved', () => {
    editor = mountEditor(makeDoc([h(1, 'A'), p('a'), h(1, 'B'), h(2, 'B1'), h(2, 'B2')]));
    moveBlock(editor, 4, 3); // B2 before B1: still 1., 2.
    moveBlock(editor, 2, 0); // B to the top
    expect(editor.state.doc.child(2).child(0).textContent).toBe('B');
    expect(shownNumbers(editor.state)).toEqual(['I.', 'II.', '1.', '2.']);
    expect(domNumbers(editor)).toEqual(['I.', 'II.', '1.', '2.']);
  });

  it('renumbers when a section is added or deleted', () => {
    editor = mountEditor(makeDoc([h(1, 'A'), h(1, 'B'), h(1, 'C')]));
    editor.commands.insertContentAt(blockPos(editor, 0), { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Mới' }] });
    expect(shownNumbers(editor.state)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    const second = blockPos(editor, 1);
    editor.view.dispatch(editor.state.tr.delete(second, second + editor.state.doc.child(2).child(1).nodeSize));
    expect(shownNumbers(editor.state)).toEqual(['I.', 'II.', 'III.']);
    expect(editor.state.doc.child(2).child(1).textContent).toBe('B');
  });

  it('renumbers when a paragraph becomes a heading or a heading changes level', () => {
    editor = mountEditor(makeDoc([h(1, 'A'), p('x'), h(1, 'B')], { thirdLevel: 'decimal' }));
    editor.commands.setTextSelection(blockPos(editor, 1) + 1);
    editor.commands.setHeadingLevel(1);
    expect(shownNumbers(editor.state)).toEqual(['I.', 'II.', 'III.']);
    editor.commands.headingLevelDown();
    expect(shownNumbers(editor.state)).toEqual(['I.', '1.', 'II.']);
    editor.commands.headingLevelDown();
    expect(shownNumbers(editor.state)).toEqual(['I.', '1.1.', 'II.']);
    editor.view.dispatch(closeHistory(editor.state.tr));
    editor.commands.headingLevelDown();
    expect(shownNumbers(editor.state)).toEqual(['I.', 'II.']);
    editor.commands.undo();
    expect(shownNumbers(editor.state)).toEqual(['I.', '1.1.', 'II.']);
  });

  it('typing in a paragraph or a heading does not recompute the numbers', () => {
    editor = mountEditor(makeDoc([h(1, 'A'), p('x')]));
    const pos = blockPos(editor, 1) + 2;
    const tr = editor.state.tr.insertText('y', pos);
    expect(affectsNumbering(tr)).toBe(false);
    const tr2 = editor.state.tr.insertText('z', blockPos(editor, 0) + 2);
    expect(affectsNumbering(tr2)).toBe(false);
    const split = editor.state.tr.split(blockPos(editor, 0) + 2);
    expect(affectsNumbering(split)).toBe(true);
  });
});
