/**
 * The suggestion marks (`insertion`, `deletion`, `modification`) in the
 * document model: the gatekeeper accepts well-formed suggestions, on text and
 * on whole blocks, and refuses hostile ones with a Vietnamese message naming
 * what is wrong; salvage keeps the text of a suggestion it cannot keep.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument, type CheckResult } from '../../../common/document/check';
import { salvageDocument } from '../../../common/document/salvage';
import { documentSchema } from '../../../common/document/schema';
import type { DocJSON, MarkJSON, NodeJSON } from '../../../common/document/types';

const WHO = { id: 's-a1', author: 'Nguyễn Văn An', date: '2026-12-04T13:05:00Z' };

function docOf(blocks: readonly NodeJSON[]): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'header', attrs: { profile: 'dang' } },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tổng kết năm' } },
      { type: 'body', content: blocks },
      { type: 'closing', attrs: { recipients: ['Lưu Văn phòng'] } },
    ],
  };
}

const para = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });
const marked = (text: string, ...marks: MarkJSON[]): NodeJSON => ({ type: 'text', text, marks });
const withMark = (mark: MarkJSON): DocJSON => docOf([para({ type: 'text', text: 'Kết quả ' }, marked('rất tốt', mark))]);

function refused(r: CheckResult): { path: string; message: string; detail: string } {
  if (r.ok) throw new Error('expected the document to be refused');
  return r;
}

describe('suggestion marks in the document model', () => {
  it('the schema has the three marks with the attrs shared with the Word export', () => {
    expect(Object.keys(documentSchema.marks.insertion!.spec.attrs!)).toEqual(['id', 'author', 'date']);
    expect(Object.keys(documentSchema.marks.deletion!.spec.attrs!)).toEqual(['id', 'author', 'date']);
    expect(Object.keys(documentSchema.marks.modification!.spec.attrs!)).toEqual(['id', 'author', 'date', 'type', 'attrName', 'previousValue', 'newValue']);
  });

  it('accepts a suggested insertion, deletion and bold change with author and time', () => {
    const doc = docOf([
      para(
        marked('Năm ', { type: 'deletion', attrs: WHO }),
        marked('Trong năm ', { type: 'insertion', attrs: { ...WHO, id: 's-a2' } }),
        marked('2026', { type: 'bold' }, { type: 'modification', attrs: { ...WHO, id: 's-a3', type: 'mark', attrName: null, previousValue: null, newValue: { type: 'bold' } } }),
      ),
    ]);
    const r = checkDocument(doc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc).toBe(doc);
  });

  it('accepts a whole paragraph and a list item suggested for deletion (node marks)', () => {
    const doc = docOf([
      { type: 'paragraph', marks: [{ type: 'deletion', attrs: WHO }], content: [{ type: 'text', text: 'Đoạn bỏ' }] },
      { type: 'bulletList', content: [{ type: 'listItem', marks: [{ type: 'insertion', attrs: { ...WHO, id: 's-b' } }], content: [para({ type: 'text', text: 'Ý mới' })] }] },
    ]);
    expect(checkDocument(doc).ok).toBe(true);
  });

  it('a suggestion made in Word without author or time is accepted (both empty)', () => {
    expect(checkDocument(withMark({ type: 'insertion', attrs: { id: 's-w1', author: '', date: '' } })).ok).toBe(true);
  });

  it('refuses a suggestion without an id, naming it', () => {
    const r = refused(checkDocument(withMark({ type: 'deletion' })));
    expect(r.message).toBe('Nội dung: mã đề xuất bị thiếu.');
    expect(r.path).toBe('doc.content[2].content[0].content[1].marks[0].attrs.id');
  });

  it('refuses a bad id, an overlong author, a time that is not ISO UTC', () => {
    for (const id of ['', '42', 'c-1', `s-${'x'.repeat(65)}`, 's-<script>']) {
      expect(checkDocument(withMark({ type: 'insertion', attrs: { ...WHO, id } })).ok, id).toBe(false);
    }
    const author = refused(checkDocument(withMark({ type: 'insertion', attrs: { ...WHO, author: 'A'.repeat(201) } })));
    expect(author.message).toMatch(/người đề xuất không hợp lệ \(cần tối đa 200 ký tự\)/);
    for (const date of ['hôm qua', '2026-12-04', '2026-12-04T13:05:00+07:00', 42]) {
      expect(checkDocument(withMark({ type: 'insertion', attrs: { ...WHO, date } })).ok, String(date)).toBe(false);
    }
  });

  it('refuses an unknown attribute on a suggestion', () => {
    expect(refused(checkDocument(withMark({ type: 'insertion', attrs: { ...WHO, script: 'x' } }))).message).toMatch(/thuộc tính "script"/);
  });

  it('refuses modification values that are not bounded JSON', () => {
    const mod = (over: Record<string, unknown>): MarkJSON => ({ type: 'modification', attrs: { ...WHO, type: 'mark', attrName: null, previousValue: null, newValue: { type: 'bold' }, ...over } });
    expect(checkDocument(withMark(mod({}))).ok).toBe(true);
    let deep: unknown = 'x';
    for (let i = 0; i < 50; i++) deep = [deep];
    const huge = refused(checkDocument(withMark(mod({ newValue: { type: 'bold', attrs: { x: 'a'.repeat(5_000) } } }))));
    expect(huge.message).toMatch(/giá trị mới không hợp lệ \(cần giá trị JSON tối đa 4000 ký tự\)/);
    expect(checkDocument(withMark(mod({ previousValue: deep }))).ok).toBe(false);
    expect(checkDocument(withMark(mod({ type: 'script' }))).ok).toBe(false);
    expect(checkDocument(withMark(mod({ newValue: Number.NaN }))).ok).toBe(false);
    expect(checkDocument(withMark(mod({ newValue: 'a\u0001b' }))).ok).toBe(false);
  });

  it('refuses insertion and deletion on the same text, and two insertions', () => {
    expect(checkDocument(docOf([para(marked('x', { type: 'insertion', attrs: WHO }, { type: 'deletion', attrs: { ...WHO, id: 's-2' } }))])).ok).toBe(false);
    expect(checkDocument(docOf([para(marked('x', { type: 'insertion', attrs: WHO }, { type: 'insertion', attrs: { ...WHO, id: 's-2' } }))])).ok).toBe(false);
  });

  it('refuses a suggestion mark on the header (only body blocks and text carry them)', () => {
    const doc = docOf([para({ type: 'text', text: 'x' })]);
    const bad = { ...doc, content: [{ ...doc.content![0]!, marks: [{ type: 'deletion', attrs: WHO }] }, ...doc.content!.slice(1)] } as DocJSON;
    expect(checkDocument(bad).ok).toBe(false);
  });

  it('salvage keeps the text of a suggestion whose id is bad, unmarked', () => {
    const r = salvageDocument(withMark({ type: 'insertion', attrs: { ...WHO, id: '../../x' } }));
    expect(JSON.stringify(r.doc)).toContain('rất tốt');
    expect(JSON.stringify(r.doc)).not.toContain('insertion');
    expect(checkDocument(r.doc).ok).toBe(true);
  });
});
