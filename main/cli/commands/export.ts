/**
 * `duthao export ID|FILE.json -o OUT.docx [--profile dang|nha-nuoc]
 * [--draft-mark] [--comments]`: writes the official .docx of a draft or of a
 * document/template file, headless, for batch use.
 */
import { writeFileSync } from 'node:fs';
import type { DocJSON } from '../../../common/document/types';
import { builtinProfile } from '../../../common/profile/builtin';
import { isJsonFileArgument, loadDocumentFile } from '../../export/document-source';
import { exportDocx } from '../../export/export-docx';
import { toExportCommentThreads } from '../../review/word-comments';
import { CliError } from '../cli-error';
import type { CliCommand, CliContext } from '../command';

/** Reads the document named by the first positional: a draft id or a JSON file. */
export async function documentFromArgument(ctx: CliContext): Promise<DocJSON> {
  const arg = ctx.positionals[0] ?? '';
  if (!isJsonFileArgument(arg)) return (await ctx.call('getDraft', { id: arg })).doc;
  const loaded = loadDocumentFile(arg);
  if (!loaded.ok) throw new CliError(loaded.message, loaded.detail);
  return loaded.doc;
}

/** Parses `--profile`; undefined when absent. */
export function profileOption(ctx: CliContext): ReturnType<typeof builtinProfile> | undefined {
  const value = ctx.values['profile'];
  if (value === undefined) return undefined;
  if (value !== 'dang' && value !== 'nha-nuoc') throw new CliError('thể thức phải là dang hoặc nha-nuoc', `--profile ${String(value)}`, 2);
  return builtinProfile(value);
}

/** Exports a draft or file to .docx. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Xuất văn bản ra tệp Word (.docx) đúng thể thức',
  usage: 'duthao export MÃ_DỰ_THẢO|TỆP.json -o TỆP.docx|- [--profile dang|nha-nuoc] [--draft-mark] [--comments]   (-o -: ra stdout)',
  options: {
    output: { type: 'string', short: 'o' },
    profile: { type: 'string' },
    'draft-mark': { type: 'boolean' },
    comments: { type: 'boolean' },
  },
  positionals: ['ID'],
  async run(ctx) {
    const out = ctx.values['output'];
    if (typeof out !== 'string' || out === '') throw new CliError('thiếu tên tệp kết quả: thêm -o TỆP.docx', 'missing -o/--output', 2);
    const profile = profileOption(ctx);
    const doc = await documentFromArgument(ctx);
    const arg = ctx.positionals[0] ?? '';
    // A draft's threads travel as Word comments; a JSON file has none.
    const comments =
      ctx.values['comments'] === true && !isJsonFileArgument(arg) ? toExportCommentThreads(await ctx.call('listThreads', { draftId: arg })) : [];
    const bytes = await exportDocx(doc, {
      ...(profile ? { profile } : {}),
      ...(comments.length > 0 ? { comments } : {}),
      variant: ctx.values['draft-mark'] === true ? 'draft' : 'final',
    });
    if (out === '-') return ctx.writeStdoutBytes(bytes);
    try {
      writeFileSync(out, bytes);
    } catch (err) {
      throw new CliError(`không ghi được tệp ${out}`, (err as Error).message);
    }
    if (ctx.json) return ctx.printJson({ output: out, bytes: bytes.byteLength, comments: comments.length });
    ctx.print(`Đã xuất ${out} (${bytes.byteLength.toLocaleString('vi-VN')} byte).`);
    if (ctx.values['comments'] === true) {
      ctx.print(comments.length > 0 ? `Kèm ${comments.length} luồng góp ý.` : 'Chưa có góp ý nào để xuất kèm.');
    }
  },
};
