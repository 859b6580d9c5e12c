/**
 * Every shipped template, made into a draft the way the app does it (with
 * "Cơ quan của tôi" set, so the header is filled and the years replaced),
 * then exported: python-docx and mammoth must read every printed text of
 * the SOURCE document, in order (guidance is left out, as in the export),
 * and page 1 of the PDF LibreOffice makes shows the header elements in the
 * right order. One soffice run converts all files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../common/api/contract';
import type { DocJSON, NodeJSON } from '../../common/document/types';
import { createDispatch } from '../../main/api/dispatch';
import { exportDocx } from '../../main/file-formats/docx/export-docx';
import { openServices } from '../../main/services';
import { TEMPLATES_DIR } from '../helpers/repo';
import { sofficeConvert } from '../helpers/libreoffice';

const TEMPLATE_IDS = ['bao-cao-cong-tac-nam-dang', 'bao-cao-cong-tac-nam-nha-nuoc', 'blank', 'nghi-quyet-nhiem-vu-nam-dang', 'nghi-quyet-nhiem-vu-nam-nha-nuoc'];
const SETTINGS = { issuingBody: 'THÀNH ỦY CẦN THƠ', superiorBody: 'ĐẢNG BỘ THÀNH PHỐ', bodyCode: 'VPTU', place: 'Cần Thơ' };
const DATE_LINE = 'Cần Thơ, ngày 30 tháng 12 năm 2031';

const dir = mkdtempSync(join(tmpdir(), 'duthao-gaps-readers-'));
const drafts = new Map<string, Draft>();

function run(cmd: string, args: string[], timeout = 240_000): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

const pythonParagraphs = (file: string) => (JSON.parse(run('/usr/bin/python3', [join(__dirname, 'read_docx.py'), file])) as { paragraphs: string[] }).paragraphs;

/** Text as readers give it: line breaks dropped, trimmed, empty paragraphs left out. */
const norm = (lines: readonly string[]) => lines.map((l) => l.replace(/\n/g, '').trim()).filter((l) => l !== '');

/** Caseless form for comparing: headings print in caps. */
const fold = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();

const inline = (n: NodeJSON): string => (n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(inline).join(''));

/**
 * The texts the exported file must show, in document order: the subject, each
 * non-guidance paragraph, heading and part heading, list item and table cell
 * of the body, then the recipients and the signer lines.
 */
function sourceTexts(doc: DocJSON): string[] {
  const out: string[] = [];
  const parts = doc.content ?? [];
  const subject = String(parts.find((n) => n.type === 'documentTitle')?.attrs?.subject ?? '');
  out.push(subject);
  const walk = (n: NodeJSON): void => {
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'partHeading') {
      if (!n.attrs?.guidance) out.push(inline(n));
      return;
    }
    for (const c of n.content ?? []) walk(c);
  };
  walk(parts.find((n) => n.type === 'body')!);
  const closing = parts.find((n) => n.type === 'closing')?.attrs ?? {};
  // The closing table reads left cell (Nơi nhận) first, then the signature.
  for (const r of (closing.recipients as string[] | undefined) ?? []) out.push(r.replace(/[\s,;.]+$/u, ''));
  out.push(String(closing.authority ?? ''), String(closing.signerTitle ?? ''), String(closing.signerName ?? ''));
  return out.map((t) => t.trim()).filter((t) => t !== '');
}

/** The source texts not found, in order, in the reader's paragraphs (greedy subsequence, each paragraph used once). */
function missingInOrder(source: readonly string[], read: readonly string[]): string[] {
  const paras = read.map(fold);
  const missing: string[] = [];
  let at = 0;
  for (const text of source) {
    const want = fold(text);
    const found = paras.findIndex((p, i) => i >= at && p.includes(want));
    if (found < 0) missing.push(text);
    else at = found + 1;
  }
  return missing;
}

