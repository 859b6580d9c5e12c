/**
 * Spec §4 and §9: place and date are required; the date must be a real date, not in the future.
 * A year alone (day and month blank for the clerk, spec §11) passes on a draft and is a warning on a final copy.
 */
import { parseIsoDate } from '../../document/official-text';
import type { FormatIssue, FormatRule } from '../types';

/** Flags a missing place, a missing, malformed or future date. */
export const placeDateRule: FormatRule = {
  id: 'place-date',
  check: ({ header, today, isDraft }) => {
    const out: FormatIssue[] = [];
    if (header.place.trim() === '') out.push({ ruleId: 'place-date', severity: 'error', message: 'Thiếu địa danh (nơi ban hành).', target: { part: 'header', field: 'place' } });
    const date = header.date.trim();
    if (/^\d{4}$/.test(date)) {
      // Day and month left blank for the clerk (a copy for signing): fine on a draft, a warning on a final copy.
      if (!isDraft)
        out.push({ ruleId: 'place-date', severity: 'warning', message: `Ngày, tháng ban hành còn để trống (năm ${date}): điền trước khi phát hành.`, target: { part: 'header', field: 'date' } });
    } else if (date === '') {
      out.push({ ruleId: 'place-date', severity: 'error', message: 'Thiếu ngày, tháng, năm ban hành.', target: { part: 'header', field: 'date' } });
    } else if (!parseIsoDate(date)) {
      out.push({ ruleId: 'place-date', severity: 'error', message: `Ngày ban hành "${date}" không phải là một ngày hợp lệ.`, target: { part: 'header', field: 'date' } });
    } else if (date > today) {
      out.push({ ruleId: 'place-date', severity: 'warning', message: 'Ngày ban hành ở tương lai: kiểm tra lại ngày, tháng, năm.', target: { part: 'header', field: 'date' } });
    }
    return out;
  },
};
