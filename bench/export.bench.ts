/**
 * Export benchmark: document JSON → .docx bytes with `exportDocx` for a
 * 100-page (≈ 57,000 words) and a 300-page (≈ 170,000 words) report, and
 * beside it, in the same run, pandoc converting the same content written as
 * HTML to .docx. Prints medians, p95 and the ratio ours / pandoc.
 * Run: `npm run bench -- export`. Targets: 300 pages < 500 ms, ours/pandoc ≤ 0.2.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeDocumentNumber, formatDateLine } from '../common/document/official-text';
import type { DocJSON, NodeJSON } from '../common/document/types';
import { exportDocx } from '../main/file-formats/docx/export-docx';
import { generateReportDoc } from './lib/vietnamese-text';

const WARMUP = 2;
const RUNS = 11;
const PANDOC_RUNS = 7;

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inlineHtml(nodes: readonly NodeJSON[] | undefined): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '<br>';
      if (n.type !== 'text') return '';
      let t = escapeHtml(n.text ?? '');
      for (const m of n.marks ?? []) t = m.type === 'bold' ? `<strong>${t}</strong>` : m.type === 'italic' ? `<em>${t}</em>` : m.type === 'underline' ? `<u>${t}</u>` : t;
      return t;
    })
    .join('');
}

/** The same content as an HTML page: header table, title, body, closing. */
function toHtml(doc: DocJSON): string {
  const part = (type: string) => (doc.content ?? []).find((n) => n.type === type)?.attrs ?? {};
  const h = part('header') as Record<string, string>;
  const t = part('documentTitle') as Record<string, string>;
  const c = part('closing') as { authority: string; signerTitle: string; signerName: string; recipients: string[] };
  const body = (doc.content ?? []).find((n) => n.type === 'body')?.content ?? [];
  const blocks = body.map((n) => {
    if (n.type === 'heading') return `<h${n.attrs?.level ?? 1}>${inlineHtml(n.content)}</h${n.attrs?.level ?? 1}>`;
    if (n.type === 'paragraph') return `<p>${inlineHtml(n.content)}</p>`;
    return '';
  });
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head><body>',
    `<table><tr><td><p>${escapeHtml(h.superiorBody ?? '')}</p><p><strong>${escapeHtml(h.issuingBody ?? '')}</strong></p><p>*</p></td><td><p><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></p></td></tr>`,
    `<tr><td><p>${escapeHtml(composeDocumentNumber('dang', h.number ?? '', h.typeCode ?? '', h.bodyCode ?? ''))}</p></td><td><p><em>${escapeHtml(formatDateLine(h.place ?? '', h.date ?? ''))}</em></p></td></tr></table>`,
    `<p><strong>${escapeHtml(t.documentType ?? '')}</strong></p><p><strong>${escapeHtml(t.subject ?? '')}</strong></p><p>-----</p>`,
    ...blocks,
    `<table><tr><td><p><u>Nơi nhận:</u></p>${c.recipients.map((r) => `<p>- ${escapeHtml(r)}</p>`).join('')}</td>`,
    `<td><p><strong>${escapeHtml(c.authority)}</strong></p><p>${escapeHtml(c.signerTitle)}</p><p><strong>${escapeHtml(c.signerName)}</strong></p></td></tr></table>`,
    '</body></html>',
  ].join('\n');
}

function line(label: string, xs: readonly number[]): string {
  return `${label.padEnd(34)} median ${quantile(xs, 0.5).toFixed(1).padStart(8)} ms   p95 ${quantile(xs, 0.95).toFixed(1).padStart(8)} ms   (${xs.length} runs)`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-export-bench-'));
  let pandocOk = true;
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
  } catch {
    pandocOk = false;
    console.log('pandoc không có trên máy này: bỏ qua phần so sánh (pandoc not found).');
  }
  try {
    for (const [label, words, target] of [
      ['100 trang (≈ 57.000 từ)', 57_000, null],
      ['300 trang (≈ 170.000 từ)', 170_000, 500],
    ] as const) {
      const doc = generateReportDoc(words, 2026);
      const html = join(dir, `report-${words}.html`);
      const out = join(dir, `report-${words}.docx`);
      writeFileSync(html, toHtml(doc));
      // Ours and pandoc alternate, so both see the same load on a shared machine.
      const ours: number[] = [];
      const pandoc: number[] = [];
      let size = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const t0 = performance.now();
        const bytes = await exportDocx(doc, { variant: 'final' });
        const dt = performance.now() - t0;
        size = bytes.byteLength;
        if (i >= WARMUP) ours.push(dt);
        if (pandocOk && i >= WARMUP && pandoc.length < PANDOC_RUNS) {
          const p0 = performance.now();
          execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', out, html]);
          pandoc.push(performance.now() - p0);
        }
      }
      console.log(`\nXuất Word, ${label}: ${(size / 1024).toFixed(0)} KiB`);
      console.log(line('  DuThao exportDocx (JSON → bytes)', ours));
      if (target !== null) {
        const med = quantile(ours, 0.5);
        console.log(`  mục tiêu < ${target} ms: ${med < target ? 'đạt' : 'CHƯA ĐẠT'}`);
      }
      if (!pandocOk) continue;
      console.log(line('  pandoc -f html -t docx', pandoc) + `   ${(statSync(out).size / 1024).toFixed(0)} KiB`);
      const ratio = quantile(ours, 0.5) / quantile(pandoc, 0.5);
      console.log(`  tỉ lệ DuThao / pandoc: ${ratio.toFixed(3)} (mục tiêu ≤ 0,2: ${ratio <= 0.2 ? 'đạt' : 'CHƯA ĐẠT'})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
