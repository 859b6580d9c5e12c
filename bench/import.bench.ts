/**
 * Import benchmark: a 100-page report (≈ 57,000 words) exported by DuThao,
 * then imported back with `importDocx` (capped reading, mammoth's document
 * reader, layouts, recognition, the document check), beside mammoth's own
 * `convertToHtml` of the same file in the same run, alternating. Prints
 * medians, p95 and the ratio ours / mammoth.
 * Run: `npm run bench -- import`. Target: 100 pages < 1 s.
 */
import mammoth from 'mammoth';
import { exportDocx } from '../main/file-formats/docx/export-docx';
import { importDocx } from '../main/file-formats/docx-import/import-docx';
import { generateReportDoc } from './lib/vietnamese-text';

const WARMUP = 2;
const RUNS = 9;
const TARGET_MS = 1000;

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function line(label: string, xs: readonly number[]): string {
  return `${label.padEnd(40)} median ${quantile(xs, 0.5).toFixed(1).padStart(8)} ms   p95 ${quantile(xs, 0.95).toFixed(1).padStart(8)} ms   (${xs.length} runs)`;
}

async function main(): Promise<void> {
  const doc = generateReportDoc(57_000, 2026);
  const bytes = await exportDocx(doc, { variant: 'final' });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ours: number[] = [];
  const theirs: number[] = [];
  let blocks = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    const r = await importDocx(bytes);
    const dt = performance.now() - t0;
    blocks = r.doc.content?.[2]?.content?.length ?? 0;
    const m0 = performance.now();
    await mammoth.convertToHtml({ buffer });
    const mt = performance.now() - m0;
    if (i >= WARMUP) {
      ours.push(dt);
      theirs.push(mt);
    }
  }
  console.log(`\nNhập từ Word, 100 trang (≈ 57.000 từ): ${(bytes.byteLength / 1024).toFixed(0)} KiB, ${blocks} khối nội dung`);
  console.log(line('  DuThao importDocx (bytes → JSON)', ours));
  console.log(line('  mammoth.convertToHtml (bytes → HTML)', theirs));
  const med = quantile(ours, 0.5);
  console.log(`  mục tiêu < ${TARGET_MS} ms: ${med < TARGET_MS ? 'đạt' : 'CHƯA ĐẠT'}`);
  console.log(`  tỉ lệ DuThao / mammoth: ${(med / quantile(theirs, 0.5)).toFixed(2)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
