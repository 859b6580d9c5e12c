/**
 * Spec §3: the type code must be one of the profile's list, and the type
 * name printed above the subject should be the one that code stands for.
 */
import { typeNamesOf } from '../../profile/profile';
import type { FormatRule } from '../types';

/** Flags a type code not in the profile's list, or a type name that does not match it. */
export const typeCodeRule: FormatRule = {
  id: 'type-code',
  check: ({ header, title, profile }) => {
    const code = header.typeCode.trim();
    if (code === '' && !profile.symbol.documentTypes.some((t) => t.code === '')) return [];
    const names = typeNamesOf(profile, code);
    if (!names) {
      const known = profile.symbol.documentTypes.map((t) => t.code).filter((c) => c !== '').join(', ');
      return [{ ruleId: 'type-code', severity: 'error', message: `Ký hiệu loại văn bản "${code}" không có trong danh mục của thể thức ${profile.name} (${known}).`, target: { part: 'header', field: 'typeCode' } }];
    }
    const typeName = title.documentType.trim().toLocaleUpperCase('vi');
    if (code !== '' && typeName !== '' && !names.includes(typeName)) {
      return [{ ruleId: 'type-code', severity: 'warning', message: `Tên loại "${title.documentType.trim()}" không khớp ký hiệu ${code} (${names.join(' hoặc ')}).`, target: { part: 'documentTitle', field: 'documentType' } }];
    }
    return [];
  },
};
