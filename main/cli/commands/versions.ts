/**
 * `duthao versions ID [--json]`: a draft's versions, newest first — number,
 * time, what made it, who, words, and the label.
 */
import { VERSION_TRIGGER_LABELS } from '../../../common/versions/types';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';
import { columns, formatTime } from '../format';

/** Parses a version number argument (a positive integer); bad input is a usage error. */
export function versionNumberArgument(text: string | undefined, what = 'số phiên bản'): number {
  const n = Number(text);
  if (!text || !/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliError(`${what} phải là số nguyên dương, ví dụ 2`, `not a version number: ${String(text)}`, 2);
  }
  return n;
}

/** Lists a draft's versions. */
export const versionsCommand: CliCommand = {
  name: 'versions',
  summary: 'Các phiên bản (dự thảo lần N) của một dự thảo',
  usage: 'duthao versions MÃ_DỰ_THẢO [--json]',
  options: {},
  positionals: ['ID'],
  async run(ctx) {
    const list = await ctx.call('listVersions', { draftId: ctx.positionals[0] ?? '' });
    if (ctx.json) return ctx.printJson(list);
    if (list.length === 0) return ctx.print('Dự thảo này chưa có phiên bản nào. Lưu một phiên bản: duthao version save MÃ_DỰ_THẢO --label "…"');
    ctx.print(
      columns(
        list.map((v) => [String(v.number), formatTime(v.createdAt), VERSION_TRIGGER_LABELS[v.trigger], v.author || '—', `${v.words.toLocaleString('vi-VN')} từ`, v.label]),
      ),
    );
  },
};
