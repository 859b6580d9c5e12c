/**
 * `duthao merge ID FILE.duthao [--json]`: merges a returned review copy into
 * its draft (new threads and replies only; the text is never overwritten)
 * and prints what it added.
 */
import { readFileSync, statSync } from 'node:fs';
import type { MergeReport } from '../../../common/review/api';
import { mergeNotices } from '../../../common/review/merge-notices';
import { mergeReportAsText, threadsAsText } from '../text/threads';
import { CliError } from '../cli-error';
import type { CliCommand, CliContext } from '../command';

/** The largest file the API accepts (30 M base64 characters). */
const MAX_FILE_BYTES = 22_500_000;

/**
 * Reads the input named on the command line as base64: a file, or stdin when
 * the name is `-`. A missing, empty, too large or unreadable input is a `CliError`.
 */
export async function readInputArgument(ctx: CliContext, path: string, kind: string): Promise<string> {
  if (path !== '-') return readFileArgument(path, kind);
  const bytes = await ctx.readStdin();
  if (bytes.byteLength === 0) throw new CliError(`stdin trống, không phải ${kind}`, 'empty stdin');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new CliError('dữ liệu trên stdin quá lớn (tối đa khoảng 22 MB)', `stdin holds ${bytes.byteLength} bytes`);
  return bytes.toString('base64');
}

/** Reads the file named on the command line as base64; a missing, empty or unreadable file is a `CliError`. */
export function readFileArgument(path: string, kind: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path} là thư mục, không phải ${kind}`, 'EISDIR: is a directory');
    size = st.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new CliError(`không tìm thấy tệp ${path}`, e.message);
    throw new CliError(`không đọc được tệp ${path}`, e.message);
  }
  if (size === 0) throw new CliError(`tệp ${path} trống, không phải ${kind}`, 'empty file');
  if (size > MAX_FILE_BYTES) throw new CliError(`tệp ${path} quá lớn (tối đa khoảng 22 MB)`, `file is ${size} bytes`);
  try {
    return readFileSync(path).toString('base64');
  } catch (err) {
    throw new CliError(`không đọc được tệp ${path}`, (err as Error).message);
  }
}

/**
 * Prints a merge report: one sentence, then the threads that gained
 * something (or the report as JSON). `noneInFile` is said instead when the
 * file held no comment at all (rather than only ones merged before).
 */
export async function printMergeReport(ctx: CliContext, draftId: string, report: MergeReport, noneInFile: string): Promise<void> {
  if (ctx.json) return ctx.printJson(report);
  const nothing = report.addedThreads.length === 0 && report.addedEntries.length === 0;
  if (nothing && report.skipped === 0 && !report.conflicts) return ctx.print([noneInFile, ...mergeNotices(report)].join(' '));
  const sentence = mergeReportAsText(report);
  const touched = new Set([...report.addedThreads.map((t) => t.id), ...report.addedEntries.map((e) => e.threadId)]);
  if (touched.size === 0) return ctx.print(sentence);
  const threads = (await ctx.call('listThreads', { draftId })).filter((t) => touched.has(t.id));
  ctx.print(`${sentence}\n\n${threadsAsText(threads)}`);
}

/** Merges a returned review copy into its draft. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'Nhập góp ý từ bản góp ý (.duthao) gửi về',
  usage: 'duthao merge MÃ_DỰ_THẢO TỆP.duthao|- [--json]   (-: đọc từ stdin)',
  options: {},
  positionals: ['ID', 'TỆP.duthao'],
  async run(ctx) {
    const draftId = ctx.positionals[0] ?? '';
    const file = await readInputArgument(ctx, ctx.positionals[1] ?? '', 'bản góp ý (.duthao)');
    await printMergeReport(ctx, draftId, await ctx.call('mergeReviewCopy', { draftId, file }), 'Bản góp ý không có góp ý nào.');
  },
};
