/**
 * `duthao export-all -o FOLDER [--json]`: every draft (not in the trash) as
 * its final .docx, plus one JSON bundle of all drafts with their documents
 * and comment threads (`duthao-tat-ca-du-thao.json`), into FOLDER, printing
 * progress as it goes. The loop is the one "Xuất tất cả dự thảo" uses in the
 * app (`main/services/export-all/`). Existing files are never overwritten: a
 * name that is taken gets " (2)", " (3)"… A draft that cannot be exported is
 * reported, the others are still exported, and the exit code says so.
 */
import { EXPORT_ALL_BUNDLE_FILE } from '../../../common/export-all/api';
import { runExportAll, type ExportAllStep } from '../../services/export-all/run-export-all';
import { SinkError, folderSink } from '../../services/export-all/sinks';
import { sourceFromCall } from '../../services/export-all/source';
import { CliError, EXIT } from '../cli-error';
import type { CliCommand } from '../command';

/** The bundle's file name. */
export const BUNDLE_FILE = EXPORT_ALL_BUNDLE_FILE;

/** A UI sentence as a CLI message (they start in lower case after "Lỗi: "). */
const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Exports all drafts to a folder. */
export const exportAllCommand: CliCommand = {
  name: 'export-all',
  summary: 'Xuất tất cả dự thảo (Word chính thức + một tệp JSON) vào một thư mục',
  usage: 'duthao export-all -o THƯ_MỤC [--json]',
  options: { output: { type: 'string', short: 'o' } },
  positionals: [],
  async run(ctx) {
    const dir = ctx.values['output'];
    if (typeof dir !== 'string' || dir === '') throw new CliError('thiếu thư mục kết quả: thêm -o THƯ_MỤC', 'missing -o/--output', EXIT.usage);
    let failed = 0;
    let last: ExportAllStep;
    try {
      last = await runExportAll(sourceFromCall(ctx.call), folderSink(dir), {
        yieldBetween: async () => {},
        onProgress: (step) => {
          if (ctx.json || step.current !== null || step.state !== 'running' || step.done === 0) return;
          // A finished draft added either a file or a failure.
          const failure = step.failures.length > failed ? step.failures[step.failures.length - 1] : undefined;
          failed = step.failures.length;
          ctx.print(failure ? `[${step.done}/${step.total}] LỖI “${failure.title}”: ${failure.reason}` : `[${step.done}/${step.total}] ${step.files[step.files.length - 1] ?? ''}`);
        },
      });
    } catch (err) {
      throw err instanceof SinkError ? new CliError(lowerFirst(err.message.replace(/\.$/, '')), err.detail) : err;
    }
    if (ctx.json) ctx.printJson({ folder: dir, files: last.files, bundle: last.bundle, failures: last.failures });
    else ctx.print(`Đã xuất ${last.files.length}/${last.total} dự thảo và ${last.bundle ?? BUNDLE_FILE} vào ${dir}.`);
    if (last.failures.length > 0) {
      throw new CliError(
        `không xuất được ${last.failures.length} dự thảo: ${last.failures.map((f) => `“${f.title}” (${f.reason})`).join('; ')}`,
        `${last.failures.length} draft(s) failed: ${last.failures.map((f) => f.draftId).join(', ')}`,
      );
    }
  },
};
