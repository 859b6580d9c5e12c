// @vitest-environment happy-dom
/**
 * Suggestion mode in the editor ("Chế độ đề xuất sửa"): what a reviewer or
 * drafter sees when typing, deleting, formatting and pressing Enter with it
 * on, the Vietnamese input sequences (Unikey backspace-and-retype), accept /
 * reject (one, all, by author) and undo, and review mode with suggestions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { checkDocument } from '../../../common/document/check';
import { acceptAllSuggestions, rejectAllSuggestions } from '../../../common/document/suggestions';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { createDocumentExtensions } from '../../../renderer/src/editor/createDocumentExtensions';
import { ReviewMode } from '../../../renderer/src/features/review/review-mode-extension';
import { bodyStart, bodyTexts, makeDoc, p } from '../../helpers/editor';

let editor: Editor | null = null;
let author = 'Trần Thị Bình';
afterEach(() => {
  editor?.destroy();
  editor = null;
  author = 'Trần Thị Bình';
});

const NOW = new Date('2026-12-04T13:05:00.250Z');

function mount(doc: DocJSON, reviewMode = false): Editor {
  const element = document.createElement('div');
  document.body.appendChild(element);
  editor = new Editor({
    element,
    extensions: createDocumentExtensions({ suggestions: { author: () => author, now: () => NOW }, contributed: reviewMode ? [ReviewMode.configure({ isActive: () => true })] : [] }),
    content: doc as never,
  });
  return editor;
}

function typeText(e: Editor, text: string): void {
  for (const ch of text) {
    const { from, to } = e.state.selection;
    const handled = e.view.someProp('handleTextInput', (f) => f(e.view, from, to, ch, () => e.state.tr.insertText(ch, from, to)));
    if (!handled) e.view.dispatch(e.state.tr.insertText(ch, from, to));
  }
}

function backspace(e: Editor): void {
  const { from } = e.state.selection;
  e.view.dispatch(e.state.tr.delete(from - 1, from));
}

/** Runs of the body's first paragraph: text with the names of its suggestion marks and their attrs. */
function runs(e: Editor, index = 0): { text: string; marks: Record<string, unknown>[] }[] {
  const para: PMNode = e.state.doc.child(2).child(index);
  const out: { text: string; marks: Record<string, unknown>[] }[] = [];
  para.forEach((n) => out.push({ text: n.text ?? '', marks: n.marks.filter((m: Mark) => m.type.name !== 'comment').map((m) => ({ ...m.attrs, mark: m.type.name })) }));
  return out;
}

function suggestionIds(e: Editor): Set<string> {
  const ids = new Set<string>();
  e.state.doc.descendants((n) => {
    for (const m of n.marks) if (['insertion', 'deletion', 'modification'].includes(m.type.name)) ids.add(String(m.attrs.id));
  });
  return ids;
}

const visible = (e: Editor): string => e.state.doc.child(2).textContent.replace(/\u200B/g, '');

