/**
 * `duthao export-all -o FOLDER [--json]`: every draft (not in the trash) as
 * its final .docx, plus one JSON bundle of all drafts with their documents
 * and comment threads (`duthao-tat-ca-du-thao.json`), into FOLDER, printing
 * progress as it goes. Existing files are never overwritten: a name that is
 * taken gets " (2)", " (3)"…
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';

/** The bundle's file name. */
export const BUNDLE_FILE = 'duthao-tat-ca-du-thao.json';

/** A free file name in `dir`: `name`, or with " (2)", " (3)"… before the extension. */
function freeName(dir: string, name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()) || existsSync(join(dir, candidate)); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function write(path: string, data: Uint8Array | string): void {
  try {
    writeFileSync(path, data, { flag: 'wx' });
  } catch (err) {
    throw new CliError(`không ghi được tệp ${path}`, (err as Error).message);
  }
}

/** Exports all drafts to a folder. */
export const exportAllCommand: CliCommand = {
  name: 'export-all',
  summary: 'Xuất tất cả dự thảo (Word chính thức + một tệp JSON) vào một thư mục',
  usage: 'duthao export-all -o THƯ_MỤC [--json]',
  options: { output: { type: 'string', short: 'o' } },
  positionals: [],
  async run(ctx) {
    const dir = ctx.values['output'];
    if (typeof dir !== 'string' || dir === '') throw new CliError('thiếu thư mục kết quả: thêm -o THƯ_MỤC', 'missing -o/--output', 2);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new CliError(`không tạo được thư mục ${dir}`, (err as Error).message);
    }
    const drafts = await ctx.call('listDrafts', {});
    const taken = new Set<string>();
    const bundle: unknown[] = [];
    const files: string[] = [];
    for (const [i, summary] of drafts.entries()) {
      const draft = await ctx.call('getDraft', { id: summary.id });
      const threads = await ctx.call('listThreads', { draftId: summary.id });
      const docx = await ctx.call('exportDraftDocx', { id: summary.id, variant: 'final' });
      const name = freeName(dir, docx.fileName, taken);
      write(join(dir, name), Buffer.from(docx.file, 'base64'));
      files.push(name);
      bundle.push({ ...draft, threads });
      if (!ctx.json) ctx.print(`[${i + 1}/${drafts.length}] ${name}`);
    }
    const bundleName = freeName(dir, BUNDLE_FILE, taken);
    write(join(dir, bundleName), JSON.stringify({ format: 'duthao-drafts', version: 1, exportedAt: new Date().toISOString(), drafts: bundle }, null, 2));
    if (ctx.json) return ctx.printJson({ folder: dir, files, bundle: bundleName });
    ctx.print(`Đã xuất ${drafts.length} dự thảo và ${bundleName} vào ${dir}.`);
  },
};
