// @vitest-environment happy-dom
// The hint invariant in the editor: a template hint is either wholly a hint
// or gone, whatever edit reaches it (issue 8 §2). Each case was a way a hint
// used to turn into printed text.
import { describe, it, expect, afterEach } from 'vitest';
import type { Editor } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { hintsOf } from '../../../../common/document/hint';
import type { DocJSON } from '../../../../common/document/types';
import { DEFAULT_FIND_OPTIONS, createFindPlugin, replaceAll, replaceCurrent, setFindQuery } from '../../../../renderer/src/features/editor-ui/find/find-plugin';
import { moveSection } from '../../../../renderer/src/features/editor-ui/commands/move-section';
import { makeDoc, p, h, mountEditor, bodyTexts, bodyStart } from '../../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

const HINT = 'Nêu khái quát tình hình năm 2026.';
const hint = (text = HINT) => p(text, { guidance: true });

/** Body blocks as [text, isHint] pairs. */
function blocks(e: Editor): [string, boolean][] {
  const out: [string, boolean][] = [];
  e.state.doc.child(2).forEach((n) => out.push([n.textContent, n.attrs.guidance === true]));
  return out;
}

/** Start of body block `i`'s text. */
function blockStart(e: Editor, i: number): number {
  let pos = bodyStart(e);
  for (let k = 0; k < i; k++) pos += e.state.doc.child(2).child(k).nodeSize;
  return pos;
}

function typeText(e: Editor, text: string): void {
  const { from, to } = e.state.selection;
  const handled = e.view.someProp('handleTextInput', (f) => f(e.view, from, to, text, () => e.state.tr.insertText(text, from, to)));
  if (!handled) e.view.dispatch(e.state.tr.insertText(text, from, to));
}

const run = (e: Editor, cmd: (s: Editor['state'], d?: Editor['view']['dispatch']) => boolean): boolean => cmd(e.state, (tr) => e.view.dispatch(tr));

describe('hints and find/replace', () => {
  it('Replace All over a year inside a hint keeps the hint a hint (with the new year), and the body text changes', () => {
    editor = mountEditor(makeDoc([p('Năm 2026 kinh tế tăng.'), hint()]));
    editor.registerPlugin(createFindPlugin());
    run(editor, setFindQuery('2026', DEFAULT_FIND_OPTIONS));
    expect(run(editor, replaceAll('2024'))).toBe(true);
    expect(blocks(editor)).toEqual([['Năm 2024 kinh tế tăng.', false], ['Nêu khái quát tình hình năm 2024.', true]]);
    editor.commands.undo();
    expect(blocks(editor)).toEqual([['Năm 2026 kinh tế tăng.', false], [HINT, true]]);
  });

  it('Replace (one match) inside a hint keeps it a hint', () => {
    editor = mountEditor(makeDoc([hint()]));
    editor.registerPlugin(createFindPlugin());
    run(editor, setFindQuery('2026', DEFAULT_FIND_OPTIONS));
    run(editor, replaceCurrent('2025'));
    expect(blocks(editor)).toEqual([['Nêu khái quát tình hình năm 2025.', true]]);
  });
});

