/**
 * `duthao version save ID --label "…" [--json]`: "Lưu phiên bản" — freezes
 * the draft's current text as a new version.
 */
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';

/** Saves a version by hand. */
export const versionCommand: CliCommand = {
  name: 'version',
  summary: 'Lưu phiên bản: duthao version save MÃ_DỰ_THẢO --label "Dự thảo lần 2"',
  usage: 'duthao version save MÃ_DỰ_THẢO [--label NHÃN] [--json]',
  options: { label: { type: 'string' } },
  positionals: ['save', 'ID'],
  async run(ctx) {
    if (ctx.positionals[0] !== 'save') {
      throw new CliError('lệnh version chỉ có "save": duthao version save MÃ_DỰ_THẢO --label "…"', `unknown subcommand: ${String(ctx.positionals[0])}`, 2);
    }
    const label = typeof ctx.values['label'] === 'string' ? ctx.values['label'] : '';
    const v = await ctx.call('saveVersion', { draftId: ctx.positionals[1] ?? '', label });
    if (ctx.json) return ctx.printJson(v);
    ctx.print(`Đã lưu phiên bản ${v.number}${v.label ? ` – ${v.label}` : ''}.`);
  },
};
