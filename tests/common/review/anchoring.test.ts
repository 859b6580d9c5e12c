// Anchoring of review comments through real ProseMirror transactions on the
// document schema: what the drafter does to a commented passage must never
// lose or duplicate the thread.
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { history, undo, redo } from '@tiptap/pm/history';
import { documentSchema as s } from '../../../common/document/schema';
import { addCommentMark, stripCommentMarksFromSlice, removeCommentMarks } from '../../../common/review/comment-marks';
import { collectThreadRanges } from '../../../common/review/thread-ranges';
import { buildTextIndex, rangeOfText } from '../../../common/review/text-index';
import { reconcile } from '../../../common/review/reconcile';
import { createCommentPlugin } from '../../../renderer/src/features/review/comment-plugin';

function makeDoc(...paras: string[]): PMNode {
  return s.node('doc', null, [
    s.node('header'),
    s.node('documentTitle'),
    s.node('body', null, paras.map((p) => s.node('paragraph', null, p ? [s.text(p)] : []))),
    s.node('closing'),
  ]);
}

/** The document range of the n-th occurrence of `text`. */
function find(doc: PMNode, text: string, nth = 0): { from: number; to: number } {
  const index = buildTextIndex(doc);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = index.text.indexOf(text, at + 1);
  if (at < 0) throw new Error(`not found: ${text}`);
  const r = rangeOfText(index, at, at + text.length);
  if (!r) throw new Error('no range');
  return r;
}

function stateWith(doc: PMNode, comments: Array<[string, string]>): EditorState {
  let state = EditorState.create({ doc, plugins: [history(), createCommentPlugin()] });
  const tr = state.tr;
  for (const [id, text] of comments) {
    const r = find(tr.doc, text);
    addCommentMark(tr, r.from, r.to, id);
  }
  state = state.apply(tr.setMeta('addToHistory', false));
  return state;
}

function quotes(doc: PMNode): Record<string, string> {
  return Object.fromEntries([...collectThreadRanges(doc)].map(([id, a]) => [id, a.quote]));
}

/** Types `text` at `pos` the way the editor does (marks from the cursor position). */
function type(state: EditorState, pos: number, text: string): EditorState {
  const sel = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  return sel.apply(sel.tr.insertText(text));
}

