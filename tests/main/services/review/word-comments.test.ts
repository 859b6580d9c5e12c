// Word round trip of review comments: threads written as native Word
// comments (author, initials, date, replies, resolved) and read back; a
// reviewer's Word comments taken into the draft without duplicating those
// that came from DuThao, and detached when their text is gone.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun, CommentRangeStart, CommentRangeEnd, CommentReference } from 'docx';
import { Node as PMNode } from 'prosemirror-model';
import { documentSchema } from '../../../../common/document/schema';
import { collectThreadRanges } from '../../../../common/review/thread-ranges';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { toExportCommentThreads, DELETED_ENTRY_TEXT } from '../../../../main/file-formats/docx/word-comments';
import { readWordComments } from '../../../../main/file-formats/ooxml/word-comments-read';
import { importWordComments } from '../../../../main/services/review/word-comments-import';
import { drafter, entry, json, makeDoc, reviewer, thread, withComments } from '../../../helpers/review-fixtures';
import type { Thread } from '../../../../common/review/types';

const DRAFT = 'd1';
const base = makeDoc('Năm 2025, kinh tế tăng trưởng 7,12%.', 'Thu ngân sách đạt 126.838 tỷ đồng.', 'Cải cách hành chính còn chậm.');
const threads: Thread[] = [
  thread('a', DRAFT, 'kinh tế tăng trưởng', [
    entry('a1', 'a', 'Số liệu lấy ở đâu?\nGhi rõ nguồn.', reviewer, '2026-11-20T08:00:00.000Z'),
    entry('a2', 'a', 'Theo Cục Thống kê.', drafter, '2026-11-20T09:30:00.000Z'),
  ], { status: 'resolved', resolvedAt: '2026-11-20T10:00:00.000Z', resolvedBy: drafter }),
  thread('b', DRAFT, '126.838 tỷ đồng', [entry('b1', 'b', 'Viết "126.838 tỷ đồng" & <đơn vị>', reviewer, '2026-11-21T07:15:00.000Z')]),
];
const draftDoc = withComments(base, [['a', 'kinh tế tăng trưởng'], ['b', '126.838 tỷ đồng']]);

