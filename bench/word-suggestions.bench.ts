/**
 * Word tracked changes → suggestions: a 100-page report (≈ 57,000 words)
 * with N suggested replacements is exported with tracked changes, then the
 * .docx is taken back onto the original draft (reading the changes, finding
 * each passage, adding the marks). The baseline, in the same process and
 * alternating, is reading the same file's comments and text (the existing
 * "Nhập góp ý từ Word" path). Run with N = 250 and N = 2,000 replacements
 * (500 and 4,000 tracked changes, under the cap of 5,000): the per-change
 * cost staying flat shows the merge is linear.
 * Run: `npm run bench -- word-suggestions`.
 */
import { exportDocx } from '../main/file-formats/docx/export-docx';
import { readWordComments } from '../main/file-formats/ooxml/word-comments-read';
import { readWordTrackedChanges } from '../main/file-formats/ooxml/word-tracked-changes-read';
import { mergeWordSuggestions } from '../main/services/review/word-suggestions-merge';
import type { DocJSON, NodeJSON } from '../common/document/types';
import { generateReportDoc } from './lib/vietnamese-text';

const WARMUP = 1;
const RUNS = 5;

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** The document with `n` suggested replacements (a word deleted, another inserted), spread over the body's paragraphs. */
function withReplacements(doc: DocJSON, n: number): DocJSON {
  const body = doc.content!.find((c) => c.type === 'body')!;
  const paras: NodeJSON[] = [];
  const walk = (node: NodeJSON) => {
    if (node.type === 'paragraph' && (node.content ?? []).length === 1 && (node.content![0]!.text ?? '').split(' ').length > 8) paras.push(node);
    else (node.content ?? []).forEach(walk);
  };
  walk(body);
  const chosen = new Map<NodeJSON, number>();
  for (let i = 0; i < n; i++) {
    const p = paras[Math.floor((i * paras.length) / n)]!;
    chosen.set(p, (chosen.get(p) ?? 0) + 1);
  }
  let id = 0;
  const by = { author: 'Lãnh đạo', date: '2026-12-01T08:00:00Z' };
  const mapNode = (node: NodeJSON): NodeJSON => {
    const count = chosen.get(node);
    if (count) {
      const words = node.content![0]!.text!.split(' ');
      const out: NodeJSON[] = [];
      let from = 0;
      for (let k = 0; k < count; k++) {
        const at = Math.min(words.length - 2, 2 + k * 3);
        if (at <= from) break;
        out.push({ type: 'text', text: `${k > 0 ? ' ' : ''}${words.slice(from, at).join(' ')} ` });
        const sid = `s-b${id++}`;
        out.push({ type: 'text', text: words[at]!, marks: [{ type: 'deletion', attrs: { id: sid, ...by } }] });
        out.push({ type: 'text', text: `mới${k}`, marks: [{ type: 'insertion', attrs: { id: sid, ...by } }] });
        from = at + 1;
      }
      out.push({ type: 'text', text: ` ${words.slice(from).join(' ')}` });
      return { ...node, content: out };
    }
    return node.content ? { ...node, content: node.content.map(mapNode) } : node;
  };
  return mapNode(doc) as DocJSON;
}

async function measure(original: DocJSON, n: number): Promise<void> {
  const bytes = await exportDocx(withReplacements(original, n), { variant: 'draft' });
  const ours: number[] = [];
  const base: number[] = [];
  let added = 0;
  let changes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    const tracked = await readWordTrackedChanges(bytes);
    const r = mergeWordSuggestions({ draftId: 'bench', doc: original }, tracked);
    const dt = performance.now() - t0;
    const b0 = performance.now();
    await readWordComments(bytes);
    const bt = performance.now() - b0;
    added = r.added;
    changes = tracked.changes.length;
    if (i >= WARMUP) {
      ours.push(dt);
      base.push(bt);
    }
  }
  const med = quantile(ours, 0.5);
  console.log(`  ${String(n).padStart(5)} chỗ thay (${changes} thay đổi đọc được, ${added} đã thêm): median ${med.toFixed(0)} ms, p95 ${quantile(ours, 0.95).toFixed(0)} ms; ${(med / Math.max(1, changes)).toFixed(3)} ms/thay đổi; đọc góp ý cùng tệp (baseline) median ${quantile(base, 0.5).toFixed(0)} ms, tỉ lệ ${(med / quantile(base, 0.5)).toFixed(2)}`);
}

async function main(): Promise<void> {
  const original = generateReportDoc(57_000, 2026);
  console.log('\nThay đổi được theo dõi → đề xuất sửa, báo cáo 100 trang (≈ 57.000 từ):');
  await measure(original, 250);
  await measure(original, 2_000);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
