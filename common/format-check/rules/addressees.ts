/**
 * Spec §11: the "Kính gửi" block stands under the subject, i.e. first in the
 * body, once, and names at least one addressee.
 */
import { cleanAddressee } from '../../document/addressees';
import type { FormatIssue, FormatRule } from '../types';

/** Flags a Kính gửi block that is not first in the body, appears twice, or names nobody. */
export const addresseesRule: FormatRule = {
  id: 'addressees',
  check: ({ body }) => {
    const out: FormatIssue[] = [];
    (body.content ?? []).forEach((node, i) => {
      if (node.type !== 'addressees') return;
      const target = { part: 'body' as const, path: [i] };
      if (i > 0) out.push({ ruleId: 'addressees', severity: 'warning', message: 'Khối "Kính gửi" phải đứng ngay dưới trích yếu, trước nội dung.', target });
      const names = Array.isArray(node.attrs?.names) ? (node.attrs.names as unknown[]).map((n) => cleanAddressee(String(n))) : [];
      if (names.every((n) => n === '')) out.push({ ruleId: 'addressees', severity: 'warning', message: 'Khối "Kính gửi" chưa có nơi gửi nào.', target });
    });
    return out;
  },
};
