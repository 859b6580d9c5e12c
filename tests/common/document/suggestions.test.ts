import { describe, expect, it } from 'vitest';
import { acceptAllSuggestions, hasSuggestions, rejectAllSuggestions } from '../../../common/document/suggestions';
import type { DocJSON, MarkJSON, NodeJSON } from '../../../common/document/types';

const by = { author: 'Nguyễn Văn An', date: '2026-12-01T08:00:00.000Z' };
const ins = (id: string): MarkJSON => ({ type: 'insertion', attrs: { id, ...by } });
const del = (id: string): MarkJSON => ({ type: 'deletion', attrs: { id, ...by } });
const t = (text: string, ...marks: MarkJSON[]): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });
const doc = (...body: NodeJSON[]): DocJSON => ({
  type: 'doc',
  content: [{ type: 'header' }, { type: 'documentTitle' }, { type: 'body', content: body }, { type: 'closing' }],
});
const bodyOf = (d: DocJSON) => d.content![2]!.content!;
const texts = (d: DocJSON) => bodyOf(d).map((b) => (b.content ?? []).map((c) => c.text ?? '').join(''));

describe('accept / reject all suggestions on document JSON', () => {
  const replaced = doc(p(t('Năm nay '), t('tăng', del('s-1')), t('giảm', ins('s-1')), t(' mạnh.')));

  it('accept keeps inserted text and drops deleted text; reject does the opposite; marks are gone and text merged', () => {
    const a = acceptAllSuggestions(replaced);
    expect(bodyOf(a)).toEqual([p(t('Năm nay giảm mạnh.'))]);
    const r = rejectAllSuggestions(replaced);
    expect(bodyOf(r)).toEqual([p(t('Năm nay tăng mạnh.'))]);
    expect(hasSuggestions(a) || hasSuggestions(r)).toBe(false);
    // The input is not changed.
    expect(hasSuggestions(replaced)).toBe(true);
  });

  it('keeps other marks (bold, comments) on the text that stays', () => {
    const bold: MarkJSON = { type: 'bold' };
    const d = doc(p(t('Mục tiêu ', bold), t('chính', bold, ins('s-2'))));
    expect(bodyOf(acceptAllSuggestions(d))).toEqual([p(t('Mục tiêu chính', bold))]);
    expect(bodyOf(rejectAllSuggestions(d))).toEqual([p(t('Mục tiêu ', bold))]);
  });

  it('a suggested paragraph split (anchors at the end of one paragraph and the start of the next) joins back on reject', () => {
    const split = doc(p(t('Đoạn một.'), t('\u200B', ins('s-3'))), p(t('\u200BĐoạn hai mới.', ins('s-3'))), p(t('Đoạn ba.')));
    expect(texts(acceptAllSuggestions(split))).toEqual(['Đoạn một.', 'Đoạn hai mới.', 'Đoạn ba.']);
    expect(texts(rejectAllSuggestions(split))).toEqual(['Đoạn một.', 'Đoạn ba.']);
  });

  it('a deletion across a paragraph break joins the paragraphs on accept and leaves them on reject', () => {
    const join = doc(p(t('Kết quả '), t('đạt được', del('s-4'))), p(t('Cụ thể', del('s-4')), t(' tốt.')));
    expect(texts(acceptAllSuggestions(join))).toEqual(['Kết quả tốt.']);
    expect(texts(rejectAllSuggestions(join))).toEqual(['Kết quả đạt được', 'Cụ thể tốt.']);
  });

  it('whole blocks under a node mark go or stay', () => {
    const d = doc(p(t('Giữ.')), { ...p(t('Đoạn mới.')), marks: [ins('s-5')] }, { ...p(t('Đoạn bỏ.')), marks: [del('s-6')] });
    expect(texts(acceptAllSuggestions(d))).toEqual(['Giữ.', 'Đoạn mới.']);
    expect(texts(rejectAllSuggestions(d))).toEqual(['Giữ.', 'Đoạn bỏ.']);
  });

  it('a formatting suggestion stays on accept and is undone on reject', () => {
    const mod: MarkJSON = { type: 'modification', attrs: { id: 's-7', ...by, type: 'mark', attrName: null, previousValue: null, newValue: { type: 'bold' } } };
    const d = doc(p(t('đậm', { type: 'bold' }, mod)));
    expect(bodyOf(acceptAllSuggestions(d))).toEqual([p(t('đậm', { type: 'bold' }))]);
    expect(bodyOf(rejectAllSuggestions(d))).toEqual([p(t('đậm'))]);
    const italicOff: MarkJSON = { type: 'modification', attrs: { id: 's-7', ...by, type: 'mark', attrName: null, previousValue: { type: 'italic' }, newValue: null } };
    const two = doc(p(t('chỉ tiêu', { type: 'bold' }, mod, italicOff)));
    expect(bodyOf(rejectAllSuggestions(two))).toEqual([p(t('chỉ tiêu', { type: 'italic' }))]);
    expect(bodyOf(acceptAllSuggestions(two))).toEqual([p(t('chỉ tiêu', { type: 'bold' }))]);
    const level: MarkJSON = { type: 'modification', attrs: { id: 's-8', ...by, type: 'attr', attrName: 'level', previousValue: 2, newValue: 1 } };
    const h = doc({ type: 'heading', attrs: { level: 1 }, marks: [level], content: [t('Tiêu đề')] });
    expect(bodyOf(rejectAllSuggestions(h))[0]!.attrs).toEqual({ level: 2 });
  });
});
