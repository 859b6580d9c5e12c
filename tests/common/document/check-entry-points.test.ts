/**
 * The one gatekeeper (`checkDocument`): each hole of issue 8 §1 as a repro
 * that the old checks let through (or crashed on), through the entry points a
 * user reaches: save, a review copy, the editor's open, export to Word.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../common/api/contract';
import { callOk } from '../../helpers/dispatch';
import { checkDocument, type CheckResult } from '../../../common/document/check';
import { cleanText } from '../../../common/document/clean-text';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { salvageDocument } from '../../../common/document/salvage';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { packReviewCopy, readReviewCopy } from '../../../main/file-formats/review-copy/review-copy';
import { openServices, type Services } from '../../../main/services/open-services';
import { loadDocument } from '../../../renderer/src/editor/loadDocument';
import { reviewer } from '../../helpers/review-fixtures';
import { docWith, tempDir } from '../../helpers/store';
import { TEMPLATES_DIR } from '../../helpers/repo';

const p = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h1 = (text: string): NodeJSON => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] });

/** A document whose body holds `blocks`, with the given header and closing attrs. */
function docOf(blocks: readonly NodeJSON[], header: Record<string, unknown> = { profile: 'dang' }, closing: Record<string, unknown> = { recipients: ['Lưu Văn phòng'] }): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'header', attrs: header },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tổng kết năm' } },
      { type: 'body', content: blocks },
      { type: 'closing', attrs: closing },
    ],
  };
}

function tableWithCell(attrs: Record<string, unknown>): NodeJSON {
  return { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs, content: [p('7,12%')] }] }] };
}

function refused(r: CheckResult): { path: string; message: string; detail: string } {
  if (r.ok) throw new Error('expected the document to be refused');
  return r;
}

describe('checkDocument refuses bad attribute values, naming the part', () => {
  it('a colspan of 100,000,000 (crashed export and the tab) is refused in "Nội dung, mục II, bảng 1"', () => {
    const r = refused(checkDocument(docOf([h1('Kinh tế'), p('Mở đầu'), h1('Xã hội'), tableWithCell({ colspan: 100_000_000 })])));
    expect(r.path).toBe('doc.content[2].content[3].content[0].content[0].attrs.colspan');
    expect(r.message).toBe('Nội dung, mục II, bảng 1: số cột gộp (colspan) không hợp lệ (cần số nguyên từ 1 đến 63).');
    expect(r.detail).toMatch(/colspan: expected an integer 1–63, got 100000000/);
  });

  it('colspan and rowspan must be integers 1–63', () => {
    for (const attrs of [{ colspan: 0 }, { colspan: 64 }, { rowspan: 1.5 }, { rowspan: '2' }, { colspan: -1 }]) {
      expect(checkDocument(docOf([tableWithCell(attrs)])).ok, JSON.stringify(attrs)).toBe(false);
    }
    expect(checkDocument(docOf([tableWithCell({ colspan: 63, rowspan: 2 })])).ok).toBe(true);
  });

  it('a heading level beyond the profile\'s three levels is refused', () => {
    for (const level of [0, 4, 7, -1, 2.5, '1']) {
      const r = checkDocument(docOf([{ type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'Tiêu đề' }] }]));
      expect(r.ok, String(level)).toBe(false);
    }
    const r = refused(checkDocument(docOf([{ type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Sâu' }] }])));
    expect(r.message).toMatch(/^Nội dung: cấp đề mục 4 không hợp lệ \(thể thức này chỉ có 3 cấp\)/);
    expect(checkDocument(docOf([{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'a' }] }])).ok).toBe(true);
    expect(checkDocument(docOf([{ type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'a' }] }]), { maxHeadingLevel: 4 }).ok).toBe(true);
  });

  it('recipients must be an array of bounded strings', () => {
    const r = refused(checkDocument(docOf([p('x')], { profile: 'dang' }, { recipients: [1, 2] })));
    expect(r.message).toBe('Phần ký và nơi nhận: nơi nhận không hợp lệ (cần danh sách các dòng chữ).');
    expect(r.path).toBe('doc.content[3].attrs.recipients');
    expect(checkDocument(docOf([p('x')], { profile: 'dang' }, { recipients: 'Như trên' })).ok).toBe(false);
    expect(checkDocument(docOf([p('x')], { profile: 'dang' }, { recipients: ['x'.repeat(501)] })).ok).toBe(false);
    expect(checkDocument(docOf([p('x')], { profile: 'dang' }, { recipients: Array.from({ length: 201 }, () => 'Ban') })).ok).toBe(false);
  });

  it('header choices, dates and every string attribute are bounded', () => {
    expect(refused(checkDocument(docOf([p('x')], { profile: 'tinh' }))).message).toMatch(/^Phần đầu văn bản: thể thức không hợp lệ/);
    expect(checkDocument(docOf([p('x')], { profile: 'dang', date: '30/11/2024' })).ok).toBe(false);
    expect(checkDocument(docOf([p('x')], { profile: 'dang', urgency: 'GẤP' })).ok).toBe(false);
    expect(checkDocument(docOf([p('x')], { profile: 'dang', draftMark: 'yes' })).ok).toBe(false);
    expect(checkDocument(docOf([p('x')], { profile: 'dang', issuingBody: 'Đ'.repeat(100_000) })).ok).toBe(false);
    const footnote = { type: 'paragraph', content: [{ type: 'footnote', attrs: { text: 'x'.repeat(20_001) } }] };
    expect(refused(checkDocument(docOf([footnote]))).message).toMatch(/^Nội dung: chú thích không hợp lệ \(cần tối đa 20000 ký tự\)/);
    const comment = { type: 'paragraph', content: [{ type: 'text', text: 'góp ý', marks: [{ type: 'comment', attrs: { id: 42 } }] }] };
    expect(checkDocument(docOf([comment])).ok).toBe(false);
  });
});