describe('Word comments', () => {
  it('exports threads as Word comments with authors, initials, replies and resolved state, and reads them back', async () => {
    const bytes = await exportDocx(json(draftDoc), { variant: 'final', comments: toExportCommentThreads(threads) });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/comments.xml')!.async('string');
    expect(xml).toContain('w:author="Nguyễn Văn An"');
    expect(xml).toContain('w:author="Trần Thị Bình"');
    expect(xml).toContain('w:initials="NVA"');
    const back = (await readWordComments(bytes)).threads;
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({
      comment: { author: 'Nguyễn Văn An', initials: 'NVA', date: '2026-11-20T08:00:00.000Z', text: 'Số liệu lấy ở đâu?\nGhi rõ nguồn.' },
      replies: [{ author: 'Trần Thị Bình', initials: 'TTB', text: 'Theo Cục Thống kê.' }],
      resolved: true,
      quote: 'kinh tế tăng trưởng',
    });
    expect(back[1]).toMatchObject({ comment: { text: 'Viết "126.838 tỷ đồng" & <đơn vị>' }, replies: [], resolved: false, quote: '126.838 tỷ đồng' });
  });

  it('leaves out detached threads and deleted replies', () => {
    const t = [
      thread('x', DRAFT, 'q', [entry('x1', 'x', 'một'), { ...entry('x2', 'x', ''), deleted: true }]),
      thread('y', DRAFT, 'q', [entry('y1', 'y', 'hai')], { detached: true }),
      thread('z', DRAFT, 'q', [{ ...entry('z1', 'z', ''), deleted: true }, entry('z2', 'z', 'ba')]),
    ];
    const out = toExportCommentThreads(t);
    expect(out.map((o) => [o.id, o.comment.text, o.replies.length])).toEqual([
      ['x', 'một', 0],
      ['z', DELETED_ENTRY_TEXT, 1],
    ]);
  });

  it('imports what a reviewer added in Word once, without duplicating DuThao threads', async () => {
    // The file as it comes back from Word: DuThao's threads, a reply on one, and a new comment.
    const inWord = withComments(draftDoc, [['new', 'hành chính còn chậm']]);
    const wordThreads: Thread[] = [
      { ...threads[0]!, entries: [...threads[0]!.entries] },
      { ...threads[1]!, entries: [...threads[1]!.entries, entry('tmp', 'b', 'Đã sửa theo ý kiến.', drafter, '2026-11-22T08:00:00.000Z')] },
      thread('new', DRAFT, '', [entry('n1', 'new', 'Bổ sung nguyên nhân.', { name: 'Lê Văn Cường', role: '' }, '2026-11-22T09:00:00.000Z')]),
    ];
    const bytes = await exportDocx(json(inWord), { variant: 'final', comments: toExportCommentThreads(wordThreads) });
    const target = { draftId: DRAFT, doc: json(draftDoc), threads };
    const out = await importWordComments(target, bytes, '2026-11-23T00:00:00.000Z');
    expect(out.addedThreads).toHaveLength(1);
    expect(out.addedThreads[0]).toMatchObject({ quote: 'hành chính còn chậm', detached: false, author: { name: 'Lê Văn Cường' } });
    expect(out.addedThreads[0]!.entries.map((e) => e.body)).toEqual(['Bổ sung nguyên nhân.']);
    expect(out.addedEntries.map((e) => [e.threadId, e.body])).toEqual([['b', 'Đã sửa theo ý kiến.']]);
    const newId = out.addedThreads[0]!.id;
    const anchors = collectThreadRanges(PMNode.fromJSON(documentSchema, out.doc));
    expect(anchors.get(newId)?.quote).toBe('hành chính còn chậm');
    expect(PMNode.fromJSON(documentSchema, out.doc).textContent).toBe(draftDoc.textContent);

    const after = {
      ...target,
      doc: out.doc,
      threads: [threads[0]!, { ...threads[1]!, entries: [...threads[1]!.entries, ...out.addedEntries] }, ...out.addedThreads],
    };
    const again = await importWordComments(after, bytes, '2026-11-24T00:00:00.000Z');
    expect(again.addedThreads).toEqual([]);
    expect(again.addedEntries).toEqual([]);
    expect(again.docChanged).toBe(false);
  });

  it('reads a file written by another tool: comments without threading, one on text the draft no longer has', async () => {
    const para = (runs: Array<TextRun | CommentRangeStart | CommentRangeEnd>) => new Paragraph({ children: runs });
    const doc = new Document({
      comments: {
        children: [
          { id: 0, author: 'Phạm Thị Dung', initials: 'PTD', date: new Date('2026-11-25T02:00:00Z'), children: [new Paragraph('Câu này nên viết lại.')] },
          { id: 1, author: 'Phạm Thị Dung', initials: 'PTD', date: new Date('2026-11-25T02:05:00Z'), children: [new Paragraph('Đoạn này đã có ở trên.')] },
        ],
      },
      sections: [
        {
          children: [
            para([new TextRun('Năm 2025, '), new CommentRangeStart(0), new TextRun('KINH TE tang truong'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })]),
            para([new CommentRangeStart(1), new TextRun('Một câu đã bị xóa khỏi dự thảo.'), new CommentRangeEnd(1), new TextRun({ children: [new CommentReference(1)] })]),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const out = await importWordComments({ draftId: DRAFT, doc: json(base), threads: [] }, bytes, '2026-11-26T00:00:00.000Z');
    expect(out.addedThreads.map((t) => [t.entries[0]!.body, t.detached, t.quote])).toEqual([
      ['Câu này nên viết lại.', false, 'kinh tế tăng trưởng'],
      ['Đoạn này đã có ở trên.', true, 'Một câu đã bị xóa khỏi dự thảo.'],
    ]);
    expect(out.detached).toEqual([out.addedThreads[1]!.id]);
  });

  it('refuses a file that is not a .docx', async () => {
    await expect(readWordComments(new TextEncoder().encode('không phải docx'))).rejects.toThrow('Tệp này không phải là tệp Word (.docx) hợp lệ.');
  });
});
