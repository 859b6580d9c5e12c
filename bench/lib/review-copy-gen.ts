/**
 * A big review copy for the merge bench and the hostile-file tests: a draft
 * of `threads` paragraphs, each with one passage commented by a reviewer in
 * the copy, while the original draft (`original`) has no comments yet.
 */
import type { DocJSON, NodeJSON } from '../../common/document/types';
import type { Thread } from '../../common/review/types';
import type { ReviewCopyInput } from '../../main/file-formats/review-copy/review-copy';

/** The original draft's document and the reviewer's copy of it with `threads` threads. */
export function bigReviewCopy(draftId: string, threads: number): { original: DocJSON; copy: ReviewCopyInput } {
  const reviewer = { name: 'Nguyễn Văn An', role: 'Phó Chánh Văn phòng' };
  const para = (i: number, marked: boolean): NodeJSON => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Nội dung thứ ' } as NodeJSON,
      { type: 'text', text: `mục ${i}`, ...(marked ? { marks: [{ type: 'comment', attrs: { id: `t${i}` } }] } : {}) } as NodeJSON,
      { type: 'text', text: ' về phát triển kinh tế – xã hội.' } as NodeJSON,
    ],
  });
  const doc = (marked: boolean): DocJSON => ({
    type: 'doc',
    content: [
      { type: 'header', attrs: { profile: 'dang', issuingBody: 'BAN TUYÊN GIÁO' } },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tổng kết năm' } },
      { type: 'body', content: Array.from({ length: threads }, (_, i) => para(i, marked)) },
      { type: 'closing', attrs: { recipients: ['Lưu Văn phòng'] } },
    ],
  });
  const at = '2026-11-20T08:00:00.000Z';
  const list: Thread[] = Array.from({ length: threads }, (_, i) => ({
    id: `t${i}`,
    draftId,
    quote: `mục ${i}`,
    status: 'open',
    detached: false,
    author: reviewer,
    createdAt: at,
    resolvedAt: null,
    resolvedBy: null,
    entries: [{ id: `e${i}`, threadId: `t${i}`, author: reviewer, body: `Góp ý số ${i}: làm rõ số liệu.`, createdAt: at, editedAt: null, deleted: false }],
  }));
  return {
    original: doc(false),
    copy: { draftId, title: 'Báo cáo', profile: 'dang', exportedAt: at, exportedBy: reviewer, doc: doc(true), threads: list },
  };
}