describe('checkDocument on hostile shapes', () => {
  it('a 100,000-deep nesting is a clear error, not a stack overflow', () => {
    let inner: NodeJSON = p('đáy');
    for (let i = 0; i < 50_000; i++) inner = { type: 'bulletList', content: [{ type: 'listItem', content: [p('mục'), inner] }] };
    const doc = docOf([inner]);
    const r = refused(checkDocument(doc));
    expect(r.message).toBe('Nội dung: các phần lồng nhau quá sâu (quá 100 tầng).');
    expect(r.detail).toMatch(/nesting deeper than 100 levels/);
    // The editor opens it with the text it could read, flattened.
    const loaded = loadDocument(doc);
    expect(loaded.notice).toMatch(/lồng nhau quá sâu/);
    expect(checkDocument(loaded.doc).ok).toBe(true);
    expect(JSON.stringify(loaded.doc)).toContain('đáy');
  });

  it('a text with 200,000 comment marks is refused at once, not checked pair by pair', () => {
    const marks = Array.from({ length: 200_000 }, (_, i) => ({ type: 'comment', attrs: { id: `t${i}` } }));
    const r = refused(checkDocument(docOf([{ type: 'paragraph', content: [{ type: 'text', text: 'góp ý', marks }] }])));
    expect(r.message).toBe('Nội dung: một đoạn chữ có quá nhiều định dạng (hơn 100).');
  });

  it('never throws on any JSON value', () => {
    for (const v of [null, 1, 'doc', [], {}, { type: 'doc' }, { type: 'doc', content: 'x' }, { type: 'doc', content: [null] }]) {
      expect(checkDocument(v).ok).toBe(false);
    }
  });
});

