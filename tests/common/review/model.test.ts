// The pure review rules: comment text cleaning and limits, the API schemas,
// finding a quote again after edits, and reconciling threads with marks.
import { describe, expect, it } from 'vitest';
import { checkCommentText, MAX_COMMENT_LENGTH } from '../../../common/review/comment-text';
import { reviewApiMethods } from '../../../common/review/api';
import { reanchorByQuote } from '../../../common/review/reanchor';
import { buildTextIndex, textInRange } from '../../../common/review/text-index';
import { reconcile } from '../../../common/review/reconcile';
import { findDuplicateCommentRanges } from '../../../common/review/comment-marks';
import { makeDoc, withComments } from '../../helpers/review-fixtures';
import { documentSchema as s } from '../../../common/document/schema';
import { Transform } from '@tiptap/pm/transform';

describe('comment text', () => {
  it('is stored as clean plain text: NFC, no control characters, HTML kept as characters', () => {
    const r = checkCommentText('  \r\nCa\u0301c so\u0302\u0301 lie\u0323\u0302u\u0000\u0007 <script>x</script>\r\nDòng 2\t!  ');
    expect(r).toEqual({ ok: true, text: 'Các số liệu <script>x</script>\nDòng 2\t!' });
  });

  it('refuses an empty or oversized comment with a Vietnamese message', () => {
    expect(checkCommentText(' \n\u0001 ')).toEqual({ ok: false, message: 'Nội dung góp ý không được để trống.' });
    const big = checkCommentText('a'.repeat(MAX_COMMENT_LENGTH + 1));
    expect(big.ok).toBe(false);
    expect(!big.ok && big.message).toMatch(/quá dài \(10\.001 ký tự; tối đa 10\.000\)/);
  });

  it('the API refuses 1 MB of text and cleans what it accepts', () => {
    const huge = reviewApiMethods.addReply.safeParse({ threadId: 't1', body: 'x'.repeat(1_000_000) });
    expect(huge.success).toBe(false);
    expect(huge.error?.issues[0]?.message).toMatch(/quá dài/);
    const ok = reviewApiMethods.addThread.parse({ draftId: 'd1', quote: 'Nghi\u0323 quyê\u0301t', body: 'Đề nghị sửa\u0008' });
    expect(ok).toEqual({ draftId: 'd1', quote: 'Nghị quyết', body: 'Đề nghị sửa' });
    expect(reviewApiMethods.addReply.safeParse({ threadId: 'bad id', body: 'x' }).success).toBe(false);
    expect(reviewApiMethods.addReply.safeParse({ threadId: 't1', body: 'x', extra: 1 }).success).toBe(false);
  });
});

describe('reanchorByQuote', () => {
  const doc = makeDoc('Đảng bộ tỉnh lãnh đạo  thực hiện thắng lợi', 'các chỉ tiêu. Đảng bộ tỉnh lãnh đạo tốt.');
  const quoteAt = (r: { from: number; to: number } | null) => (r ? textInRange(buildTextIndex(doc), r) : null);

  it('finds the exact text, the nearest occurrence to the hint', () => {
    const first = reanchorByQuote(doc, 'Đảng bộ tỉnh');
    const second = reanchorByQuote(doc, 'Đảng bộ tỉnh', 1000);
    expect(first?.quality).toBe('exact');
    expect(second!.from).toBeGreaterThan(first!.from);
    expect(quoteAt(second)).toBe('Đảng bộ tỉnh');
  });

  it('finds text whose spacing, line breaks or Unicode form changed', () => {
    const r = reanchorByQuote(doc, 'lãnh đạo thực hiện thắng lợi\ncác chỉ tiêu'.normalize('NFD'));
    expect(r?.quality).toBe('normalized');
    expect(quoteAt(r)).toBe('lãnh đạo  thực hiện thắng lợi\ncác chỉ tiêu');
  });

  it('finds text typed without diacritics or in another case, else gives up', () => {
    const r = reanchorByQuote(doc, 'DANG BO TINH LANH DAO TOT');
    expect(r?.quality).toBe('folded');
    expect(quoteAt(r)).toBe('Đảng bộ tỉnh lãnh đạo tốt');
    expect(reanchorByQuote(doc, 'không có trong văn bản')).toBeNull();
    expect(reanchorByQuote(doc, '   ')).toBeNull();
  });

  it('counts a hard break as a line break', () => {
    const d = s.node('doc', null, [
      s.node('header'),
      s.node('documentTitle'),
      s.node('body', null, [s.node('paragraph', null, [s.text('Dòng một'), s.node('hardBreak'), s.text('dòng hai')])]),
      s.node('closing'),
    ]);
    const r = reanchorByQuote(d, 'một\ndòng');
    expect(r && d.textBetween(r.from, r.to)).toBe('mộtdòng');
  });
});

