/** Spec §3: the printed number line must fit the profile's pattern (`Số 123-BC/TU`, `Số: 45/BC-UBND`). */
import { composeDocumentNumber } from '../../document/official-text';
import type { FormatRule } from '../types';

/** Flags a number-and-symbol line that does not fit the profile's pattern. */
export const numberPatternRule: FormatRule = {
  id: 'number-pattern',
  check: ({ header, profile }) => {
    const n = header.number.trim();
    // A missing body code or a non-digit number is reported by `required-number`.
    if (header.bodyCode.trim() === '' || (n !== '' && !/^\d+$/.test(n))) return [];
    const printed = composeDocumentNumber(profile.id, header.number, header.typeCode, header.bodyCode);
    if (new RegExp(profile.symbol.pattern, 'u').test(printed)) return [];
    return [
      {
        ruleId: 'number-pattern',
        severity: 'error',
        message: `Số và ký hiệu "${printed.trim()}" không đúng mẫu của thể thức ${profile.name} (ví dụ: ${profile.symbol.example}).`,
        target: { part: 'header', field: 'number' },
      },
    ];
  },
};
