/**
 * What a merge of returned comments (a review copy or a Word file) added,
 * in one Vietnamese sentence: "Đã thêm 3 góp ý, 2 trả lời; 1 góp ý không
 * còn đoạn văn."
 */
import type { MergeReport } from '../../../../common/review/api';
import { mergeNotices } from '../../../../common/review/merge-notices';

/** The sentence shown after a merge. */
export function mergeReportText(
  report: Pick<MergeReport, 'addedThreads' | 'addedEntries' | 'detached' | 'skipped' | 'trackedChanges' | 'conflicts' | 'suggestions' | 'wordSuggestions'>,
): string {
  const threads = report.addedThreads.length;
  const replies = report.addedEntries.length;
  const notices = mergeNotices(report);
  if (threads === 0 && replies === 0) {
    const head =
      report.skipped > 0 ? 'Không có góp ý mới: các góp ý trong tệp này đã có trong dự thảo.' : report.conflicts ? 'Không có góp ý mới.' : 'Tệp này không có góp ý nào.';
    return [head, ...notices].join(' ');
  }
  let text = `Đã thêm ${threads} góp ý, ${replies} trả lời`;
  if (report.detached.length > 0) text += `; ${report.detached.length} góp ý không còn đoạn văn`;
  return [`${text}.`, ...notices].join(' ');
}
