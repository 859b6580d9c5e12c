/**
 * `duthao import-comments ID FILE.docx [--json]`: takes the comments a
 * reviewer added in Word back into the draft, matched by quoted text.
 */
import type { CliCommand } from '../command';
import { printMergeReport, readInputArgument } from './merge';

/** Imports the Word comments of a .docx into a draft. */
export const importCommentsCommand: CliCommand = {
  name: 'import-comments',
  summary: 'Nhập góp ý (comment) từ tệp Word (.docx), thay đổi được theo dõi thành đề xuất sửa',
  usage: 'duthao import-comments MÃ_DỰ_THẢO TỆP.docx|- [--json]   (-: đọc từ stdin)',
  options: {},
  positionals: ['ID', 'TỆP.docx'],
  async run(ctx) {
    const draftId = ctx.positionals[0] ?? '';
    const file = await readInputArgument(ctx, ctx.positionals[1] ?? '', 'tệp Word (.docx)');
    await printMergeReport(ctx, draftId, await ctx.call('importWordComments', { draftId, file }), 'Tệp Word không có góp ý (comment) nào.');
  },
};
