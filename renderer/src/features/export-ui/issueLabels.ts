/**
 * Vietnamese labels for format issues: severity and the part of the
 * document where an issue is.
 */
import type { FormatIssue, FormatTarget } from '../../../../common/format-check/types';

/** What each severity is called in the UI. */
export const SEVERITY_LABELS: Readonly<Record<FormatIssue['severity'], string>> = {
  error: 'Lỗi thể thức',
  warning: 'Lưu ý',
};

/** The badge letter shown before an issue (ASCII: every font has it; CSS colours it by severity). */
export const SEVERITY_ICONS: Readonly<Record<FormatIssue['severity'], string>> = {
  error: '!',
  warning: 'i',
};

/** What each part of the document is called in the UI. */
export const PART_LABELS: Readonly<Record<FormatTarget['part'], string>> = {
  header: 'Phần đầu',
  documentTitle: 'Tên loại và trích yếu',
  body: 'Nội dung',
  closing: 'Phần kết thúc',
};

/** A one-line summary of a list of issues, e.g. "2 lỗi, 1 lưu ý". */
export function issueSummary(issues: readonly FormatIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (issues.length === 0) return 'Không phát hiện lỗi thể thức.';
  const parts: string[] = [];
  if (errors) parts.push(`${errors} lỗi`);
  if (warnings) parts.push(`${warnings} lưu ý`);
  return `${parts.join(', ')}.`;
}
