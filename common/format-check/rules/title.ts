/**
 * Spec §2, §9 and §11: the type name and the subject are required; the
 * subject begins lower case in Party documents and with a capital in state
 * documents (profile data `header.subjectCase`).
 */
import type { FormatIssue, FormatRule } from '../types';

/** Flags a missing type name or subject, or a subject that begins in the wrong case for its profile. */
export const titleRule: FormatRule = {
  id: 'required-title',
  check: ({ title, profile }) => {
    const out: FormatIssue[] = [];
    if (title.documentType.trim() === '') out.push({ ruleId: 'required-title', severity: 'error', message: 'Thiếu tên loại văn bản (ví dụ BÁO CÁO).', target: { part: 'documentTitle', field: 'documentType' } });
    const subject = title.subject.trim();
    if (subject === '') {
      out.push({ ruleId: 'required-title', severity: 'error', message: 'Thiếu trích yếu nội dung.', target: { part: 'documentTitle', field: 'subject' } });
    } else {
      const first = subject.charAt(0);
      const isUpper = first !== first.toLocaleLowerCase('vi');
      const isLower = first !== first.toLocaleUpperCase('vi');
      if (profile.header.subjectCase === 'lower' && isUpper) {
        out.push({ ruleId: 'required-title', severity: 'warning', message: 'Trích yếu nên bắt đầu bằng chữ thường (ví dụ "về nhiệm vụ năm 2025").', target: { part: 'documentTitle', field: 'subject' } });
      } else if (profile.header.subjectCase === 'capital' && isLower) {
        out.push({ ruleId: 'required-title', severity: 'warning', message: 'Trích yếu văn bản Nhà nước nên bắt đầu bằng chữ hoa (ví dụ "Kết quả thực hiện nhiệm vụ năm 2025").', target: { part: 'documentTitle', field: 'subject' } });
      }
    }
    return out;
  },
};