beforeAll(async () => {
  const services = openServices({ dataDir: join(dir, 'data'), templatesDir: TEMPLATES_DIR, appVersion: '1.0.0', now: () => new Date(2031, 11, 30, 9, 0) });
  try {
    const dispatch = createDispatch(services.handlers, (err) => {
      throw err;
    });
    const call = async (method: string, args: unknown) => {
      const r = await dispatch(method, args);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value;
    };
    await call('updateSettings', SETTINGS);
    for (const id of TEMPLATE_IDS) {
      const draft = (await call('createDraft', { templateId: id })) as Draft;
      drafts.set(id, draft);
      writeFileSync(join(dir, `${id}.docx`), await exportDocx(draft.doc, { variant: 'draft' }));
    }
  } finally {
    services.close();
  }
  sofficeConvert(TEMPLATE_IDS.map((id) => join(dir, `${id}.docx`)), dir, 'pdf', 600_000);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipped templates read back by independent readers', () => {
  it('the source texts exist (the comparison is not empty)', () => {
    expect(sourceTexts(drafts.get('bao-cao-cong-tac-nam-dang')!.doc).length).toBeGreaterThan(40);
    expect(sourceTexts(drafts.get('nghi-quyet-nhiem-vu-nam-nha-nuoc')!.doc)).toContain('Căn cứ Luật Đầu tư công;');
    for (const d of drafts.values()) expect(JSON.stringify(d.doc)).not.toContain('{{');
  });

  it.each(TEMPLATE_IDS)('%s: python-docx reads every source text, in order, and no guidance', (id) => {
    const draft = drafts.get(id)!;
    const read = norm(pythonParagraphs(join(dir, `${id}.docx`)));
    expect(missingInOrder(sourceTexts(draft.doc), read)).toEqual([]);
    expect(read).toContain(DATE_LINE);
    expect(read.some((p) => p.includes('THÀNH ỦY CẦN THƠ'))).toBe(true);
    const guidance: string[] = [];
    const walk = (n: NodeJSON): void => {
      if (n.attrs?.guidance) guidance.push(fold(inline(n)));
      for (const c of n.content ?? []) walk(c);
    };
    walk(draft.doc);
    for (const g of guidance) expect(read.map(fold).some((p) => p.includes(g)), `guidance printed: ${g}`).toBe(false);
  });

  it.each(TEMPLATE_IDS)('%s: mammoth reads every source text, in order', async (id) => {
    const raw = await mammoth.extractRawText({ path: join(dir, `${id}.docx`) });
    const read = norm(raw.value.split('\n\n'));
    expect(missingInOrder(sourceTexts(drafts.get(id)!.doc), read)).toEqual([]);
    expect(read).toContain(DATE_LINE);
  });

  it.each(TEMPLATE_IDS)('%s: page 1 of the PDF shows title, bodies, number, date, type name and subject in order', (id) => {
    const pdf = join(dir, `${id}.pdf`);
    expect(existsSync(pdf), 'soffice produced no PDF').toBe(true);
    const lines = run('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-']).split('\n');
    const draft = drafts.get(id)!;
    const header = draft.doc.content!.find((n) => n.type === 'header')!.attrs!;
    const title = draft.doc.content!.find((n) => n.type === 'documentTitle')!.attrs!;
    const rowOf = (test: (line: string) => boolean, what: string, from = 0) => {
      const row = lines.findIndex((l, i) => i >= from && test(l));
      expect(row, `${what} on page 1 of ${id}`).toBeGreaterThanOrEqual(0);
      return row;
    };
    const has = (text: string) => (l: string) => l.includes(text);
    const nationText = draft.profile === 'dang' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const mark = rowOf(has('DỰ THẢO'), 'draft mark');
    const nation = rowOf(has(nationText), 'title / quốc hiệu');
    const superior = rowOf(has('ĐẢNG BỘ THÀNH PHỐ'), 'superior body');
    const issuing = rowOf(has('THÀNH ỦY CẦN THƠ'), 'issuing body');
    const number = rowOf((l) => /Số:?\s/.test(l) && l.includes(`${header.typeCode}`) && l.includes(String(header.bodyCode)), 'number line');
    const date = rowOf(has(DATE_LINE), 'date line');
    const type = rowOf(has(String(title.documentType)), 'type name', date + 1);
    expect(mark).toBeLessThan(nation);
    expect(superior).toBe(nation);
    expect(issuing).toBeGreaterThan(nation);
    expect(number).toBeGreaterThan(issuing);
    expect(date).toBe(number);
    expect(lines[date]!.indexOf(DATE_LINE)).toBeGreaterThan(lines[number]!.search(/Số/));
    expect(type).toBeGreaterThan(date);
    const subject = String(title.subject);
    if (subject) {
      // The subject may wrap; its first words are on the line(s) right under the type name.
      const firstWords = subject.split(' ').slice(0, 4).join(' ');
      const subjectRow = rowOf(has(firstWords), 'subject', type + 1);
      expect(subjectRow - type).toBeLessThanOrEqual(2);
    }
  });
});
