/**
 * `duthao backup [-o FILE] [--force] [--json]`: backs up the whole database
 * into the backups folder beside the data and, with -o, copies it to FILE
 * (never over an existing file unless --force).
 */
import { constants, copyFileSync } from 'node:fs';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';

/** Makes a backup now. */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Sao lưu toàn bộ dữ liệu (-o: chép bản sao lưu ra tệp)',
  usage: 'duthao backup [-o TỆP.db] [--force] [--json]',
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  positionals: [],
  async run(ctx) {
    const b = await ctx.call('createBackup', {});
    const out = ctx.values['output'];
    if (typeof out === 'string') {
      if (out === '') throw new CliError('thiếu tên tệp sau -o', 'empty -o', 2);
      try {
        copyFileSync(b.path, out, ctx.values['force'] === true ? 0 : constants.COPYFILE_EXCL);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EEXIST') throw new CliError(`tệp ${out} đã có; thêm --force để ghi đè`, e.message);
        throw new CliError(`không ghi được tệp ${out}`, e.message);
      }
    }
    if (ctx.json) return ctx.printJson(typeof out === 'string' ? { ...b, copiedTo: out } : b);
    ctx.print(`Đã sao lưu vào ${b.path} (${b.bytes.toLocaleString('vi-VN')} byte).`);
    if (typeof out === 'string') ctx.print(`Đã chép bản sao lưu ra ${out}.`);
  },
};