describe('hints and paste', () => {
  it('pasting several paragraphs mid-word into a hint leaves none of the hint', () => {
    editor = mountEditor(makeDoc([p('Trước'), hint(), p('Sau')]));
    // "Nêu khá|i quát…": mid-word.
    editor.commands.setTextSelection(blockStart(editor, 1) + 'Nêu khá'.length);
    editor.view.pasteHTML('<p>Một là kinh tế.</p><p>Hai là xã hội.</p><p>Ba là quốc phòng.</p>');
    expect(blocks(editor)).toEqual([['Trước', false], ['Một là kinh tế.', false], ['Hai là xã hội.', false], ['Ba là quốc phòng.', false], ['Sau', false]]);
  });

  it('pasting one line into a hint replaces the whole hint', () => {
    editor = mountEditor(makeDoc([hint()]));
    editor.commands.setTextSelection(blockStart(editor, 0) + 3);
    editor.view.pasteText('Kinh tế tăng trưởng 7,12%.');
    expect(blocks(editor)).toEqual([['Kinh tế tăng trưởng 7,12%.', false]]);
  });

  it('hint text copied from inside a hint never pastes as ordinary text', () => {
    editor = mountEditor(makeDoc([p('Đoạn của tôi'), hint()]));
    const from = blockStart(editor, 1) + 4;
    const slice = editor.state.doc.slice(from, from + "khái quát".length, true);
    editor.commands.setTextSelection(blockStart(editor, 0) + 'Đoạn'.length);
    editor.view.pasteHTML(new XMLSerializer().serializeToString(editor.view.serializeForClipboard(slice).dom));
    expect(blocks(editor)).toEqual([['Đoạn của tôi', false], [HINT, true]]);
  });
});

describe('hints and typing, undo, redo', () => {
  it('typing into a hint, then undo and redo: the hint comes back whole, then goes again', () => {
    editor = mountEditor(makeDoc([hint(), p('Khác')]));
    editor.commands.setTextSelection(blockStart(editor, 0) + 10);
    typeText(editor, 'Tốt');
    expect(blocks(editor)).toEqual([['Tốt', false], ['Khác', false]]);
    editor.commands.undo();
    expect(blocks(editor)).toEqual([[HINT, true], ['Khác', false]]);
    editor.commands.redo();
    expect(blocks(editor)).toEqual([['Tốt', false], ['Khác', false]]);
    editor.commands.undo();
    expect(blocks(editor)).toEqual([[HINT, true], ['Khác', false]]);
  });

  it('Backspace at the start of a paragraph after a hint: the hint goes, the drafter’s text stays', () => {
    editor = mountEditor(makeDoc([hint(), p('Văn bản của tôi')]));
    editor.commands.setTextSelection(blockStart(editor, 1));
    editor.commands.joinBackward();
    expect(blocks(editor)).toEqual([['Văn bản của tôi', false]]);
  });

  it('Enter in the middle of a hint leaves no half hint behind', () => {
    editor = mountEditor(makeDoc([hint()]));
    editor.commands.setTextSelection(blockStart(editor, 0) + 5);
    editor.commands.splitBlock();
    expect(blocks(editor).every(([text]) => text === '')).toBe(true);
    expect(hintsOf(editor.getJSON() as DocJSON)).toEqual([]);
  });

  it('Enter at the start of a hint moves the whole hint down, still a hint', () => {
    editor = mountEditor(makeDoc([hint()]));
    editor.commands.setTextSelection(blockStart(editor, 0));
    editor.commands.splitBlock();
    expect(blocks(editor)).toEqual([['', false], [HINT, true]]);
  });

  it('turning a hint into a heading leaves an empty heading, not the hint text', () => {
    editor = mountEditor(makeDoc([hint()]));
    editor.commands.setTextSelection(blockStart(editor, 0) + 3);
    editor.commands.setNode('heading', { level: 1 });
    expect(editor.state.doc.child(2).child(0).type.name).toBe('heading');
    expect(bodyTexts(editor)).toEqual(['']);
  });
});

