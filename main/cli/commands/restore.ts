/**
 * `duthao restore ID N [--json]`: puts version N's text back as the draft's
 * current text. The text it replaces is kept as a version first, and the
 * restore is itself a new version: nothing is overwritten.
 */
import type { CliCommand } from '../command';
import { versionNumberArgument } from './versions';

/** Restores a version. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Khôi phục một phiên bản (tạo phiên bản mới, không ghi đè)',
  usage: 'duthao restore MÃ_DỰ_THẢO SỐ_PHIÊN_BẢN [--json]',
  options: {},
  positionals: ['ID', 'N'],
  async run(ctx) {
    const number = versionNumberArgument(ctx.positionals[1]);
    const r = await ctx.call('restoreVersion', { draftId: ctx.positionals[0] ?? '', number });
    if (ctx.json) return ctx.printJson(r);
    ctx.print(`Đã khôi phục phiên bản ${number}; bản vừa thay được giữ trong danh sách phiên bản. Phiên bản mới: ${r.version.number}.`);
  },
};
