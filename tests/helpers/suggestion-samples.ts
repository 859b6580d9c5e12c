/** Sample documents carrying suggestions, for the Word export and import tests. */
import type { DocJSON, MarkJSON, NodeJSON } from '../../common/document/types';
import { sampleDangDoc } from './export-samples';

export const an = { author: 'Nguyễn Văn An', date: '2026-12-01T08:00:00.000Z' };
export const binh = { author: 'Trần Thị Bình', date: '2026-12-02T09:30:00.000Z' };
export const ins = (id: string, by = an): MarkJSON => ({ type: 'insertion', attrs: { id, ...by } });
export const del = (id: string, by = an): MarkJSON => ({ type: 'deletion', attrs: { id, ...by } });
export const t = (text: string, ...marks: MarkJSON[]): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
export const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });

/** The sample report with a body carrying suggestions of two reviewers. */
export function withSuggestions(doc: DocJSON = sampleDangDoc()): DocJSON {
  const bold = { type: 'bold' };
  const mod: MarkJSON = { type: 'modification', attrs: { id: 's-4', ...binh, type: 'mark', attrName: null, previousValue: null, newValue: bold } };
  const body: NodeJSON = {
    type: 'body',
    content: [
      p(t('Năm 2026, kinh tế '), t('tăng trưởng', del('s-1')), t('phát triển', ins('s-1')), t(' ổn định.')),
      p(t('Thu ngân sách đạt '), t('kế hoạch', bold, mod), t(' đề ra.')),
      p(t('Đoạn trước.'), t('\u200B', ins('s-2', binh))),
      p(t('\u200BĐoạn mới do lãnh đạo thêm.', ins('s-2', binh))),
      { ...p(t('Đoạn thừa cần bỏ.')), marks: [del('s-3')] },
      p(t('Đoạn cuối.')),
    ],
  };
  return { ...doc, content: doc.content!.map((n) => (n.type === 'body' ? body : n)) };
}