describe('typing in suggestion mode', () => {
  it('inserted text is a suggested insertion signed with the author and time, shown underlined in the author colour', () => {
    const e = mount(makeDoc([p('Kết quả tốt.')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 'Kết quả '.length);
    typeText(e, 'rất ');
    const r = runs(e);
    expect(r.map((x) => x.text)).toEqual(['Kết quả ', 'rất ', 'tốt.']);
    expect(r[1]!.marks).toEqual([{ mark: 'insertion', id: expect.stringMatching(/^s-/), author: 'Trần Thị Bình', date: '2026-12-04T13:05:00Z' }]);
    const ins = e.view.dom.querySelector('ins.dt-suggest-ins');
    expect(ins?.textContent).toBe('rất ');
    expect(ins?.getAttribute('data-author')).toBe('Trần Thị Bình');
    expect(ins?.getAttribute('style')).toMatch(/--dt-suggest-hue: \d+/);
    expect(checkDocument(e.getJSON() as DocJSON).ok).toBe(true);
  });

  it('a word typed letter by letter is one suggestion (one id, one text run)', () => {
    const e = mount(makeDoc([p('Báo cáo')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 'Báo cáo'.length);
    typeText(e, ' tháng');
    expect(runs(e).map((x) => x.text)).toEqual(['Báo cáo', ' tháng']);
    expect(suggestionIds(e).size).toBe(1);
  });

  it('deleting marks the text as suggested-deleted (struck through) and keeps it', () => {
    const e = mount(makeDoc([p('Kết quả rất tốt.')]));
    e.commands.setSuggestionMode(true);
    const s = bodyStart(e) + 'Kết quả '.length;
    e.view.dispatch(e.state.tr.delete(s, s + 'rất '.length));
    expect(visible(e)).toBe('Kết quả rất tốt.');
    const r = runs(e);
    expect(r[1]).toEqual({ text: 'rất ', marks: [{ mark: 'deletion', id: expect.stringMatching(/^s-/), author: 'Trần Thị Bình', date: '2026-12-04T13:05:00Z' }] });
    expect(e.view.dom.querySelector('del.dt-suggest-del')?.textContent).toBe('rất ');
  });

  it('Unikey-style keys + Backspace + retype give one clean suggested word "Việt", no trail of deleted letters', () => {
    const e = mount(makeDoc([p('Tiếng ')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 'Tiếng '.length);
    // Unikey (Telex "Vieejt"): each tone or vowel change erases the last letter and types the new one.
    typeText(e, 'Vie');
    backspace(e);
    typeText(e, 'ê');
    backspace(e);
    typeText(e, 'ệt');
    expect(runs(e)).toEqual([
      { text: 'Tiếng ', marks: [] },
      { text: 'Việt', marks: [{ mark: 'insertion', id: expect.stringMatching(/^s-/), author: 'Trần Thị Bình', date: '2026-12-04T13:05:00Z' }] },
    ]);
    expect(suggestionIds(e).size).toBe(1);
  });

  it('deleting your own suggested insertion removes it for real', () => {
    const e = mount(makeDoc([p('Một')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 3);
    typeText(e, ' hai');
    for (let i = 0; i < 4; i++) backspace(e);
    expect(runs(e)).toEqual([{ text: 'Một', marks: [] }]);
    expect(suggestionIds(e).size).toBe(0);
  });

  it('typing over a selection suggests deleting the old words and inserting the new ones as one suggestion', () => {
    const e = mount(makeDoc([p('Năm 2025 tăng.')]));
    e.commands.setSuggestionMode(true);
    const s = bodyStart(e) + 'Năm '.length;
    e.commands.setTextSelection({ from: s, to: s + 4 });
    typeText(e, '2026');
    const r = runs(e);
    expect(r.map((x) => [x.text, x.marks[0]?.mark])).toEqual([
      ['Năm ', undefined],
      ['2025', 'deletion'],
      ['2026', 'insertion'],
      [' tăng.', undefined],
    ]);
    expect(suggestionIds(e).size).toBe(1);
  });

  it('another author typing next to a suggestion gets a suggestion of their own', () => {
    const e = mount(makeDoc([p('A')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 1);
    typeText(e, 'bc');
    author = 'Lê Văn Cường';
    typeText(e, 'de');
    const r = runs(e);
    expect(r.map((x) => [x.text, x.marks[0]?.author])).toEqual([
      ['A', undefined],
      ['bc', 'Trần Thị Bình'],
      ['de', 'Lê Văn Cường'],
    ]);
    expect(r[1]!.marks[0]!.id).not.toBe(r[2]!.marks[0]!.id);
  });

  it('Enter splits the paragraph as a suggestion; rejecting joins it back, accepting keeps two clean paragraphs', () => {
    const e = mount(makeDoc([p('Đầu cuối')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 'Đầu '.length);
    e.commands.keyboardShortcut('Enter');
    expect(bodyTexts(e).map((t) => t.replace(/\u200B/g, ''))).toEqual(['Đầu ', 'cuối']);
    const [id] = [...suggestionIds(e)];
    expect(e.can().rejectSuggestion(id!)).toBe(true);
    e.commands.rejectSuggestion(id!);
    expect(bodyTexts(e)).toEqual(['Đầu cuối']);
    e.commands.undo();
    expect(bodyTexts(e).map((t) => t.replace(/\u200B/g, ''))).toEqual(['Đầu ', 'cuối']);
    e.commands.acceptSuggestion(id!);
    expect(bodyTexts(e)).toEqual(['Đầu ', 'cuối']);
    expect(suggestionIds(e).size).toBe(0);
  });

  it('bold in suggestion mode is recorded as a format suggestion; rejecting removes the bold, toggling back drops it', () => {
    const e = mount(makeDoc([p('Chỉ tiêu chính')]));
    e.commands.setSuggestionMode(true);
    const s = bodyStart(e) + 'Chỉ tiêu '.length;
    e.commands.setTextSelection({ from: s, to: s + 'chính'.length });
    e.commands.toggleBold();
    const r = runs(e);
    expect(r[1]!.text).toBe('chính');
    expect(r[1]!.marks).toEqual([
      { mark: 'bold' },
      { mark: 'modification', id: expect.stringMatching(/^s-/), author: 'Trần Thị Bình', date: '2026-12-04T13:05:00Z', type: 'mark', attrName: null, previousValue: null, newValue: { type: 'bold' } },
    ]);
    expect(checkDocument(e.getJSON() as DocJSON).ok).toBe(true);
    const [id] = [...suggestionIds(e)];
    e.commands.rejectSuggestion(id!);
    expect(runs(e)).toEqual([{ text: 'Chỉ tiêu chính', marks: [] }]);
    e.commands.undo();
    e.commands.setTextSelection({ from: s, to: s + 'chính'.length });
    e.commands.toggleBold();
    expect(runs(e)).toEqual([{ text: 'Chỉ tiêu chính', marks: [] }]);
  });

  it('with suggestion mode off the drafter edits normally', () => {
    const e = mount(makeDoc([p('Một')]));
    e.commands.setTextSelection(bodyStart(e) + 3);
    typeText(e, ' hai');
    expect(runs(e)).toEqual([{ text: 'Một hai', marks: [] }]);
    e.commands.toggleSuggestionMode();
    typeText(e, '!');
    expect(runs(e)[1]!.marks[0]!.mark).toBe('insertion');
    e.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true, bubbles: true }));
    typeText(e, '?');
    expect(runs(e).at(-1)).toEqual({ text: '?', marks: [] });
  });

  it('typing into a template hint in suggestion mode leaves no half hint', () => {
    const e = mount(makeDoc([p('Nêu khái quát tình hình.', { guidance: true }), p('Sau')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 4);
    typeText(e, 'Năm');
    expect(visible(e).startsWith('Năm')).toBe(true);
    expect(bodyTexts(e)).toEqual(['Năm', 'Sau']);
    expect(e.state.doc.child(2).child(0).attrs.guidance).toBe(false);
  });
});

describe('accept and reject', () => {
  function threeSuggestions(): { e: Editor; ids: string[] } {
    const e = mount(makeDoc([p('Một hai ba')]));
    e.commands.setSuggestionMode(true);
    const s = bodyStart(e);
    e.commands.setTextSelection(s + 'Một hai ba'.length);
    typeText(e, ' bốn'); // Bình inserts
    author = 'Lê Văn Cường';
    e.view.dispatch(e.state.tr.delete(s, s + 'Một '.length)); // Cường deletes "Một "
    const ids: string[] = [];
    e.state.doc.child(2).child(0).forEach((n) => n.marks.forEach((m) => ids.includes(String(m.attrs.id)) || ids.push(String(m.attrs.id))));
    return { e, ids };
  }

  it('accept one keeps its insertion as plain text; reject another restores the deleted words', () => {
    const { e, ids } = threeSuggestions();
    const [del, ins] = ids;
    e.commands.acceptSuggestion(ins!);
    expect(visible(e)).toBe('Một hai ba bốn');
    e.commands.rejectSuggestion(del!);
    expect(runs(e)).toEqual([{ text: 'Một hai ba bốn', marks: [] }]);
  });

  it('accepting a deletion removes the words (and the extra space)', () => {
    const e = mount(makeDoc([p('Kết quả rất tốt.')]));
    e.commands.setSuggestionMode(true);
    const s = bodyStart(e) + 'Kết quả '.length;
    e.view.dispatch(e.state.tr.delete(s, s + 'rất'.length));
    e.commands.acceptAllSuggestions();
    expect(bodyTexts(e)).toEqual(['Kết quả tốt.']);
  });

  it('accept all of one author leaves the other author\'s suggestions open', () => {
    const { e } = threeSuggestions();
    e.commands.acceptAllSuggestions('Lê Văn Cường');
    expect(runs(e).map((x) => [x.text, x.marks[0]?.author])).toEqual([
      ['hai ba', undefined],
      [' bốn', 'Trần Thị Bình'],
    ]);
    e.commands.rejectAllSuggestions();
    expect(bodyTexts(e)).toEqual(['hai ba']);
  });

  it("rejecting one author's inserted word keeps the other author's words typed inside it", () => {
    const e = mount(makeDoc([p('Một hai')]));
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(bodyStart(e) + 'Một'.length);
    typeText(e, ' ba bốn'); // Bình
    author = 'Lê Văn Cường';
    e.commands.setTextSelection(bodyStart(e) + 'Một ba'.length);
    typeText(e, ' rưỡi');
    expect(visible(e)).toBe('Một ba rưỡi bốn hai');
    e.commands.rejectAllSuggestions('Trần Thị Bình');
    expect(visible(e)).toBe('Một rưỡi hai');
    expect(runs(e).map((x) => [x.text, x.marks[0]?.author])).toEqual([
      ['Một', undefined],
      [' rưỡi', 'Lê Văn Cường'],
      [' hai', undefined],
    ]);
  });

  it('Ctrl+Z after accept or reject brings the suggestion back', () => {
    const { e, ids } = threeSuggestions();
    const before = JSON.stringify(e.getJSON());
    e.commands.rejectAllSuggestions();
    expect(bodyTexts(e)).toEqual(['Một hai ba']);
    e.commands.undo();
    expect(JSON.stringify(e.getJSON())).toBe(before);
    e.commands.acceptSuggestion(ids[0]!);
    e.commands.undo();
    expect(JSON.stringify(e.getJSON())).toBe(before);
  });

  it('accept or reject of an unknown id changes nothing', () => {
    const e = mount(makeDoc([p('Một')]));
    expect(e.commands.acceptSuggestion('s-none')).toBe(false);
    expect(bodyTexts(e)).toEqual(['Một']);
  });
});

describe('joining a list item and a paragraph', () => {
  const li = (text: string): NodeJSON => ({ type: 'listItem', content: [p(text)] });
  const listThenParagraph = (): DocJSON => makeDoc([{ type: 'bulletList', content: [li('Một'), li('Hai')] }, p('Ba')]);
  /** The body as list items / paragraphs with their text, anchors left out. */
  const shape = (e: Editor): string[] => {
    const out: string[] = [];
    e.state.doc.child(2).descendants((n, _pos, parent) => {
      if (n.isTextblock) out.push(`${parent?.type.name === 'listItem' ? '- ' : ''}${n.textContent.replace(/\u200B/g, '')}`);
      return !n.isTextblock;
    });
    return out;
  };
  const key = (e: Editor, name: string): void => {
    e.view.someProp('handleKeyDown', (f) => f(e.view, new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true })));
  };
  const textPos = (e: Editor, text: string): number => {
    let at = -1;
    e.state.doc.descendants((n, pos) => {
      if (n.isText && n.text === text) at = pos;
    });
    return at;
  };

  for (const how of ['Backspace at the start of the paragraph', 'Delete at the end of the list item'] as const) {
    it(`${how} suggests a join: accepted, the paragraph's text goes into the list item (editor and clean export alike); rejected, nothing changes`, () => {
      const e = mount(listThenParagraph());
      e.commands.setSuggestionMode(true);
      if (how.startsWith('Backspace')) {
        e.commands.setTextSelection(textPos(e, 'Ba'));
        key(e, 'Backspace');
      } else {
        e.commands.setTextSelection(textPos(e, 'Hai') + 3);
        key(e, 'Delete');
      }
      expect(shape(e)).toEqual(['- Một', '- Hai', 'Ba']);
      expect(suggestionIds(e).size).toBe(1);
      const suggested = e.getJSON() as DocJSON;
      expect(checkDocument(suggested).ok).toBe(true);
      const before = JSON.stringify(e.getJSON());
      e.commands.acceptAllSuggestions();
      expect(shape(e)).toEqual(['- Một', '- HaiBa']);
      expect(e.getJSON().content![2]).toEqual(acceptAllSuggestions(suggested).content![2]);
      e.commands.undo();
      expect(JSON.stringify(e.getJSON())).toBe(before);
      e.commands.rejectAllSuggestions();
      expect(shape(e)).toEqual(['- Một', '- Hai', 'Ba']);
      expect(e.getJSON().content![2]).toEqual(rejectAllSuggestions(suggested).content![2]);
    });
  }

  it('the suggested join is signed with the name from the settings (setSuggestionAuthor)', () => {
    author = '';
    const e = mount(listThenParagraph());
    e.commands.setSuggestionAuthor('Nguyễn Văn An');
    e.commands.setSuggestionMode(true);
    e.commands.setTextSelection(textPos(e, 'Ba'));
    key(e, 'Backspace');
    typeText(e, 'x');
    const authors = new Set<string>();
    e.state.doc.descendants((n) => {
      for (const m of n.marks) if (m.type.name === 'deletion' || m.type.name === 'insertion') authors.add(String(m.attrs.author));
    });
    expect([...authors]).toEqual(['Nguyễn Văn An']);
  });

  it('with suggestion mode off, Backspace after a list keeps the usual editing (the paragraph becomes a list item)', () => {
    const e = mount(listThenParagraph());
    e.commands.setTextSelection(textPos(e, 'Ba'));
    key(e, 'Backspace');
    expect(shape(e)).toEqual(['- Một', '- Hai', '- Ba']);
  });
});

describe('review mode with suggestions', () => {
  it('a reviewer cannot edit plainly, but with suggestion mode on can suggest, and undo their suggestion', () => {
    const e = mount(makeDoc([p('Văn bản gốc')]), true);
    e.commands.setTextSelection(bodyStart(e) + 3);
    typeText(e, 'X');
    expect(runs(e)).toEqual([{ text: 'Văn bản gốc', marks: [] }]);
    e.commands.setSuggestionMode(true);
    typeText(e, 'X');
    expect(runs(e).map((x) => x.text)).toEqual(['Văn', 'X', ' bản gốc']);
    const s = bodyStart(e) + 'VănX '.length;
    e.view.dispatch(e.state.tr.delete(s, s + 3));
    expect(visible(e)).toBe('VănX bản gốc');
    e.commands.undo();
    e.commands.undo();
    expect(runs(e)).toEqual([{ text: 'Văn bản gốc', marks: [] }]);
  });
});
