/**
 * `duthao new`: creates a draft from a template and prints its id;
 * `--year` chooses the year the draft is about (default: this year).
 */
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';
import { isReportYear, REPORT_YEAR_MAX, REPORT_YEAR_MIN } from '../../../common/document/report-year';

/** The `--year` value: the year the draft is about (undefined: this year). */
function parseYear(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const year = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!isReportYear(year)) {
    throw new CliError(`năm không hợp lệ: "${String(value)}" (cần một năm từ ${REPORT_YEAR_MIN} đến ${REPORT_YEAR_MAX}, ví dụ --year 2025)`, `invalid --year ${String(value)}`, 2);
  }
  return year;
}

/** Creates a draft; prints the new id (or the whole draft with --json). */
export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Tạo dự thảo mới từ một mẫu (in ra mã dự thảo)',
  usage: 'duthao new --template MÃ_MẪU [--title TIÊU_ĐỀ] [--year NĂM] [--json]',
  options: { template: { type: 'string', short: 't' }, title: { type: 'string' }, year: { type: 'string' } },
  positionals: [],
  async run(ctx) {
    const templateId = ctx.values['template'];
    if (typeof templateId !== 'string' || templateId === '') {
      throw new CliError('cần chỉ rõ mẫu bằng --template (xem `duthao templates`)', 'missing --template', 2);
    }
    const title = ctx.values['title'];
    const year = parseYear(ctx.values['year']);
    const draft = await ctx.call('createDraft', { templateId, ...(typeof title === 'string' ? { title } : {}), ...(year !== undefined ? { year } : {}) });
    if (ctx.json) return ctx.printJson(draft);
    ctx.print(draft.id);
  },
};
