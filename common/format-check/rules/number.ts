/**
 * Spec §3 and §9: the number and symbol. The type and body codes are
 * required; the number itself may be left blank in a draft (the clerk writes
 * it at issue), which is then only a warning; a number must be digits.
 */
import type { FormatIssue, FormatRule } from '../types';

/** Flags a missing or malformed number, type code or body code. */
export const numberRule: FormatRule = {
  id: 'required-number',
  check: ({ header, profile, isDraft }) => {
    const out: FormatIssue[] = [];
    const id = 'required-number';
    const n = header.number.trim();
    if (n === '') {
      out.push({
        ruleId: id,
        severity: isDraft ? 'warning' : 'error',
        message: isDraft ? 'Chưa có số văn bản (văn thư sẽ ghi số khi ban hành).' : 'Thiếu số văn bản: bản chính thức phải có số.',
        target: { part: 'header', field: 'number' },
      });
    } else if (!/^\d+$/.test(n)) {
      out.push({ ruleId: id, severity: 'error', message: `Số văn bản "${n}" chỉ được gồm chữ số.`, target: { part: 'header', field: 'number' } });
    }
    const typeOptional = profile.symbol.documentTypes.some((t) => t.code === '');
    if (header.typeCode.trim() === '' && !typeOptional) {
      out.push({ ruleId: id, severity: 'error', message: 'Thiếu ký hiệu loại văn bản (ví dụ BC, NQ).', target: { part: 'header', field: 'typeCode' } });
    }
    if (header.bodyCode.trim() === '') {
      out.push({ ruleId: id, severity: 'error', message: 'Thiếu ký hiệu cơ quan ban hành (ví dụ TU, UBND).', target: { part: 'header', field: 'bodyCode' } });
    }
    return out;
  },
};
