/**
 * `duthao pack ID -o FILE.duthao [--force]`: writes a review copy of a draft
 * (its text, comments and metadata) for a reviewer on another computer.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Writes the review copy; refuses to replace an existing file unless `--force` (it may be a returned copy not merged yet). */
export const packCommand: CliCommand = {
  name: 'pack',
  summary: 'Đóng gói bản góp ý (.duthao) để gửi người góp ý',
  usage: 'duthao pack MÃ_DỰ_THẢO -o TỆP.duthao|THƯ_MỤC|- [--force] [--json]   (-o -: ra stdout)',
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  positionals: ['ID'],
  async run(ctx) {
    const out = ctx.values['output'];
    if (typeof out !== 'string' || out === '') throw new CliError('thiếu tên tệp bản góp ý: thêm -o TỆP.duthao', 'missing -o/--output', 2);
    const copy = await ctx.call('exportReviewCopy', { draftId: ctx.positionals[0] ?? '' });
    const bytes = Buffer.from(copy.file, 'base64');
    if (out === '-') return ctx.writeStdoutBytes(bytes);
    const path = isDirectory(out) ? join(out, copy.fileName) : out;
    try {
      writeFileSync(path, bytes, { flag: ctx.values['force'] === true ? 'w' : 'wx' });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EEXIST') throw new CliError(`tệp ${path} đã có; chọn tên khác hoặc thêm --force để ghi đè`, e.message);
      throw new CliError(`không ghi được tệp ${path}`, e.message);
    }
    if (ctx.json) return ctx.printJson({ output: path, bytes: bytes.byteLength });
    ctx.print(`Đã ghi bản góp ý ${path} (${bytes.byteLength.toLocaleString('vi-VN')} byte).`);
  },
};