describe('reconcile', () => {
  it('reports detached, reattached, changed quotes, orphan marks and duplicated passages', () => {
    const doc = withComments(makeDoc('Một hai ba', 'Bốn năm sáu', 'Bốn năm sáu'), [
      ['a', 'hai'],
      ['c', 'Bốn năm'],
      ['x', 'ba'],
    ]);
    // Mark the second "Bốn năm" with the same id as the first (a pasted copy).
    const idx = buildTextIndex(doc);
    const from = idx.starts[idx.text.lastIndexOf('Bốn năm')]!;
    const tr = new Transform(doc).addMark(from, from + 7, s.marks.comment!.create({ id: 'c' }));
    const withDup = tr.doc;
    const rec = reconcile(withDup, [
      { id: 'a', quote: 'hai', detached: false },
      { id: 'b', quote: 'gone', detached: false },
      { id: 'c', quote: 'Bốn năm', detached: true },
      { id: 'd', quote: 'old', detached: true },
    ]);
    expect([...rec.anchored.keys()].sort()).toEqual(['a', 'c']);
    expect(rec.newlyDetached).toEqual(['b']);
    expect(rec.reattached).toEqual(['c']);
    expect(rec.orphanMarks).toEqual(['x']);
    expect(rec.duplicates).toEqual([{ id: 'c', from, to: from + 7 }]);
    expect(findDuplicateCommentRanges(doc)).toEqual([]);
  });
});


describe('CLI text of threads', () => {
  it('lists status, quote, authors and messages, and says what a merge added', async () => {
    const { threadsAsText, mergeReportAsText } = await import('../../../main/cli/text/threads');
    const { thread, entry, reviewer, drafter } = await import('../../helpers/review-fixtures');
    const t = thread('t1', 'd', 'Thu ngân sách\nvượt dự toán', [entry('e1', 't1', 'Ghi nguồn.\nDòng 2', reviewer), { ...entry('e2', 't1', '', drafter), deleted: true }], {
      status: 'resolved',
      detached: true,
    });
    const text = threadsAsText([t]);
    expect(text).toContain('[Đã giải quyết · Đoạn văn đã bị xóa] «Thu ngân sách vượt dự toán»  (t1)');
    expect(text).toContain('• Nguyễn Văn An (Phó Chánh Văn phòng), ');
    expect(text).toContain('Ghi nguồn.\n      Dòng 2');
    expect(text).toContain('↳ Trần Thị Bình (Chuyên viên)');
    expect(text).toContain('(đã xóa)');
    expect(threadsAsText([])).toBe('Chưa có góp ý nào.');
    expect(mergeReportAsText({ addedThreads: [t], addedEntries: [], detached: ['t1'] })).toBe(
      'Đã thêm 1 góp ý mới, 0 trả lời mới; 1 góp ý không còn đoạn văn trong dự thảo (giữ lại, đánh dấu "đoạn văn đã bị xóa").',
    );
    expect(mergeReportAsText({ addedThreads: [], addedEntries: [], detached: [] })).toBe('Không có góp ý mới (đã nhập trước đó).');
  });
});

describe('withoutCommentMarks', () => {
  it('removes only comment marks, for duplicates and templates', async () => {
    const { withoutCommentMarks } = await import('../../../common/review/without-comments');
    const doc = withComments(makeDoc('Một hai ba'), [['a', 'hai']]);
    const bolded = new Transform(doc).addMark(5, 12, s.marks.bold!.create()).doc;
    const json = bolded.toJSON();
    const out = withoutCommentMarks(json);
    expect(JSON.stringify(out)).not.toContain('comment');
    expect(JSON.stringify(out)).toContain('bold');
    expect(s.nodeFromJSON(out).textContent).toBe('Một hai ba');
    const plain = makeDoc('x').toJSON();
    expect(withoutCommentMarks(plain)).toBe(plain);
  });
});
