/** Spec §7 and §9: Nơi nhận is required and ends with the Lưu line of the profile. */
import type { FormatRule } from '../types';

/** Flags an empty Nơi nhận, or one whose last line is not the Lưu line. */
export const recipientsRule: FormatRule = {
  id: 'recipients',
  check: ({ closing, profile }) => {
    const lines = closing.recipients.map((r) => r.trim().replace(/^-\s*/, '').replace(/[\s,;.]+$/u, '')).filter((r) => r !== '');
    if (lines.length === 0) return [{ ruleId: 'recipients', severity: 'error', message: 'Nơi nhận đang trống.', target: { part: 'closing', field: 'recipients' } }];
    const last = lines[lines.length - 1]!;
    if (!new RegExp(profile.closing.luuPattern, 'u').test(last)) {
      return [{ ruleId: 'recipients', severity: 'error', message: `Dòng cuối của Nơi nhận phải là dòng lưu (ví dụ "- ${profile.closing.luuExample}").`, target: { part: 'closing', field: 'recipients', path: [lines.length - 1] } }];
    }
    return [];
  },
};
