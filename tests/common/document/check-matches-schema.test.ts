/**
 * The one-walk document check (`checkDocument`) must refuse everything the
 * schema's own check (ProseMirror `nodeFromJSON` + `check`) refuses, accept
 * only what it accepts, and normalise text to NFC without touching a
 * document that is already NFC.
 */
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../common/document/schema';
import type { NodeJSON } from '../../../common/document/types';
import { checkDocument } from '../../../common/document/check';
import { generateReportDoc, seededRandom } from '../../../bench/lib/vietnamese-text';
import { docWith } from '../../helpers/store';

type Mutable = { type?: unknown; attrs?: unknown; content?: unknown; marks?: unknown; text?: unknown };

const NODE_TYPES = ['doc', 'header', 'documentTitle', 'body', 'closing', 'paragraph', 'heading', 'bulletList', 'listItem', 'table', 'tableRow', 'tableCell', 'text', 'hardBreak', 'footnote', 'pageBreak', 'nope'];

function richDoc(): NodeJSON {
  const base = docWith('Đoạn một', '# Tiêu đề');
  const body = base.content![2]!;
  const extra: NodeJSON[] = [
    { type: 'paragraph', content: [{ type: 'text', text: 'đậm', marks: [{ type: 'bold' }, { type: 'italic' }] }, { type: 'hardBreak' }, { type: 'footnote', attrs: { text: 'chú thích' } }, { type: 'text', text: 'góp ý', marks: [{ type: 'comment', attrs: { id: 'a' } }, { type: 'comment', attrs: { id: 'b' } }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ý một' }] }] }] },
    { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }] },
    { type: 'resolutionClause' },
  ];
  return { ...base, content: [base.content![0]!, base.content![1]!, { ...body, content: [...body.content!, ...extra] }, base.content![3]!] };
}

/** All nodes of a tree, for picking a mutation target. */
function nodes(n: Mutable, out: Mutable[] = []): Mutable[] {
  out.push(n);
  if (Array.isArray(n.content)) for (const c of n.content) if (c && typeof c === 'object') nodes(c as Mutable, out);
  return out;
}

function mutate(doc: NodeJSON, rnd: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as Mutable;
  const all = nodes(copy);
  const target = all[Math.floor(rnd() * all.length)]!;
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  switch (Math.floor(rnd() * 9)) {
    case 0: target.type = pick(NODE_TYPES); break;
    case 1: if (Array.isArray(target.content) && target.content.length) target.content.splice(Math.floor(rnd() * target.content.length), 1); break;
    case 2: target.attrs = { ...(target.attrs as object), [pick(['level', 'bogus', 'profile', 'text'])]: 1 }; break;
    case 3: target.marks = pick([[{ type: 'bold' }], [{ type: 'bold' }, { type: 'bold' }], [{ type: 'nope' }], 'bold', [{ type: 'comment', attrs: { id: 'x' } }, { type: 'comment', attrs: { id: 'x' } }]]); break;
    case 4: target.text = pick(['', 'chữ', 5]); break;
    case 5: if (Array.isArray(target.content)) target.content.push(pick([{ type: 'text', text: 'x' }, { type: 'paragraph' }, { type: 'heading', attrs: { level: 2 } }, 'str', null])); break;
    case 6: target.content = pick([[], 'x', undefined]); break;
    case 7: target.attrs = pick([null, [], 'x']); break;
    default: if (Array.isArray(target.content) && target.content.length > 1) target.content.reverse(); break;
  }
  return copy;
}

/** ProseMirror's own verdict on a document JSON. */
function schemaAccepts(json: unknown): boolean {
  try {
    documentSchema.nodeFromJSON(json).check();
    return true;
  } catch {
    return false;
  }
}

describe('checkDocument', () => {
  it('accepts valid documents, including a large generated report', () => {
    expect(checkDocument(richDoc()).ok).toBe(true);
    expect(schemaAccepts(richDoc())).toBe(true);
    const big = generateReportDoc(5000, 3);
    const r = checkDocument(big);
    expect(r.ok && r.doc).toBe(big); // already NFC: the same object, no copy
  });

  it('refuses whatever the schema refuses on 3,000 mutated documents, and names where', () => {
    const rnd = seededRandom(42);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const doc = mutate(richDoc(), rnd);
      const ours = checkDocument(doc);
      // Attribute values are checked more strictly than the schema does (a `profile` of 1), never less.
      if (ours.ok) expect(schemaAccepts(doc), JSON.stringify(doc)).toBe(true);
      if (!schemaAccepts(doc)) expect(ours.ok, JSON.stringify(doc)).toBe(false);
      if (!ours.ok) {
        refused++;
        expect(ours.path).toMatch(/^doc/);
        expect(ours.message).toMatch(/^(Văn bản|Tệp|Phần đầu văn bản|Tên loại và trích yếu|Nội dung|Phần ký và nơi nhận)/);
        expect(ours.detail).toMatch(/^doc/);
      }
    }
    expect(refused).toBeGreaterThan(1000);
  });

  it('normalises decomposed text and string attributes to NFC without changing the input', () => {
    const nfd = (s: string): string => s.normalize('NFD');
    const doc = docWith(nfd('Nghị quyết Đảng ủy'));
    const input: NodeJSON = { ...doc, content: [{ ...doc.content![0]!, attrs: { profile: 'dang', place: nfd('Cần Thơ') } }, doc.content![1]!, doc.content![2]!, { type: 'closing', attrs: { recipients: [nfd('Lưu Văn phòng')] } }] };
    const before = JSON.stringify(input);
    const r = checkDocument(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = JSON.stringify(r.doc);
    expect(out).toBe(out.normalize('NFC'));
    expect(out).toContain('Nghị quyết Đảng ủy'.normalize('NFC'));
    expect(out).toContain('Cần Thơ'.normalize('NFC'));
    expect(out).toContain('Lưu Văn phòng'.normalize('NFC'));
    expect(JSON.stringify(input)).toBe(before);
  });
});
