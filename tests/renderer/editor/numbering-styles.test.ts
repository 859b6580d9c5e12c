// @vitest-environment happy-dom
/**
 * Editor numbering and closing choices an audit found untested: moving,
 * adding and deleting sections in the `I-` and `2.1.` styles, the Vietnamese
 * letter order (đ after d) in the third level, and the authority prefixes
 * the closing offers for each profile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { shownNumbers } from '../../../renderer/src/editor/plugins/numbering';
import { bodyStart, h, makeDoc, mountEditor, p } from '../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

/** Position before the i-th top-level body block. */
function blockPos(e: Editor, index: number): number {
  let pos = bodyStart(e) - 1;
  for (let i = 0; i < index; i++) pos += e.state.doc.child(2).child(i).nodeSize;
  return pos;
}

/** Moves the `count` body blocks starting at `from` so they start at index `to` (counted after removal). */
function moveBlocks(e: Editor, from: number, count: number, to: number): void {
  const body = e.state.doc.child(2);
  const nodes = Array.from({ length: count }, (_, i) => body.child(from + i));
  const start = blockPos(e, from);
  const size = nodes.reduce((s, n) => s + n.nodeSize, 0);
  const tr = e.state.tr.delete(start, start + size);
  let target = bodyStart(e) - 1;
  for (let i = 0; i < to; i++) target += tr.doc.child(2).child(i).nodeSize;
  tr.insert(target, nodes);
  e.view.dispatch(tr);
}

function deleteBlock(e: Editor, index: number): void {
  const start = blockPos(e, index);
  e.view.dispatch(e.state.tr.delete(start, start + e.state.doc.child(2).child(index).nodeSize));
}

/** The numbers drawn on the page, heading by heading, with the heading text. */
function drawn(e: Editor): string[] {
  return Array.from(e.view.dom.querySelectorAll('[data-number]')).map((n) => `${n.getAttribute('data-number')} ${n.textContent}`);
}

