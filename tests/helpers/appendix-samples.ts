/** A nha-nuoc report with a landscape table in the body and two appendices (the second opening with a landscape table). */
import type { DocJSON, NodeJSON } from '../../common/document/types';
import { sampleDangDoc, sampleNhaNuocDoc } from './export-samples';

const text = (s: string): NodeJSON => ({ type: 'text', text: s });
const para = (s: string): NodeJSON => ({ type: 'paragraph', content: [text(s)] });
const cell = (type: string, s: string): NodeJSON => ({ type, content: [para(s)] });

/** A table of `cols` columns and `rows` body rows; landscape as asked. */
export function wideTable(landscape: boolean, cols = 12, rows = 4, tag = 'Chỉ tiêu'): NodeJSON {
  const header: NodeJSON = { type: 'tableRow', content: Array.from({ length: cols }, (_, c) => cell('tableHeader', c === 0 ? tag : `Năm ${2015 + c}`)) };
  const body = Array.from({ length: rows }, (_, r): NodeJSON => ({ type: 'tableRow', content: Array.from({ length: cols }, (_, c) => cell('tableCell', c === 0 ? `Dòng ${r + 1}` : `${(r + 1) * c},5`)) }));
  return { type: 'table', attrs: { landscape }, content: [header, ...body] };
}

/** An appendix heading with a title. */
export function appendixHeading(title: string, note = ''): NodeJSON {
  return { type: 'appendixHeading', attrs: { note }, content: [text(title)] };
}

function withBody(doc: DocJSON, body: NodeJSON[]): DocJSON {
  return { ...doc, content: (doc.content ?? []).map((n) => (n.type === 'body' ? { ...n, content: body } : n)) };
}

/** Body: text, a landscape table, text after it, the closing; Phụ lục I (text), Phụ lục II (landscape table first). */
export function appendixDoc(profile: 'nha-nuoc' | 'dang' = 'nha-nuoc'): DocJSON {
  const base = profile === 'nha-nuoc' ? sampleNhaNuocDoc() : sampleDangDoc();
  return withBody(base, [
    para('Tình hình kinh tế năm 2024 tiếp tục phục hồi.'),
    para('Các chỉ tiêu chủ yếu như bảng sau:'),
    wideTable(true, 12, 4, 'Bảng ngang thân'),
    para('Sau bảng ngang, nội dung trở lại trang dọc.'),
    appendixHeading('Danh mục công trình trọng điểm'),
    para('Nội dung phụ lục thứ nhất.'),
    appendixHeading('Biểu số liệu chi tiết'),
    wideTable(true, 14, 6, 'Bảng ngang phụ lục'),
    para('Ghi chú cuối phụ lục.'),
  ]);
}
