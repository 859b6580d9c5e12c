/**
 * `duthao check ID|FILE.json [--profile dang|nha-nuoc] [--draft-mark|--final]`:
 * prints the format check in Vietnamese, through the API like every other
 * command (`checkDocumentFormat`); exits 1 when it finds errors (warnings alone: 0).
 */
import { hasErrors } from '../../../common/format-check/check-format';
import type { FormatIssue } from '../../../common/format-check/types';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';
import { documentArgument, profileOption, VARIANT_OPTIONS, variantOption } from './export';

const PART_LABELS: Readonly<Record<FormatIssue['target']['part'], string>> = {
  header: 'Phần đầu',
  documentTitle: 'Tên loại, trích yếu',
  body: 'Nội dung',
  closing: 'Phần cuối',
};

/** One printed line of an issue. */
export function issueLine(issue: FormatIssue): string {
  return `${issue.severity === 'error' ? 'Lỗi' : 'Lưu ý'} [${PART_LABELS[issue.target.part]}] ${issue.message}`;
}

/** Runs the format check on a draft or file. */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Kiểm tra thể thức văn bản',
  usage: 'duthao check MÃ_DỰ_THẢO|TỆP.json [--profile dang|nha-nuoc] [--draft-mark|--final] [--json]',
  options: { profile: { type: 'string' }, ...VARIANT_OPTIONS },
  positionals: ['ID'],
  async run(ctx) {
    const profile = profileOption(ctx);
    const variant = variantOption(ctx);
    const result = await ctx.call('checkDocumentFormat', { ...documentArgument(ctx), variant, profile });
    const issues = result.issues;
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (ctx.json) ctx.printJson(issues);
    else if (issues.length === 0) ctx.print('Không phát hiện lỗi thể thức.');
    else ctx.print([...issues.map(issueLine), '', `${errors} lỗi, ${issues.length - errors} lưu ý.`].join('\n'));
    if (hasErrors(issues)) throw new CliError(`văn bản có ${errors} lỗi thể thức`, `format check found ${errors} error(s)`, 1);
  },
};