describe('renumbering in the I- style', () => {
  it('moving, adding and deleting a section keeps I-, II-, III- in order on the page', () => {
    editor = mountEditor(makeDoc([h(1, 'Kinh tế'), p('a'), h(1, 'Xã hội'), p('b'), h(1, 'Quốc phòng')], { romanSeparator: '-' }));
    expect(drawn(editor)).toEqual(['I- Kinh tế', 'II- Xã hội', 'III- Quốc phòng']);
    moveBlocks(editor, 4, 1, 0); // Quốc phòng to the top
    expect(drawn(editor)).toEqual(['I- Quốc phòng', 'II- Kinh tế', 'III- Xã hội']);
    editor.commands.insertContentAt(blockPos(editor, 3), { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Môi trường' }] });
    expect(drawn(editor)).toEqual(['I- Quốc phòng', 'II- Kinh tế', 'III- Môi trường', 'IV- Xã hội']);
    deleteBlock(editor, 1); // Kinh tế
    expect(drawn(editor)).toEqual(['I- Quốc phòng', 'II- Môi trường', 'III- Xã hội']);
    expect(shownNumbers(editor.state)).toEqual(['I-', 'II-', 'III-']);
  });
});

describe('renumbering in the 2.1. style', () => {
  const outline = () => [h(1, 'Kết quả'), h(2, 'Kinh tế'), h(3, 'Nông nghiệp'), h(3, 'Công nghiệp'), h(2, 'Xã hội'), h(3, 'Giáo dục'), h(3, 'Y tế')];

  it('moving a third-level heading to another second level renumbers both groups', () => {
    editor = mountEditor(makeDoc(outline(), { thirdLevel: 'decimal' }));
    expect(shownNumbers(editor.state)).toEqual(['I.', '1.', '1.1.', '1.2.', '2.', '2.1.', '2.2.']);
    moveBlocks(editor, 2, 1, 5); // Nông nghiệp under Xã hội, after Giáo dục
    expect(drawn(editor)).toEqual(['I. Kết quả', '1. Kinh tế', '1.1. Công nghiệp', '2. Xã hội', '2.1. Giáo dục', '2.2. Nông nghiệp', '2.3. Y tế']);
  });

  it('moving a whole second-level section swaps 1. and 2. and their 1.x./2.x. children', () => {
    editor = mountEditor(makeDoc(outline(), { thirdLevel: 'decimal' }));
    moveBlocks(editor, 4, 3, 1); // Xã hội with its children before Kinh tế
    expect(drawn(editor)).toEqual(['I. Kết quả', '1. Xã hội', '1.1. Giáo dục', '1.2. Y tế', '2. Kinh tế', '2.1. Nông nghiệp', '2.2. Công nghiệp']);
  });

  it('adding and deleting third-level headings renumbers 2.1., 2.2., 2.3.', () => {
    editor = mountEditor(makeDoc(outline(), { thirdLevel: 'decimal' }));
    editor.commands.insertContentAt(blockPos(editor, 5), { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Lao động' }] });
    expect(drawn(editor).slice(4)).toEqual(['2. Xã hội', '2.1. Lao động', '2.2. Giáo dục', '2.3. Y tế']);
    deleteBlock(editor, 6); // Giáo dục
    expect(drawn(editor).slice(4)).toEqual(['2. Xã hội', '2.1. Lao động', '2.2. Y tế']);
    deleteBlock(editor, 1); // Kinh tế: its children now follow I. directly, Xã hội becomes 2.
    expect(shownNumbers(editor.state)).toEqual(['I.', '1.1.', '1.2.', '1.', '1.1.', '1.2.']);
  });
});

describe('third-level letters follow the Vietnamese alphabet', () => {
  it('draws a), b), c), d), đ), e), g) — the 5th is đ, no f', () => {
    const items = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy'];
    editor = mountEditor(makeDoc([h(1, 'A'), h(2, 'B'), ...items.map((t) => h(3, t))]));
    expect(drawn(editor).slice(2)).toEqual(['a) Một', 'b) Hai', 'c) Ba', 'd) Bốn', 'đ) Năm', 'e) Sáu', 'g) Bảy']);
    // Deleting the 4th brings the 5th back to d), the 6th becomes đ).
    deleteBlock(editor, 5);
    expect(drawn(editor).slice(2)).toEqual(['a) Một', 'b) Hai', 'c) Ba', 'd) Năm', 'đ) Sáu', 'e) Bảy']);
  });
});

describe('the closing offers the profile authority prefixes', () => {
  function offered(e: Editor): string[] {
    const input = e.view.dom.querySelector<HTMLInputElement>('.dt-closing input.dt-authority');
    expect(input, 'authority field').not.toBeNull();
    const listId = input!.getAttribute('list');
    expect(listId).toBeTruthy();
    const list = e.view.dom.querySelector(`datalist[id="${listId}"]`);
    expect(list, 'datalist the field points to').not.toBeNull();
    return Array.from(list!.querySelectorAll('option')).map((o) => (o.getAttribute('value') ?? '').trim());
  }

  it('dang: T/M, K/T, T/L', () => {
    editor = mountEditor(makeDoc([p('x')]));
    const options = offered(editor);
    for (const prefix of ['T/M', 'K/T', 'T/L']) expect(options).toContain(prefix);
    expect(options).not.toContain('TM.');
  });

  it('nha-nuoc: TM., KT., TL., TUQ., Q.', () => {
    editor = mountEditor(makeDoc([p('x')], { profile: 'nha-nuoc' }));
    const options = offered(editor);
    for (const prefix of ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']) expect(options).toContain(prefix);
    expect(options).not.toContain('T/M');
  });

  it('switching the profile switches the choices', () => {
    editor = mountEditor(makeDoc([p('x')]));
    editor.commands.setHeaderFields({ profile: 'nha-nuoc' });
    expect(offered(editor)).toContain('TM.');
    expect(offered(editor)).not.toContain('T/M');
  });
});
