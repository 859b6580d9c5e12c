import { describe, it, expect } from 'vitest';
import { salvageDocument } from '../../../common/document/salvage';
import { checkDocument } from '../../../common/document/check';
import { loadDocument } from '../../../renderer/src/editor/loadDocument';

const good = {
  type: 'doc',
  content: [
    { type: 'header', attrs: { profile: 'nha-nuoc', number: '45', place: 'Cần Thơ' } },
    { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'năm 2026' } },
    { type: 'body', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Kinh tế' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Tăng 7,12%' }] }] },
    { type: 'closing', attrs: { signerName: 'Trần Văn B', recipients: ['Như trên', 'Lưu: VT'] } },
  ],
};

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

describe('salvaging a broken draft', () => {
  it('keeps a valid document untouched', () => {
    const r = salvageDocument(good);
    expect(r.problems).toEqual([]);
    expect(r.doc).toBe(good);
  });

  it('reports the path of an unknown node and turns it into a paragraph of its text', () => {
    const bad = clone(good) as { content: { content?: unknown[] }[] };
    bad.content[2]!.content!.splice(1, 0, { type: 'blockquote', content: [{ type: 'text', text: 'Trích dẫn quan trọng' }] });
    const check = checkDocument(bad);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.path).toBe('doc.content[2].content[1].type');
    const r = salvageDocument(bad);
    expect(checkDocument(r.doc).ok).toBe(true);
    expect(JSON.stringify(r.doc)).toContain('Trích dẫn quan trọng');
    expect(JSON.stringify(r.doc)).toContain('Tăng 7,12%');
    expect(r.problems[0]!.path).toBe('doc.content[2].content[1]');
  });

  it('re-creates missing structural parts with defaults and keeps the fields it can read', () => {
    const bad = { type: 'doc', content: [good.content[0], good.content[2]] };
    const r = salvageDocument(bad);
    expect(checkDocument(r.doc).ok).toBe(true);
    const [header, title, body, closing] = r.doc.content!;
    expect(header!.attrs!.number).toBe('45');
    expect(header!.attrs!.profile).toBe('nha-nuoc');
    expect(title!.type).toBe('documentTitle');
    expect(closing!.type).toBe('closing');
    expect(JSON.stringify(body)).toContain('Kinh tế');
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('drops unknown marks and attributes but keeps the text', () => {
    const bad = clone(good) as { content: { content?: { content?: unknown[] }[]; attrs?: Record<string, unknown> }[] };
    bad.content[2]!.content![1]!.content = [{ type: 'text', text: 'Chữ có màu', marks: [{ type: 'bold' }, { type: 'textStyle', attrs: { color: 'red' } }] }];
    bad.content[0]!.attrs!.fontSize = 13;
    bad.content[0]!.attrs!.draftRound = 'hai';
    const r = salvageDocument(bad);
    expect(checkDocument(r.doc).ok).toBe(true);
    const para = r.doc.content![2]!.content![1]!;
    expect(para.content![0]).toEqual({ type: 'text', text: 'Chữ có màu', marks: [{ type: 'bold' }] });
    expect(r.doc.content![0]!.attrs!.draftRound).toBe(1);
    expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['doc.content[0].attrs.fontSize', 'doc.content[0].attrs.draftRound']));
  });

  it('recovers the text of a document that is not even a doc', () => {
    const r = salvageDocument({ type: 'article', content: [{ type: 'p', content: [{ type: 'text', text: 'Nội dung cũ' }] }] });
    expect(checkDocument(r.doc).ok).toBe(true);
    expect(JSON.stringify(r.doc)).toContain('Nội dung cũ');
    expect(salvageDocument(null).problems[0]!.path).toBe('doc');
  });

  it('the editor opens a broken draft with a Vietnamese notice naming the part', () => {
    const bad = clone(good) as { content: { content?: unknown[] }[] };
    bad.content[2]!.content!.push({ type: 'image', attrs: { src: 'x' } });
    const loaded = loadDocument(bad);
    expect(loaded.notice).toBe('Tệp dự thảo có lỗi (Nội dung, mục I: có phần tử loại "image" không được hỗ trợ); đã mở phần đọc được.');
    expect(checkDocument(loaded.doc).ok).toBe(true);
    expect(loadDocument(good).notice).toBeNull();
  });
});
