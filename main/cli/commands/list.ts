/**
 * `duthao list`: the drafts library (or the trash), newest change first.
 */
import type { CliCommand } from '../command';
import { columns, formatTime, profileLabel } from '../format';

/** Lists drafts, or the trash with --trash. */
export const listCommand: CliCommand = {
  name: 'list',
  summary: 'Liệt kê các dự thảo (--trash: thùng rác)',
  usage: 'duthao list [--trash] [--json]',
  options: { trash: { type: 'boolean' } },
  positionals: [],
  async run(ctx) {
    const trash = ctx.values['trash'] === true;
    const drafts = await ctx.call('listDrafts', trash ? { trash: true } : {});
    if (ctx.json) return ctx.printJson(drafts);
    if (drafts.length === 0) return ctx.print(trash ? 'Thùng rác trống.' : 'Chưa có dự thảo nào.');
    ctx.print(columns(drafts.map((d) => [d.id, formatTime(d.updatedAt), profileLabel(d.profile), d.title])));
  },
};
