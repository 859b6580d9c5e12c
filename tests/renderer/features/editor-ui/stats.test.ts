import { describe, expect, it } from 'vitest';
import { documentSchema as s } from '../../../../common/document/schema';
import { countWords, documentWordCount, estimatePages, formatCount } from '../../../../renderer/src/features/editor-ui/stats/word-count';
import { clampZoom, formatZoom, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomOut } from '../../../../renderer/src/features/editor-ui/zoom/zoom';
import { docOf, stateOf } from '../../../helpers/editor-ui';

describe('word count', () => {
  it('counts each Vietnamese syllable as a word, as Word does', () => {
    expect(countWords('Thành ủy Cần Thơ')).toBe(4);
    expect(countWords('  Báo cáo\u00a0tổng kết,  năm 2026. ')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('counts the body: headings, paragraphs, lists and tables, not the header', () => {
    const doc = s.node('doc', null, [
      s.node('header', { issuingBody: 'THÀNH ỦY CẦN THƠ' }),
      s.node('documentTitle', { subject: 'tổng kết năm' }),
      s.node('body', null, [
        s.node('heading', { level: 1 }, [s.text('Kinh tế')]),
        s.node('paragraph', null, [s.text('Tăng trưởng'), s.node('footnote', { text: 'x' }), s.text('khá')]),
        s.node('bulletList', null, [s.node('listItem', null, [s.node('paragraph', null, [s.text('Lúa tốt')])])]),
        s.node('table', null, [s.node('tableRow', null, [s.node('tableCell', null, [s.node('paragraph', null, [s.text('Chỉ tiêu')])]), s.node('tableCell', null, [s.node('paragraph', null, [s.text('7,12%')])])])]),
      ]),
      s.node('closing'),
    ]);
    expect(documentWordCount(doc)).toBe(2 + 3 + 2 + 3);
  });

  it('recounts only what changed and stays right after an edit', () => {
    const st = stateOf(docOf([['h1', 'Kinh tế'], ['p', 'một hai ba']]));
    expect(documentWordCount(st.doc)).toBe(5);
    const pos = st.doc.child(2).child(0).nodeSize + st.doc.child(0).nodeSize + st.doc.child(1).nodeSize + 1 + 1;
    const next = st.apply(st.tr.insertText(' bốn năm', pos + 'một hai ba'.length));
    expect(documentWordCount(next.doc)).toBe(7);
  });

  it('estimates pages at 570 words a page and writes counts the Vietnamese way', () => {
    expect(estimatePages(0)).toBe(1);
    expect(estimatePages(570)).toBe(1);
    expect(estimatePages(571)).toBe(2);
    expect(estimatePages(100_000)).toBe(176);
    expect(formatCount(126838)).toBe('126.838');
    expect(formatCount(999)).toBe('999');
  });
});

describe('zoom', () => {
  it('stays between 50% and 200%', () => {
    expect(clampZoom(5)).toBe(MAX_ZOOM);
    expect(clampZoom(0.1)).toBe(MIN_ZOOM);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(zoomIn(2)).toBe(2);
    expect(zoomOut(0.5)).toBe(0.5);
  });
  it('steps through the menu values', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(1.05)).toBe(1.1);
    expect(formatZoom(1.25)).toBe('125%');
  });
});
