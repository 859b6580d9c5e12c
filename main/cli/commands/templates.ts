/**
 * `duthao templates`: lists the templates a new draft can start from.
 */
import type { CliCommand } from '../command';
import { columns, profileLabel } from '../format';

/** Lists built-in and user templates (broken ones with their reason). */
export const templatesCommand: CliCommand = {
  name: 'templates',
  summary: 'Liệt kê các mẫu văn bản',
  usage: 'duthao templates [--json]',
  options: {},
  positionals: [],
  async run(ctx) {
    const templates = await ctx.call('listTemplates', {});
    if (ctx.json) return ctx.printJson(templates);
    if (templates.length === 0) return ctx.print('Chưa có mẫu nào.');
    ctx.print(
      columns(
        templates.map((t) => [
          t.id,
          profileLabel(t.profile),
          t.source === 'builtin' ? 'có sẵn' : 'của tôi',
          t.broken ? `${t.title} — HỎNG: ${t.broken}` : t.title,
        ]),
      ),
    );
  },
};