describe('checkDocument cleans text for XML', () => {
  it('removes U+FFFE, U+FFFF, lone surrogates and C0 controls, keeps emoji pairs, tabs and NFC', () => {
    const dirty = 'Tăng\uFFFF 7,12%\uD800 so\u0007 với\uFFFE năm\uDC00 trước 😀\t'.normalize('NFD');
    const r = checkDocument(docOf([p(dirty)], { profile: 'dang', place: 'Hà\uFFFF Nội' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const body = r.doc.content![2]!.content![0]!.content![0]!.text;
    expect(body).toBe('Tăng 7,12% so với năm trước 😀\t');
    expect(r.doc.content![0]!.attrs!.place).toBe('Hà Nội');
  });

  it('drops a text node that held only forbidden characters', () => {
    const doc = docOf([{ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'text', text: '\uFFFF\uD800' }, { type: 'text', text: 'b', marks: [{ type: 'bold' }] }] }]);
    const r = checkDocument(doc);
    expect(r.ok && r.doc.content![2]!.content![0]!.content).toEqual([{ type: 'text', text: 'a' }, { type: 'text', text: 'b', marks: [{ type: 'bold' }] }]);
  });

  it('salvage uses the same rules: a bad value becomes the default, the text stays', () => {
    const r = salvageDocument(docOf([tableWithCell({ colspan: 100_000_000 }), { type: 'heading', attrs: { level: 7 }, content: [{ type: 'text', text: 'Sâu\uFFFF' }] }]));
    expect(checkDocument(r.doc).ok).toBe(true);
    expect(JSON.stringify(r.doc)).toContain('7,12%');
    expect(JSON.stringify(r.doc)).toContain('"Sâu"');
  });
});

describe('every entry point uses the gatekeeper', () => {
  let dir: { dir: string; cleanup: () => void };
  let services: Services;
  let dispatch: Dispatch;

  beforeEach(() => {
    dir = tempDir('duthao-check-');
    services = openServices({ dataDir: dir.dir, templatesDir: TEMPLATES_DIR, appVersion: 't' });
    dispatch = createDispatch(services.handlers);
  });
  afterEach(() => {
    services.close();
    dir.cleanup();
  });

  function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
    return callOk(dispatch, method, args);
  }

  it('save refuses a bad colspan with a Vietnamese message naming the table, and keeps the stored draft', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Bảng' });
    await call('saveDraft', { id: d.id, doc: docWith('Đoạn đã lưu') });
    const r = await dispatch('saveDraft', { id: d.id, doc: docOf([tableWithCell({ colspan: 100_000_000 })]) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_ARGUMENT');
    expect(r.error.message).toMatch(/chưa được lưu\. Nội dung, bảng 1: số cột gộp \(colspan\) không hợp lệ/);
    expect(JSON.stringify((await call('getDraft', { id: d.id })).doc)).toContain('Đoạn đã lưu');
  });

  it('a review copy with colspan 100,000,000 is refused, not merged', () => {
    const bytes = packReviewCopy({
      draftId: 'd1',
      title: 'Báo cáo',
      profile: 'dang',
      exportedAt: '2026-11-21T09:00:00.000Z',
      exportedBy: reviewer,
      doc: docOf([tableWithCell({ colspan: 100_000_000 })]),
      threads: [],
    });
    expect(() => readReviewCopy(bytes)).toThrow(/bảng 1: số cột gộp/);
  });

  it('U+FFFF and a lone surrogate in saved text give a .docx that python-docx opens', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Ký tự lạ' });
    await call('saveDraft', { id: d.id, doc: docOf([p('Kết quả\uFFFF năm\uD800 2024'), tableWithCell({ colspan: 1 })], { profile: 'dang', place: 'Cần\uFFFE Thơ' }) });
    const out = await call('exportDraftDocx', { id: d.id, variant: 'final' });
    const file = join(dir.dir, 'out.docx');
    writeFileSync(file, Buffer.from(out.file, 'base64'));
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const script = 'import sys, docx\nd = docx.Document(sys.argv[1])\nprint("\\n".join(p.text for p in d.paragraphs))';
    const text = execFileSync(python, ['-c', script, file], { encoding: 'utf8' });
    expect(text).toContain('Kết quả năm 2024');
  });
});

describe('cleanText fast path', () => {
  /** The slow, obviously right cleaning: forbidden characters removed, then NFC. */
  const reference = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu, '').normalize('NFC');

  it('gives what the full cleaning gives for every pair of characters it skips', () => {
    const plain: string[] = [];
    for (const [a, b] of [[0x09, 0x0a], [0x0d, 0x0d], [0x20, 0x24f], [0x1e00, 0x1eff], [0x2002, 0x206f]] as const) {
      for (let c = a; c <= b; c++) plain.push(String.fromCharCode(c));
    }
    const all = plain.join('');
    for (const a of plain) {
      const s = a + plain.join(a) + a;
      expect(cleanText(s)).toBe(reference(s));
    }
    expect(cleanText(all)).toBe(all);
  });

  it('cleans what it does not skip', () => {
    for (const s of ['e\u0301', 'A\u030A', '\u2000', 'x\u0000y', '\uD83D\uDE00', '\uDE00\uD83D', '\u212B', '\uFFFD\uFFFE']) {
      expect(cleanText(s)).toBe(reference(s));
    }
  });
});
