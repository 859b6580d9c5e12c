import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { history, undo } from '@tiptap/pm/history';
import { documentSchema as s } from '../../../../common/document/schema';
import { findMatches } from '../../../../renderer/src/features/editor-ui/find/search';
import { createFindPlugin, findNext, findPluginKey, findPrev, replaceAll, replaceCurrent, setFindQuery } from '../../../../renderer/src/features/editor-ui/find/find-plugin';
import { foldWithMap } from '../../../../common/text/fold';
import { bodyTexts, run } from '../../../helpers/editor-ui';

function docWith(blocks: ReturnType<typeof s.node>[]) {
  return s.node('doc', null, [s.node('header'), s.node('documentTitle'), s.node('body', null, blocks), s.node('closing')]);
}
const p = (...content: ReturnType<typeof s.text>[]) => s.node('paragraph', null, content);

const doc = docWith([
  s.node('heading', { level: 1 }, [s.text('Thành ủy Cần Thơ')]),
  p(s.text('Năm nay, '), s.text('Cần Thơ', [s.mark('bold')]), s.text(' tăng trưởng; cần thơ mộng hơn.')),
  s.node('bulletList', null, [s.node('listItem', null, [p(s.text('CẦN THƠ và Hậu Giang'))])]),
  s.node('table', null, [s.node('tableRow', null, [s.node('tableCell', null, [p(s.text('Can Tho'))])])]),
]);

function stateWithFind(d = doc) {
  return EditorState.create({ doc: d, plugins: [history(), createFindPlugin()] });
}

describe('folding with a map back to the original text', () => {
  it('maps each folded index to the original character', () => {
    const f = foldWithMap('Cần Thơ', 'diacritics');
    expect(f.text).toBe('can tho');
    expect(Array.from(f.map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
  it('handles decomposed (NFD) input by dropping the marks', () => {
    const nfd = 'Cần'.normalize('NFD');
    const f = foldWithMap(nfd, 'diacritics');
    expect(f.text).toBe('can');
    expect(f.map[f.text.length]).toBe(nfd.length);
  });
});

describe('findMatches', () => {
  const textAt = (m: { from: number; to: number }) => doc.textBetween(m.from, m.to);

  it('without the diacritic option, `can tho` finds only the unaccented text', () => {
    const ms = findMatches(doc, 'can tho', { matchCase: false, ignoreDiacritics: false });
    expect(ms.map(textAt)).toEqual(['Can Tho']);
  });

  it('with "không phân biệt dấu", `can tho` finds every Cần Thơ, and the ranges cover the original text', () => {
    const ms = findMatches(doc, 'can tho', { matchCase: false, ignoreDiacritics: true });
    expect(ms.map(textAt)).toEqual(['Cần Thơ', 'Cần Thơ', 'cần thơ', 'CẦN THƠ', 'Can Tho']);
  });

  it('match case distinguishes capitals, also when ignoring diacritics', () => {
    expect(findMatches(doc, 'Cần Thơ', { matchCase: true, ignoreDiacritics: false }).map(textAt)).toEqual(['Cần Thơ', 'Cần Thơ']);
    expect(findMatches(doc, 'Can Tho', { matchCase: true, ignoreDiacritics: true }).map(textAt)).toEqual(['Cần Thơ', 'Cần Thơ', 'Can Tho']);
  });

  it('finds text that spans differently formatted runs', () => {
    const ms = findMatches(doc, 'nay, cần', { matchCase: false, ignoreDiacritics: false });
    expect(ms.map(textAt)).toEqual(['nay, Cần']);
  });

  it('an empty query finds nothing', () => {
    expect(findMatches(doc, '', { matchCase: false, ignoreDiacritics: true })).toEqual([]);
  });
});

describe('find and replace commands', () => {
  const opts = { matchCase: false, ignoreDiacritics: true };

  it('counts matches and moves between them, wrapping around', () => {
    let st = run(stateWithFind(), setFindQuery('can tho', opts));
    const fs = findPluginKey.getState(st)!;
    expect(fs.matches).toHaveLength(5);
    st = run(st, findNext);
    const first = findPluginKey.getState(st)!.current;
    expect(st.doc.textBetween(st.selection.from, st.selection.to)).toBe('Cần Thơ');
    st = run(st, findPrev);
    expect(findPluginKey.getState(st)!.current).toBe((first + 4) % 5);
    expect(st.doc.textBetween(st.selection.from, st.selection.to)).toBe('Can Tho');
  });

  it('replace-all replaces every match and is a single undo step', () => {
    let st = run(stateWithFind(), setFindQuery('can tho', opts));
    st = run(st, replaceAll('Cần Thơ mới'));
    expect(bodyTexts(st.doc)).toEqual(['Thành ủy Cần Thơ mới', 'Năm nay, Cần Thơ mới tăng trưởng; Cần Thơ mới mộng hơn.', 'Cần Thơ mới và Hậu Giang', 'Cần Thơ mới']);
    let undone = st;
    expect(undo(st, (tr) => (undone = st.apply(tr)))).toBe(true);
    expect(undone.doc.eq(doc)).toBe(true);
  });

  it('replace keeps the bold of the replaced text', () => {
    let st = run(stateWithFind(), setFindQuery('Cần Thơ', { matchCase: true, ignoreDiacritics: false }));
    st = run(st, findNext);
    st = run(st, findNext); // the bold one in the paragraph
    st = run(st, replaceCurrent('Hậu Giang'));
    const para = st.doc.child(2).child(1);
    let boldText = '';
    para.forEach((n) => {
      if (n.marks.some((m) => m.type.name === 'bold')) boldText += n.text;
    });
    expect(boldText).toBe('Hậu Giang');
    expect(para.textContent).toBe('Năm nay, Hậu Giang tăng trưởng; cần thơ mộng hơn.');
  });

  it('typing while a query is active maps the highlights and marks them for a re-search', () => {
    let st = run(stateWithFind(), setFindQuery('can tho', opts));
    const before = findPluginKey.getState(st)!.matches[0]!;
    st = st.apply(st.tr.insertText('Xin chào. ', before.from));
    const fs = findPluginKey.getState(st)!;
    expect(fs.stale).toBe(true);
    expect(st.doc.textBetween(fs.matches[0]!.from, fs.matches[0]!.to)).toBe('Cần Thơ');
  });

  it('replacement text is stored in NFC', () => {
    let st = run(stateWithFind(), setFindQuery('Hậu Giang', opts));
    st = run(st, replaceAll('Vĩnh Long'.normalize('NFD')));
    expect(bodyTexts(st.doc)[2]).toBe('CẦN THƠ và Vĩnh Long');
    expect(bodyTexts(st.doc)[2]!.normalize('NFC')).toBe(bodyTexts(st.doc)[2]);
  });
});
