/**
 * `duthao diff ID A B [--docx OUT] [--json]`: what changed between two
 * versions (A, B: numbers, or "current" / "hientai" for the current text).
 * Text output marks words as [-removed-] and {+added+}; `--docx` also writes
 * the two-column "bảng so sánh".
 */
import { writeFileSync } from 'node:fs';
import type { VersionComparison } from '../../../common/versions/api';
import type { BlockChange, WordPart } from '../../../common/versions/types';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';
import { versionNumberArgument } from './versions';

function ref(text: string | undefined): number | 'current' {
  if (text === 'current' || text === 'hientai' || text === 'hiện-tại') return 'current';
  return versionNumberArgument(text, 'phiên bản so sánh (số, hoặc current)');
}

/** Words with wdiff-style marks. */
function marked(parts: readonly WordPart[]): string {
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}

const KIND: Readonly<Record<BlockChange['kind'], string>> = {
  same: '',
  added: 'Thêm',
  removed: 'Bỏ',
  changed: 'Sửa',
  movedFrom: 'Chuyển đi',
  movedTo: 'Chuyển đến',
  split: 'Tách đoạn',
  merged: 'Gộp đoạn',
};

/** The comparison as plain text, one entry per change. */
export function comparisonAsText(cmp: VersionComparison): string {
  const lines: string[] = [`So sánh: ${cmp.fromLabel} → ${cmp.toLabel}`];
  const { added, removed, changed, moved } = cmp.stats;
  lines.push(`Thêm ${added}, bỏ ${removed}, sửa ${changed}, chuyển chỗ ${moved} khối; ${cmp.fields.length} trường thể thức đổi.`);
  for (const f of cmp.fields) lines.push('', `* ${f.label}: ${marked(f.parts)}`);
  for (const b of cmp.blocks) {
    if (b.kind === 'same') continue;
    lines.push('', `* ${KIND[b.kind]} – ${b.blockLabel}:`);
    if (b.cells) for (const c of b.cells) lines.push(`  ô hàng ${c.row}, cột ${c.column}: ${marked(c.parts)}`);
    else if (b.parts) lines.push(`  ${marked(b.parts)}`);
    else lines.push(`  ${b.before ?? b.after ?? ''}`);
  }
  if (lines.length === 2 && added + removed + changed + moved === 0) lines.push('Hai bản giống nhau.');
  return lines.join('\n');
}

/** Compares two versions of a draft. */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'So sánh hai phiên bản (hoặc với bản hiện tại: current); --docx ghi bảng so sánh',
  usage: 'duthao diff MÃ_DỰ_THẢO A B [--docx TỆP.docx] [--json]   (A, B: số phiên bản hoặc current)',
  options: { docx: { type: 'string' } },
  positionals: ['ID', 'A', 'B'],
  async run(ctx) {
    const draftId = ctx.positionals[0] ?? '';
    const from = ref(ctx.positionals[1]);
    const to = ref(ctx.positionals[2]);
    const cmp = await ctx.call('compareVersions', { draftId, from, to });
    const out = ctx.values['docx'];
    if (typeof out === 'string') {
      if (out === '') throw new CliError('thiếu tên tệp sau --docx', 'empty --docx', 2);
      const file = await ctx.call('exportComparisonDocx', { draftId, from, to });
      try {
        writeFileSync(out, Buffer.from(file.file, 'base64'));
      } catch (err) {
        throw new CliError(`không ghi được tệp ${out}`, (err as Error).message);
      }
    }
    if (ctx.json) return ctx.printJson(cmp);
    ctx.print(comparisonAsText(cmp));
    if (typeof out === 'string') ctx.print(`\nĐã ghi bảng so sánh vào ${out}.`);
  },
};
