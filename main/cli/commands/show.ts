/**
 * `duthao show ID`: one draft, its facts and its text.
 */
import type { CliCommand } from '../command';
import { formatTime, profileLabel } from '../format';
import { documentPlainText } from '../plain-text';

/** Prints a draft: title, template, profile, dates and plain text (or the Draft JSON). */
export const showCommand: CliCommand = {
  name: 'show',
  summary: 'Xem một dự thảo',
  usage: 'duthao show MÃ_DỰ_THẢO [--json]',
  options: {},
  positionals: ['ID'],
  async run(ctx) {
    const draft = await ctx.call('getDraft', { id: ctx.positionals[0] ?? '' });
    if (ctx.json) return ctx.printJson(draft);
    const lines = [
      `Tiêu đề:   ${draft.title}`,
      `Mẫu:       ${draft.templateTitle} (${draft.templateId})`,
      `Thể thức:  ${profileLabel(draft.profile)}`,
      `Tạo lúc:   ${formatTime(draft.createdAt)}`,
      `Sửa lúc:   ${formatTime(draft.updatedAt)}`,
    ];
    if (draft.deletedAt) lines.push(`Trong thùng rác từ: ${formatTime(draft.deletedAt)}`);
    ctx.print(`${lines.join('\n')}\n\n${documentPlainText(draft.doc)}`);
  },
};
