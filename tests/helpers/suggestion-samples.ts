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


const row = (...texts: string[]): NodeJSON => ({ type: 'tableRow', content: texts.map((text) => ({ type: 'tableCell', content: [p(t(text))] })) });

/**
 * A body with a table whose third row is suggested for insertion (Bình) and fourth for deletion (An), as the
 * editor marks a row inserted or deleted in suggestion mode: a node mark on the row.
 */
export function withRowSuggestions(doc: DocJSON = sampleDangDoc()): DocJSON {
  const header: NodeJSON = { type: 'tableRow', content: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'].map((text) => ({ type: 'tableHeader', content: [p(t(text))] })) };
  const table: NodeJSON = {
    type: 'table',
    content: [
      header,
      row('Tăng trưởng GRDP', '7,0%', '7,12%'),
      { ...row('Thu hút đầu tư', '15.000 tỷ', '16.200 tỷ'), marks: [ins('s-7', binh)] },
      { ...row('Thu ngân sách', '120.000 tỷ', '126.838 tỷ'), marks: [del('s-8')] },
      row('Giải quyết việc làm', '30.000 người', '31.500 người'),
    ],
  };
  const body: NodeJSON = { type: 'body', content: [p(t('Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026 như sau:')), table, p(t('Đoạn cuối.'))] };
  return { ...doc, content: doc.content!.map((n) => (n.type === 'body' ? body : n)) };
}
