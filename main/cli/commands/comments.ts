/**
 * `duthao comments ID [--json]`: the comment threads of a draft, with their
 * quoted passage, author, status, replies and the detached marker.
 */
import type { Thread } from '../../../common/review/types';
import { threadsAsText } from '../text/threads';
import type { CliCommand } from '../command';

/** One line counting threads by status, detached ones and replies (empty when there are none). */
export function threadsSummary(threads: readonly Thread[]): string {
  if (threads.length === 0) return '';
  const open = threads.filter((t) => t.status === 'open').length;
  const detached = threads.filter((t) => t.detached).length;
  const replies = threads.reduce((n, t) => n + Math.max(0, t.entries.length - 1), 0);
  const parts = [`${open} đang mở`, `${threads.length - open} đã giải quyết`, `${replies} trả lời`];
  if (detached > 0) parts.push(`${detached} đoạn văn đã bị xóa`);
  return `${threads.length} góp ý: ${parts.join(', ')}.`;
}

/** Prints a draft's threads (or the Thread[] JSON of `listThreads`). */
export const commentsCommand: CliCommand = {
  name: 'comments',
  summary: 'Xem các góp ý của một dự thảo',
  usage: 'duthao comments MÃ_DỰ_THẢO [--json]',
  options: {},
  positionals: ['ID'],
  async run(ctx) {
    const threads = await ctx.call('listThreads', { draftId: ctx.positionals[0] ?? '' });
    if (ctx.json) return ctx.printJson(threads);
    const summary = threadsSummary(threads);
    ctx.print(summary === '' ? threadsAsText(threads) : `${summary}\n\n${threadsAsText(threads)}`);
  },
};
