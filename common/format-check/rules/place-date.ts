/** Spec §4 and §9: place and date are required; the date must be a real date, not in the future. */
import { parseIsoDate } from '../../document/official-text';
import type { FormatIssue, FormatRule } from '../types';

/** Flags a missing place, a missing, malformed or future date. */
export const placeDateRule: FormatRule = {
  id: 'place-date',
  check: ({ header, today }) => {
    const out: FormatIssue[] = [];
    if (header.place.trim() === '') out.push({ ruleId: 'place-date', severity: 'error', message: 'Thiếu địa danh (nơi ban hành).', target: { part: 'header', field: 'place' } });
    const date = header.date.trim();
    if (date === '') {
      out.push({ ruleId: 'place-date', severity: 'error', message: 'Thiếu ngày, tháng, năm ban hành.', target: { part: 'header', field: 'date' } });
    } else if (!parseIsoDate(date)) {
      out.push({ ruleId: 'place-date', severity: 'error', message: `Ngày ban hành "${date}" không phải là một ngày hợp lệ.`, target: { part: 'header', field: 'date' } });
    } else if (date > today) {
      out.push({ ruleId: 'place-date', severity: 'warning', message: 'Ngày ban hành ở tương lai: kiểm tra lại ngày, tháng, năm.', target: { part: 'header', field: 'date' } });
    }
    return out;
  },
};
