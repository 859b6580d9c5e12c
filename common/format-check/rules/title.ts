/** Spec §2 and §9: the type name and the subject are required; the subject begins lower case. */
import type { FormatIssue, FormatRule } from '../types';

/** Flags a missing type name or subject, or a subject that begins with a capital. */
export const titleRule: FormatRule = {
  id: 'required-title',
  check: ({ title }) => {
    const out: FormatIssue[] = [];
    if (title.documentType.trim() === '') out.push({ ruleId: 'required-title', severity: 'error', message: 'Thiếu tên loại văn bản (ví dụ BÁO CÁO).', target: { part: 'documentTitle', field: 'documentType' } });
    const subject = title.subject.trim();
    if (subject === '') {
      out.push({ ruleId: 'required-title', severity: 'error', message: 'Thiếu trích yếu nội dung.', target: { part: 'documentTitle', field: 'subject' } });
    } else {
      const first = subject.charAt(0);
      if (first !== first.toLocaleLowerCase('vi')) {
        out.push({ ruleId: 'required-title', severity: 'warning', message: 'Trích yếu nên bắt đầu bằng chữ thường (ví dụ "về nhiệm vụ năm 2025").', target: { part: 'documentTitle', field: 'subject' } });
      }
    }
    return out;
  },
};