function run(state: EditorState, cmd: (s: EditorState, d: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  expect(cmd(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

describe('comment anchoring', () => {
  it('collects one thread per id, with its quote, across paragraphs and overlaps', () => {
    const doc = makeDoc('Kết quả thực hiện chỉ tiêu năm 2025', 'Tồn tại, hạn chế còn nhiều');
    const state = stateWith(doc, [['a', 'chỉ tiêu năm 2025\nTồn tại'], ['b', 'năm 2025']]);
    const anchors = collectThreadRanges(state.doc);
    expect([...anchors.keys()]).toEqual(['a', 'b']);
    expect(anchors.get('a')?.quote).toBe('chỉ tiêu năm 2025\nTồn tại');
    expect(anchors.get('a')?.ranges).toHaveLength(2);
    expect(anchors.get('b')?.quote).toBe('năm 2025');
  });

  it('grows with typing inside the passage but not with typing at its edges', () => {
    const state0 = stateWith(makeDoc('Tăng trưởng kinh tế đạt 7,12%'), [['t', 'kinh tế']]);
    const inside = type(state0, find(state0.doc, 'kinh tế').from + 4, 'XX');
    expect(quotes(inside.doc).t).toBe('kinhXX tế');
    const atEnd = type(state0, find(state0.doc, 'kinh tế').to, 'YY');
    expect(quotes(atEnd.doc).t).toBe('kinh tế');
    expect(atEnd.doc.textContent).toContain('kinh tếYY');
    const atStart = type(state0, find(state0.doc, 'kinh tế').from, 'ZZ');
    expect(quotes(atStart.doc).t).toBe('kinh tế');
  });

  it('does not spread to text typed at the start of a paragraph it begins', () => {
    const state0 = stateWith(makeDoc('Đạt kết quả tốt'), [['t', 'Đạt']]);
    const typed = type(state0, find(state0.doc, 'Đạt').from, 'Nhìn chung ');
    expect(quotes(typed.doc).t).toBe('Đạt');
  });

  it('survives splitting and joining the paragraph inside the passage', () => {
    const state0 = stateWith(makeDoc('Thu ngân sách vượt dự toán'), [['t', 'ngân sách vượt']]);
    const splitAt = find(state0.doc, 'ngân sách').to;
    const split = state0.apply(state0.tr.split(splitAt));
    expect(split.doc.child(2).childCount).toBe(2);
    const a = collectThreadRanges(split.doc).get('t');
    expect(a?.quote).toBe('ngân sách\n vượt');
    expect(a?.ranges).toHaveLength(2);
    const joined = split.apply(split.tr.join(splitAt + 1));
    expect(joined.doc.child(2).childCount).toBe(1);
    const b = collectThreadRanges(joined.doc).get('t');
    expect(b?.quote).toBe('ngân sách vượt');
    expect(b?.ranges).toHaveLength(1);
  });

  it('is detached with its quote when the whole passage is deleted, and back after undo; redo detaches again', () => {
    const state0 = stateWith(makeDoc('Một. Hai ba bốn. Năm.'), [['t', 'Hai ba bốn.']]);
    const stored = [{ id: 't', quote: 'Hai ba bốn.', detached: false }];
    const r = find(state0.doc, ' Hai ba bốn.');
    const deleted = state0.apply(state0.tr.delete(r.from, r.to));
    const rec = reconcile(deleted.doc, stored);
    expect(rec.newlyDetached).toEqual(['t']);
    expect(rec.anchored.size).toBe(0);
    const undone = run(deleted, undo);
    expect(quotes(undone.doc).t).toBe('Hai ba bốn.');
    expect(reconcile(undone.doc, [{ ...stored[0]!, detached: true }]).reattached).toEqual(['t']);
    const redone = run(undone, redo);
    expect(collectThreadRanges(redone.doc).has('t')).toBe(false);
  });

  it('keeps the thread when part of the passage is deleted and the deletion is undone', () => {
    const state0 = stateWith(makeDoc('Chỉ tiêu về môi trường đạt thấp'), [['t', 'về môi trường đạt']]);
    const r = find(state0.doc, 'môi ');
    const cut = state0.apply(state0.tr.delete(r.from, r.to));
    expect(quotes(cut.doc).t).toBe('về trường đạt');
    const back = run(cut, undo);
    expect(quotes(back.doc).t).toBe('về môi trường đạt');
    expect(collectThreadRanges(back.doc).get('t')?.ranges).toHaveLength(1);
  });

  it('a pasted copy of commented text does not duplicate the thread', () => {
    const state0 = stateWith(makeDoc('Nhiệm vụ trọng tâm năm 2026', 'Giải pháp'), [['t', 'trọng tâm']]);
    const r = find(state0.doc, 'trọng tâm');
    const slice = stripCommentMarksFromSlice(state0.doc.slice(r.from, r.to));
    const end = find(state0.doc, 'Giải pháp').to;
    const pasted = state0.apply(state0.tr.replace(end, end, slice).setMeta('uiEvent', 'paste'));
    expect(pasted.doc.textContent).toContain('Giải pháptrọng tâm');
    const a = collectThreadRanges(pasted.doc).get('t');
    expect(a?.ranges).toHaveLength(1);
    expect(a?.from).toBe(r.from);
  });

  it('a paste that kept the marks (before the original) is unmarked by the plugin, the original stays', () => {
    const state0 = stateWith(makeDoc('Mở đầu', 'Nhiệm vụ trọng tâm năm 2026'), [['t', 'trọng tâm']]);
    const r = find(state0.doc, 'trọng tâm');
    const slice = state0.doc.slice(r.from, r.to); // marks kept, as an odd paste path would
    const at = find(state0.doc, 'Mở đầu').to;
    const pasted = state0.apply(state0.tr.replace(at, at, slice).setMeta('uiEvent', 'paste'));
    // Without the plugin the thread would have two anchors:
    const bare = EditorState.create({ doc: state0.doc });
    const dup = bare.apply(bare.tr.replace(at, at, slice).setMeta('uiEvent', 'paste'));
    expect(collectThreadRanges(dup.doc).get('t')?.ranges).toHaveLength(2);
    const a = collectThreadRanges(pasted.doc).get('t');
    expect(a?.ranges).toHaveLength(1);
    expect(a?.from).toBe(find(pasted.doc, 'trọng tâm', 1).from);
  });

  it('a dragged (moved) passage keeps its comment', () => {
    const state0 = stateWith(makeDoc('Phần một', 'Phần hai có góp ý'), [['t', 'có góp ý']]);
    const r = find(state0.doc, ' có góp ý');
    const slice = state0.doc.slice(r.from, r.to);
    const at = find(state0.doc, 'Phần một').to;
    const tr = state0.tr.delete(r.from, r.to);
    tr.replace(tr.mapping.map(at), tr.mapping.map(at), slice).setMeta('uiEvent', 'drop');
    const moved = state0.apply(tr);
    expect(moved.doc.child(2).child(0).textContent).toBe('Phần một có góp ý');
    expect(quotes(moved.doc).t).toBe('có góp ý');
  });

  it('removing a thread removes all its marks and leaves others', () => {
    const state0 = stateWith(makeDoc('Đoạn một', 'Đoạn hai'), [['a', 'một\nĐoạn'], ['b', 'Đoạn hai']]);
    const tr = state0.tr;
    expect(removeCommentMarks(tr, 'a')).toBe(true);
    expect(Object.keys(quotes(tr.doc))).toEqual(['b']);
    expect(() => addCommentMark(tr, 5, 3, 'c')).toThrow(RangeError);
    expect(() => addCommentMark(tr, 3, 5, 'bad id!')).toThrow(RangeError);
  });
});

describe('review mode', () => {
  it('refuses typing, deleting and pasting but allows commenting and undoing a comment', async () => {
    const { createReviewModePlugin } = await import('../../../renderer/src/features/review/review-mode-plugin');
    let state = EditorState.create({ doc: makeDoc('Văn bản của người soạn thảo'), plugins: [history(), createReviewModePlugin()] });
    const before = state.doc;
    const r = find(state.doc, 'người soạn');
    state = state.apply(state.tr.insertText('X', r.from));
    state = state.apply(state.tr.delete(r.from, r.to));
    expect(state.doc.eq(before)).toBe(true);
    const tr = state.tr;
    addCommentMark(tr, r.from, r.to, 'rv');
    state = state.apply(tr);
    expect(quotes(state.doc)).toEqual({ rv: 'người soạn' });
    expect(state.doc.textContent).toBe(before.textContent);
    state = run(state, undo);
    expect(quotes(state.doc)).toEqual({});
  });
});

describe('active thread highlight', () => {
  it('highlights the active thread and follows typing before it', async () => {
    const { commentPluginKey, setActiveThread } = await import('../../../renderer/src/features/review/comment-plugin');
    let state = stateWith(makeDoc('Một hai ba bốn'), [['t', 'hai ba']]);
    state = state.apply(setActiveThread(state.tr, 't'));
    const deco = () => commentPluginKey.getState(state)!.decorations.find().map((d) => state.doc.textBetween(d.from, d.to));
    expect(deco()).toEqual(['hai ba']);
    state = type(state, find(state.doc, 'Một').from, 'Mở đầu. ');
    expect(deco()).toEqual(['hai ba']);
    state = state.apply(setActiveThread(state.tr, null));
    expect(deco()).toEqual([]);
  });
});
