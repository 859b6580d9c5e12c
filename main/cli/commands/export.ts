/**
 * `duthao export ID|FILE.json -o OUT.docx [--profile dang|nha-nuoc]
 * [--draft-mark|--final] [--comments] [--suggestions keep|accept|reject]`: writes the official .docx of a draft
 * or of a document/template file, headless, for batch use. Both go through
 * the API like every other command (`exportDraftDocx`, `exportDocumentDocx`).
 */
import { writeFileSync } from 'node:fs';
import type { ApiArgs } from '../../../common/api/contract';
import type { CopyVariant } from '../../../common/document/copy-variant';
import { SUGGESTION_EXPORTS, type SuggestionExport } from '../../../common/document/suggestions';
import type { ProfileId } from '../../../common/document/types';
import { isJsonFileArgument, loadDocumentFile } from '../../file-formats/docx/document-source';
import { CliError } from '../cli-error';
import type { CliCommand, CliContext, CliOptions } from '../command';

/** A document read from a file, as sent: the API's dispatch and service check it as they check a save. */
type SentDocument = ApiArgs<'exportDocumentDocx'>['doc'];

/** What the document argument names: a saved draft, or a document read from a file. */
export type DocumentArgument = { readonly id: string } | { readonly doc: SentDocument };

/** Reads the first positional: a draft id, or a JSON file (a document or a template file). */
export function documentArgument(ctx: CliContext): DocumentArgument {
  const arg = ctx.positionals[0] ?? '';
  if (!isJsonFileArgument(arg)) return { id: arg };
  const loaded = loadDocumentFile(arg);
  if (!loaded.ok) throw new CliError(loaded.message, loaded.detail);
  return { doc: loaded.doc as SentDocument };
}

/** Parses `--profile`; undefined when absent. */
export function profileOption(ctx: CliContext): ProfileId | undefined {
  const value = ctx.values['profile'];
  if (value === undefined) return undefined;
  if (value !== 'dang' && value !== 'nha-nuoc') throw new CliError('thể thức phải là dang hoặc nha-nuoc', `--profile ${String(value)}`, 2);
  return value;
}

/** The options that choose the copy, shared by `export` and `check`. */
export const VARIANT_OPTIONS: CliOptions = {
  'draft-mark': { type: 'boolean' },
  final: { type: 'boolean' },
};

/** Parses `--draft-mark` / `--final`; undefined when neither is given (the document's header decides). */
export function variantOption(ctx: CliContext): CopyVariant | undefined {
  const draft = ctx.values['draft-mark'] === true;
  const final = ctx.values['final'] === true;
  if (draft && final) throw new CliError('chỉ chọn một trong --draft-mark và --final', '--draft-mark and --final together', 2);
  return draft ? 'draft' : final ? 'final' : undefined;
}

/** Parses `--suggestions keep|accept|reject`; undefined when absent (suggestions kept as Word tracked changes). */
export function suggestionsOption(ctx: CliContext): SuggestionExport | undefined {
  const value = ctx.values['suggestions'];
  if (value === undefined) return undefined;
  const found = SUGGESTION_EXPORTS.find((s) => s === value);
  if (!found) throw new CliError('--suggestions phải là keep (giữ đề xuất sửa), accept (chấp nhận tất cả) hoặc reject (từ chối tất cả)', `--suggestions ${String(value)}`, 2);
  return found;
}

/** Exports a draft or file to .docx. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Xuất văn bản ra tệp Word (.docx) đúng thể thức',
  usage: 'duthao export MÃ_DỰ_THẢO|TỆP.json -o TỆP.docx|- [--profile dang|nha-nuoc] [--draft-mark|--final] [--comments] [--suggestions keep|accept|reject]   (-o -: ra stdout; đề xuất sửa: giữ / chấp nhận tất cả / từ chối tất cả)',
  options: {
    output: { type: 'string', short: 'o' },
    profile: { type: 'string' },
    ...VARIANT_OPTIONS,
    comments: { type: 'boolean' },
    suggestions: { type: 'string' },
  },
  positionals: ['ID'],
  async run(ctx) {
    const out = ctx.values['output'];
    if (typeof out !== 'string' || out === '') throw new CliError('thiếu tên tệp kết quả: thêm -o TỆP.docx', 'missing -o/--output', 2);
    const profile = profileOption(ctx);
    const variant = variantOption(ctx);
    const source = documentArgument(ctx);
    const withComments = ctx.values['comments'] === true;
    const suggestions = suggestionsOption(ctx);
    // A draft's threads travel as Word comments; a JSON file has none.
    const exported =
      'id' in source
        ? await ctx.call('exportDraftDocx', { id: source.id, variant, profile, withComments, ...(suggestions ? { suggestions } : {}) })
        : await ctx.call('exportDocumentDocx', { doc: source.doc, variant, profile, ...(suggestions ? { suggestions } : {}) });
    const comments = exported.comments ?? 0;
    if (out === '-') return ctx.writeStdoutBytes(Buffer.from(exported.file, 'base64'));
    try {
      writeFileSync(out, Buffer.from(exported.file, 'base64'));
    } catch (err) {
      throw new CliError(`không ghi được tệp ${out}`, (err as Error).message);
    }
    if (ctx.json) return ctx.printJson({ output: out, bytes: exported.bytes, comments });
    ctx.print(`Đã xuất ${out} (${exported.bytes.toLocaleString('vi-VN')} byte).`);
    if (withComments) {
      ctx.print(comments > 0 ? `Kèm ${comments} luồng góp ý.` : 'Chưa có góp ý nào để xuất kèm.');
    }
  },
};
