/**
 * `duthao new`: creates a draft from a template and prints its id.
 */
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';

/** Creates a draft; prints the new id (or the whole draft with --json). */
export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Tạo dự thảo mới từ một mẫu (in ra mã dự thảo)',
  usage: 'duthao new --template MÃ_MẪU [--title TIÊU_ĐỀ] [--json]',
  options: { template: { type: 'string', short: 't' }, title: { type: 'string' } },
  positionals: [],
  async run(ctx) {
    const templateId = ctx.values['template'];
    if (typeof templateId !== 'string' || templateId === '') {
      throw new CliError('cần chỉ rõ mẫu bằng --template (xem `duthao templates`)', 'missing --template', 2);
    }
    const title = ctx.values['title'];
    const draft = await ctx.call('createDraft', typeof title === 'string' ? { templateId, title } : { templateId });
    if (ctx.json) return ctx.printJson(draft);
    ctx.print(draft.id);
  },
};
