/**
 * Plain-text forms of threads and merge reports for the CLI
 * (`duthao comments`, `duthao merge`, `duthao import-comments`): one block
 * per thread with its status, quoted passage and messages; one line saying
 * what a merge added.
 */
import type { MergeReport } from '../../../common/review/api';
import { mergeNotices } from '../../../common/review/merge-notices';
import { DETACHED_LABEL, STATUS_LABELS, type Author, type Thread } from '../../../common/review/types';
import { formatTime } from '../format';

const QUOTE_MAX = 80;

function who(a: Author): string {
  return a.role ? `${a.name} (${a.role})` : a.name;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The threads as text, one block per thread, blocks separated by a blank line. */
export function threadsAsText(threads: readonly Thread[]): string {
  if (threads.length === 0) return 'Chưa có góp ý nào.';
  return threads
    .map((t) => {
      const head = `[${STATUS_LABELS[t.status]}${t.detached ? ` · ${DETACHED_LABEL}` : ''}] «${oneLine(t.quote, QUOTE_MAX)}»  (${t.id})`;
      const lines = t.entries.map((e, i) => {
        const body = e.deleted ? '(đã xóa)' : e.body.replace(/\n/g, '\n      ');
        return `  ${i === 0 ? '•' : '↳'} ${who(e.author)}, ${formatTime(e.createdAt)}${e.editedAt && !e.deleted ? ' (đã sửa)' : ''}:\n      ${body}`;
      });
      return [head, ...lines].join('\n');
    })
    .join('\n\n');
}

/** What a merge added, in one sentence. */
export function mergeReportAsText(report: Pick<MergeReport, 'addedThreads' | 'addedEntries' | 'detached' | 'trackedChanges' | 'conflicts'>): string {
  const { addedThreads, addedEntries, detached } = report;
  const notices = mergeNotices(report);
  if (addedThreads.length === 0 && addedEntries.length === 0) return ['Không có góp ý mới (đã nhập trước đó).', ...notices].join(' ');
  const parts = [`${addedThreads.length} góp ý mới`, `${addedEntries.length} trả lời mới`];
  const tail = detached.length > 0 ? `; ${detached.length} góp ý không còn đoạn văn trong dự thảo (giữ lại, đánh dấu "${DETACHED_LABEL.toLowerCase()}")` : '';
  return [`Đã thêm ${parts.join(', ')}${tail}.`, ...notices].join(' ');
}