describe('hints and moving a section (outline Alt+↑)', () => {
  const outline = () => makeDoc([h(1, 'Kinh tế'), hint('Gợi ý kinh tế.'), h(1, 'Văn hóa'), hint('Gợi ý văn hóa.'), h(1, 'Quốc phòng'), hint('Gợi ý quốc phòng.')]);
  const expected: [string, boolean][] = [['Kinh tế', false], ['Gợi ý kinh tế.', true], ['Văn hóa', false], ['Gợi ý văn hóa.', true], ['Quốc phòng', false], ['Gợi ý quốc phòng.', true]];

  it('moving a section up keeps every hint whole, and Ctrl+Z brings them back as hints', () => {
    editor = mountEditor(outline());
    expect(run(editor, moveSection(2, 0))).toBe(true);
    expect(blocks(editor)).toEqual([expected[2], expected[3], expected[0], expected[1], expected[4], expected[5]]);
    editor.commands.undo();
    expect(blocks(editor)).toEqual(expected);
    expect(editor.view.dom.querySelectorAll('p[data-guidance]').length).toBe(3);
    editor.commands.redo();
    expect(blocks(editor)).toEqual([expected[2], expected[3], expected[0], expected[1], expected[4], expected[5]]);
  });

  it('moving a section down and back up again changes no hint', () => {
    editor = mountEditor(outline());
    run(editor, moveSection(0, 4));
    run(editor, moveSection(2, 0));
    expect(blocks(editor)).toEqual(expected);
  });
});

describe('hints and drag and drop', () => {
  /** What ProseMirror does for a drop that moves content: the slice goes through transformPasted, then delete + insert. */
  function drop(e: Editor, from: number, to: number, at: number): void {
    let slice: Slice = e.state.doc.slice(from, to, true);
    e.view.someProp('transformPasted', (f) => {
      slice = f(slice, e.view, false);
    });
    const tr = e.state.tr;
    tr.deleteRange(from, to);
    const target = tr.mapping.map(at);
    tr.replaceRange(target, target, slice).setMeta('uiEvent', 'drop');
    tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map(target))));
    e.view.dispatch(tr);
  }

  it('dragging a whole hint paragraph elsewhere keeps it a hint', () => {
    editor = mountEditor(makeDoc([p('Một'), hint(), p('Hai')]));
    const from = blockStart(editor, 1) - 1;
    const to = from + editor.state.doc.child(2).child(1).nodeSize;
    drop(editor, from, to, blockStart(editor, 3) - 1);
    expect(blocks(editor)).toEqual([['Một', false], ['Hai', false], [HINT, true]]);
  });

  it('dragging words out of a hint into a paragraph prints none of them, and the hint is gone', () => {
    editor = mountEditor(makeDoc([p('Một hai'), hint()]));
    const from = blockStart(editor, 1) + 4;
    drop(editor, from, from + 'khái quát'.length, blockStart(editor, 0) + 3);
    expect(blocks(editor)).toEqual([['Một hai', false], ['', false]]);
  });

  it('dropping text into a hint replaces the hint', () => {
    editor = mountEditor(makeDoc([p('Lúa tốt'), hint()]));
    const from = blockStart(editor, 0);
    drop(editor, from, from + 3, blockStart(editor, 1) + 5);
    expect(blocks(editor)).toEqual([[' tốt', false], ['Lúa', false]]);
  });
});

describe('hints and copy', () => {
  it('copying a passage with a hint puts none of the hint text on the clipboard', () => {
    editor = mountEditor(makeDoc([p('Một'), hint(), p('Hai')]));
    const slice = editor.state.doc.slice(blockStart(editor, 0), blockStart(editor, 2) + 3, true);
    const { text } = editor.view.serializeForClipboard(slice);
    expect(text).toContain('Một');
    expect(text).toContain('Hai');
    expect(text).not.toContain('khái quát');
  });
});

describe('the hint guard settles', () => {
  it('a mark change (bold) on ordinary text settles at once: the guard never loops', async () => {
    editor = mountEditor(makeDoc([p('Kinh tế tăng trưởng'), hint()]));
    const from = blockStart(editor, 0);
    editor.commands.setTextSelection({ from, to: from + 4 });
    editor.commands.toggleBold();
    // A loop of microtask dispatches would starve this timer.
    await new Promise((r) => setTimeout(r, 20));
    expect(editor.state.doc.child(2).child(0).firstChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
    expect(blocks(editor)).toEqual([['Kinh tế tăng trưởng', false], [HINT, true]]);
  });
});
