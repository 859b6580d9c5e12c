/**
 * Spec §1: "anything outside the range is a format error". An office may
 * adjust a profile's values, but each chosen value must stay within the range
 * of the official rules, i.e. the shipped profile's range.
 */
import { builtinProfile } from '../../profile/builtin';
import type { FormatIssue, FormatRule } from '../types';

/** Vietnamese names of the adjustable values, by profile path. */
const LABELS: Readonly<Record<string, string>> = {
  'page.margins.top': 'Lề trên',
  'page.margins.bottom': 'Lề dưới',
  'page.margins.left': 'Lề trái',
  'page.margins.right': 'Lề phải',
  'body.size': 'Cỡ chữ nội dung',
  'body.firstLineIndentMm': 'Thụt đầu dòng',
  'body.spacingAfterPt': 'Khoảng cách giữa các đoạn',
  'body.tableSize': 'Cỡ chữ trong bảng',
  'pageNumber.size': 'Cỡ chữ số trang',
  'header.styles.documentType.size': 'Cỡ chữ tên loại văn bản',
  'header.styles.subject.size': 'Cỡ chữ trích yếu',
};

type Json = Record<string, unknown>;

function isRange(v: unknown): v is { default: number; min: number; max: number } {
  return typeof v === 'object' && v !== null && 'default' in v && 'min' in v && 'max' in v;
}

function walk(official: unknown, chosen: unknown, path: string, out: FormatIssue[]): void {
  if (typeof official !== 'object' || official === null || typeof chosen !== 'object' || chosen === null) return;
  if (isRange(official) && isRange(chosen)) {
    if (chosen.default < official.min || chosen.default > official.max) {
      const label = LABELS[path] ?? path;
      out.push({
        ruleId: 'profile-range',
        severity: 'error',
        message: `${label} = ${String(chosen.default).replace('.', ',')} nằm ngoài khoảng cho phép ${String(official.min).replace('.', ',')}–${String(official.max).replace('.', ',')}.`,
        target: { part: 'header', field: path },
      });
    }
    return;
  }
  for (const key of Object.keys(official as Json)) walk((official as Json)[key], (chosen as Json)[key], path ? `${path}.${key}` : key, out);
}

/** Flags each value of the profile in use that lies outside the official range. */
export const profileRangeRule: FormatRule = {
  id: 'profile-range',
  check: ({ profile }) => {
    const out: FormatIssue[] = [];
    const official = builtinProfile(profile.id);
    walk(official, profile, '', out);
    const ls = profile.body.lineSpacing;
    const ols = official.body.lineSpacing;
    if (ls.rule !== ols.rule || ls.value < ols.min || ls.value > ols.max) {
      out.push({
        ruleId: 'profile-range',
        severity: 'error',
        message: `Giãn dòng ${String(ls.value).replace('.', ',')} nằm ngoài khoảng cho phép ${String(ols.min).replace('.', ',')}–${String(ols.max).replace('.', ',')}.`,
        target: { part: 'header', field: 'body.lineSpacing' },
      });
    }
    return out;
  },
};
