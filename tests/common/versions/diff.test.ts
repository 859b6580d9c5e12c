// The compare view's diff on crafted cases: what a drafter must see between
// two rounds of a draft — moved, split and changed paragraphs, a changed
// table cell, header field changes, and a change of tone mark only.
import { describe, expect, it } from 'vitest';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { diffDocuments } from '../../../common/versions/diff';
import { splitWords } from '../../../common/versions/words';
import { docWith } from '../../helpers/store';

const p = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cellOf = (text: string): NodeJSON => ({ type: 'tableCell', content: [p(text)] });
const table = (rows: string[][]): NodeJSON => ({ type: 'table', content: rows.map((r) => ({ type: 'tableRow', content: r.map(cellOf) })) });

function withBody(body: NodeJSON[], header: Record<string, unknown> = {}): DocJSON {
  const d = docWith('x');
  return {
    type: 'doc',
    content: d.content!.map((n) =>
      n.type === 'body' ? { type: 'body', content: body } : n.type === 'header' ? { ...n, attrs: { ...n.attrs, ...header } } : n,
    ),
  };
}

const A = 'Năm 2024, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu kinh tế - xã hội.';
const B = 'Công tác xây dựng Đảng được chú trọng, tổ chức cơ sở đảng được củng cố.';
const C = 'Quốc phòng, an ninh được giữ vững; trật tự an toàn xã hội ổn định.';
const D = 'Đời sống vật chất và tinh thần của nhân dân tiếp tục được cải thiện.';

describe('diffDocuments', () => {
  it('finds nothing between a document and itself', () => {
    const d = docWith(A, B, C);
    const out = diffDocuments(d, d);
    expect(out.fields).toEqual([]);
    expect(out.blocks.every((b) => b.kind === 'same')).toBe(true);
    expect(out.stats).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
  });

  it('shows a moved paragraph as moved (away and here), not as removed and added', () => {
    const out = diffDocuments(docWith(A, B, C, D), docWith(A, C, D, B));
    expect(out.stats.moved).toBe(1);
    expect(out.stats.added + out.stats.removed).toBe(0);
    expect(out.blocks.find((b) => b.kind === 'movedFrom')?.before).toBe(B);
    expect(out.blocks.find((b) => b.kind === 'movedTo')?.after).toBe(B);
  });

  it('shows a paragraph split in two as one split, with the break and no word lost', () => {
    const whole = `${A} ${B}`;
    const out = diffDocuments(docWith(whole, C), docWith(A, B, C));
    const split = out.blocks.filter((b) => b.kind !== 'same');
    expect(split).toHaveLength(1);
    expect(split[0]!.kind).toBe('split');
    expect(split[0]!.after).toBe(`${A}\n\n${B}`);
    expect(split[0]!.parts!.filter((x) => x.op !== 'same')).toEqual([]);
    // And the reverse is a merge.
    expect(diffDocuments(docWith(A, B, C), docWith(whole, C)).blocks.filter((b) => b.kind !== 'same').map((b) => b.kind)).toEqual(['merged']);
  });

  it('shows a changed word inside a paragraph as a word-level change', () => {
    const out = diffDocuments(docWith(A, B), docWith(A.replace('hoàn thành', 'vượt'), B));
    const row = out.blocks.find((b) => b.kind === 'changed')!;
    expect(row.parts!.filter((x) => x.op === 'removed').map((x) => x.text.trim())).toEqual(['hoàn thành']);
    expect(row.parts!.filter((x) => x.op === 'added').map((x) => x.text.trim())).toEqual(['vượt']);
    expect(out.stats).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
  });

  it('shows a tone-mark-only change ("đã" → "đà") as a changed word', () => {
    const out = diffDocuments(docWith(A), docWith(A.replace('đã', 'đà')));
    const row = out.blocks.find((b) => b.kind === 'changed')!;
    expect(row.parts!.filter((x) => x.op !== 'same')).toEqual([
      { op: 'removed', text: 'đã' },
      { op: 'added', text: 'đà' },
    ]);
  });

  it('sees no change when only the Unicode form differs (combining marks vs precomposed)', () => {
    const out = diffDocuments(docWith(A), docWith(A.normalize('NFD')));
    expect(out.blocks.every((b) => b.kind === 'same')).toBe(true);
  });

  it('lists the changed table cell with its row and column', () => {
    const before = withBody([p(A), table([['Chỉ tiêu', 'Kết quả'], ['Tăng trưởng', '7,2%'], ['Thu ngân sách', '12.500 tỷ']])]);
    const after = withBody([p(A), table([['Chỉ tiêu', 'Kết quả'], ['Tăng trưởng', '7,5%'], ['Thu ngân sách', '12.500 tỷ']])]);
    const row = diffDocuments(before, after).blocks.find((b) => b.kind === 'changed')!;
    expect(row.blockLabel).toBe('Bảng');
    expect(row.cells).toHaveLength(1);
    expect(row.cells![0]).toMatchObject({ row: 2, column: 2, before: '7,2%', after: '7,5%' });
  });

  it('lists header field changes (số, ngày, trích yếu) by their Vietnamese names', () => {
    const before = withBody([p(A)], { number: '12', date: '2024-12-01' });
    const after = withBody([p(A)], { number: '15', date: '2024-12-10' });
    const fields = diffDocuments(before, after).fields;
    expect(fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Số', '12', '15'],
      ['Ngày ban hành', '2024-12-01', '2024-12-10'],
    ]);
  });

  it('lines up repeated identical paragraphs and finds the one removed', () => {
    const out = diffDocuments(docWith('Đồng ý.', A, 'Đồng ý.', B, 'Đồng ý.', C), docWith('Đồng ý.', A, 'Đồng ý.', B, C));
    expect(out.blocks.filter((b) => b.kind !== 'same').map((b) => [b.kind, b.before])).toEqual([['removed', 'Đồng ý.']]);
    expect(out.blocks.filter((b) => b.kind === 'same')).toHaveLength(5);
  });

  it('shows an added and a removed paragraph', () => {
    const out = diffDocuments(docWith(A, B, C), docWith(A, C, D));
    expect(out.blocks.filter((b) => b.kind !== 'same').map((b) => [b.kind, b.before ?? b.after])).toEqual([
      ['removed', B],
      ['added', D],
    ]);
  });
});

describe('splitWords', () => {
  it('keeps Vietnamese syllables whole and gives back the text when joined', () => {
    const text = 'Nghị quyết số 12-NQ/TU: “tăng cường” đoàn kết.';
    const tokens = splitWords(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('Nghị');
    expect(tokens).toContain('quyết');
    expect(tokens).toContain('12-NQ/TU');
    expect(splitWords('đã'.normalize('NFD'))).toEqual(['đã']);
  });
});
