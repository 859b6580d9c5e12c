import { describe, expect, it } from 'vitest';
import type { DocJSON, NodeJSON } from '../../../../common/document/types';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { sampleDangDoc } from '../../../helpers/export-samples';
import { unzipDocx } from '../../../helpers/export-xml';

function withComment(doc: DocJSON): DocJSON {
  const mark = { type: 'comment', attrs: { id: 'thread-1' } };
  const body: NodeJSON = {
    type: 'body',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn có góp ý ', marks: [mark] }, { type: 'text', text: 'và đoạn không.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Góp ý kéo sang đoạn sau.', marks: [mark] }] },
    ],
  };
  return { ...doc, content: doc.content!.map((n) => (n.type === 'body' ? body : n)) };
}

describe('comments hook', () => {
  const threads = [
    {
      id: 'thread-1',
      resolved: false,
      comment: { author: 'Nguyễn Văn An', date: '2024-12-01T08:00:00Z', text: 'Cần bổ sung số liệu.' },
      replies: [{ author: 'Trần Thị Bình', date: '2024-12-01T09:00:00Z', text: 'Đã bổ sung.' }],
    },
    { id: 'orphan', resolved: false, comment: { author: 'X', date: '2024-12-01T08:00:00Z', text: 'Không còn đoạn nào.' }, replies: [] },
  ];

  it('writes each message as its own Word comment with its own range and reference; ids used once', async () => {
    const parts = await unzipDocx(await exportDocx(withComment(sampleDangDoc()), { variant: 'final', comments: threads }));
    const d = parts['word/document.xml']!;
    const starts = [...d.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((m) => m[1]);
    const ends = [...d.matchAll(/<w:commentRangeEnd w:id="(\d+)"\/>/g)].map((m) => m[1]);
    const refs = [...d.matchAll(/<w:commentReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(starts).toEqual(['0', '1']);
    expect(ends).toEqual(['0', '1']);
    expect(refs).toEqual(['0', '1']);
    // The range spans both paragraphs: it starts before the first and ends in the second.
    expect(d.indexOf('commentRangeStart')).toBeLessThan(d.indexOf('Đoạn có góp ý'));
    expect(d.indexOf('commentRangeEnd')).toBeGreaterThan(d.indexOf('Góp ý kéo sang đoạn sau.'));
    const comments = parts['word/comments.xml']!;
    expect(comments).toContain('Cần bổ sung số liệu.');
    expect(comments).toContain('Đã bổ sung.');
    expect(comments).not.toContain('Không còn đoạn nào.');
    expect(comments).toContain('w:initials="NVA"');
  });

  it('writes no comments part when none are asked for', async () => {
    const parts = await unzipDocx(await exportDocx(withComment(sampleDangDoc()), { variant: 'final' }));
    expect(parts['word/document.xml']).not.toContain('commentRangeStart');
    expect(parts['word/comments.xml'] ?? '').not.toContain('Cần bổ sung');
  });
});
