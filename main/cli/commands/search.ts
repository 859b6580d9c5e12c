/**
 * `duthao search QUERY`: diacritic- and case-insensitive search of drafts.
 */
import type { CliCommand } from '../command';

/** Searches titles and text; prints id, title and a snippet per hit. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Tìm dự thảo (không phân biệt dấu, hoa thường)',
  usage: 'duthao search "TỪ KHÓA" [--json]',
  options: {},
  positionals: ['QUERY'],
  variadic: true,
  async run(ctx) {
    const query = ctx.positionals.join(' ');
    const hits = await ctx.call('searchDrafts', { query });
    if (ctx.json) return ctx.printJson(hits);
    if (hits.length === 0) return ctx.print(`Không tìm thấy dự thảo nào khớp với “${query}”.`);
    ctx.print(hits.map((h) => `${h.id}  ${h.title}${h.snippet ? `\n    ${h.snippet.replace(/\s+/g, ' ')}` : ''}`).join('\n'));
  },
};
