/**
 * `duthao import FILE.docx [--title …] [--profile dang|nha-nuoc]
 * [--tracked-changes accept|reject] [--shift-year 2024:2025] [--json]`:
 * a new draft from a Word file, its structure recognised; prints the new
 * id and the import report. The file is only read.
 */
import { basename } from 'node:path';
import { importReportLines } from '../../../common/import/word-import';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';
import { readFileArgument } from './merge';

function yearShiftOption(value: string | boolean | undefined): { from: number; to: number } | undefined {
  if (value === undefined) return undefined;
  const m = typeof value === 'string' ? /^(\d{4})[:→>-](\d{4})$/u.exec(value.trim()) : null;
  if (!m) throw new CliError('năm cần chuyển phải có dạng 2024:2025', `--shift-year ${String(value)}`, 2);
  return { from: Number(m[1]), to: Number(m[2]) };
}

/** Imports a .docx as a new draft. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Nhập văn bản từ tệp Word (.docx) thành dự thảo mới',
  usage: 'duthao import TỆP.docx [--title TÊN] [--profile dang|nha-nuoc] [--tracked-changes accept|reject] [--shift-year 2024:2025] [--json]',
  options: {
    title: { type: 'string' },
    profile: { type: 'string' },
    'tracked-changes': { type: 'string' },
    'shift-year': { type: 'string' },
  },
  positionals: ['TỆP.docx'],
  async run(ctx) {
    const path = ctx.positionals[0] ?? '';
    const profile = ctx.values['profile'];
    if (profile !== undefined && profile !== 'dang' && profile !== 'nha-nuoc') throw new CliError('thể thức phải là dang hoặc nha-nuoc', `--profile ${String(profile)}`, 2);
    const tracked = ctx.values['tracked-changes'];
    if (tracked !== undefined && tracked !== 'accept' && tracked !== 'reject') {
      throw new CliError('--tracked-changes phải là accept (chấp nhận tất cả) hoặc reject (từ chối tất cả)', `--tracked-changes ${String(tracked)}`, 2);
    }
    const title = ctx.values['title'];
    const yearShift = yearShiftOption(ctx.values['shift-year']);
    const file = readFileArgument(path, 'tệp Word (.docx)');
    const result = await ctx.call('importWordDocument', {
      file,
      fileName: basename(path),
      ...(typeof title === 'string' ? { title } : {}),
      ...(profile ? { profile } : {}),
      ...(tracked ? { trackedChanges: tracked } : {}),
      ...(yearShift ? { yearShift } : {}),
    });
    if (ctx.json) {
      ctx.printJson(result);
      return;
    }
    ctx.print(`Đã tạo dự thảo ${result.id}: ${result.title}`);
    ctx.print(importReportLines(result.report).join('\n'));
  },
};
