/**
 * `duthao restore-backup FILE [--dry-run] [--json]`: shows what a backup
 * holds (drafts, dates), then replaces the data with it. The current data
 * is backed up aside first. FILE is a backup's name in the backups folder or
 * any path; a file from elsewhere is first copied into the backups folder.
 */
import { copyFileSync, existsSync, renameSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { BackupPreview } from '../../../common/versions/backup-types';
import { CliError } from '../cli-error';
import type { CliCommand, CliContext } from '../command';
import { columns, formatTime } from '../format';

/** The name, in the backups folder, of the backup FILE refers to (copying it there if needed). */
async function backupName(ctx: CliContext, file: string): Promise<string> {
  const { folder } = await ctx.call('getBackupStatus', {});
  if (/^[A-Za-z0-9._-]+\.db$/.test(file) && existsSync(join(folder, file)) && !existsSync(file)) return file;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch (err) {
    throw new CliError(`không tìm thấy tệp sao lưu ${file}`, (err as Error).message);
  }
  if (resolve(file).startsWith(resolve(folder) + sep) && /^[A-Za-z0-9._-]+\.db$/.test(basename(file))) return basename(file);
  const name = `duthao-${new Date().toISOString().replace(/[:.]/g, '-')}-imported.db`;
  try {
    copyFileSync(file, join(folder, name + '.partial'));
    renameSync(join(folder, name + '.partial'), join(folder, name));
  } catch (err) {
    throw new CliError(`không chép được tệp ${file} vào thư mục sao lưu`, (err as Error).message);
  }
  return name;
}

/** A backup's contents as text. */
export function previewAsText(p: BackupPreview): string {
  const lines = [`Bản sao lưu ${p.fileName}: ${p.drafts.length} dự thảo, thay đổi gần nhất ${p.lastChange ? formatTime(p.lastChange) : '—'}.`];
  if (p.drafts.length > 0) lines.push(columns(p.drafts.map((d) => [formatTime(d.updatedAt), d.inTrash ? '(thùng rác)' : '', d.title])));
  return lines.join('\n');
}

/** Restores a backup. */
export const restoreBackupCommand: CliCommand = {
  name: 'restore-backup',
  summary: 'Khôi phục dữ liệu từ bản sao lưu (dữ liệu hiện tại được sao lưu ra trước)',
  usage: 'duthao restore-backup TỆP.db [--dry-run] [--json]',
  options: { 'dry-run': { type: 'boolean' } },
  positionals: ['TỆP.db'],
  async run(ctx) {
    const fileName = await backupName(ctx, ctx.positionals[0] ?? '');
    const preview = await ctx.call('previewBackup', { fileName });
    if (!preview.sound) throw new CliError(preview.problem ?? 'bản sao lưu không dùng được', `cannot restore ${fileName}`);
    if (ctx.values['dry-run'] === true) return ctx.json ? ctx.printJson(preview) : ctx.print(previewAsText(preview));
    if (!ctx.json) ctx.print(previewAsText(preview));
    const r = await ctx.call('restoreBackup', { fileName });
    if (ctx.json) return ctx.printJson(r);
    ctx.print(`Đã khôi phục. Dữ liệu trước đó được giữ ở ${r.keptAside.path}.`);
  },
};
