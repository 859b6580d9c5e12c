/**
 * Independent readers of the exported .docx: LibreOffice converts it to PDF
 * without error, poppler reports A4 and a plausible page count and lays out
 * page 1's header in the right order and columns, python-docx opens it and
 * reads the paragraphs, and mammoth reads back the same text. One soffice run
 * converts every file (it is slow).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocJSON } from '../../common/document/types';
import { loadDocumentFile } from '../../main/file-formats/docx/document-source';
import { exportDocx } from '../../main/file-formats/docx/export-docx';
import { generateReportDoc } from '../../bench/lib/vietnamese-text';
import { sampleDangDoc, sampleNhaNuocDoc } from '../helpers/export-samples';
import { TEMPLATES_DIR } from '../helpers/repo';
import { sofficeConvert } from '../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'duthao-readers-'));
const templatesDir = TEMPLATES_DIR;

interface Case {
  readonly name: string;
  readonly doc: DocJSON;
  readonly variant: 'final' | 'draft';
  readonly pages: [number, number];
}

const templateCases: Case[] = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const loaded = loadDocumentFile(join(templatesDir, f));
    if (!loaded.ok) throw new Error(`template ${f}: ${loaded.message} (${loaded.detail})`);
    return { name: `template-${f.replace(/\.json$/, '')}`, doc: loaded.doc as DocJSON, variant: 'draft' as const, pages: [1, 40] as [number, number] };
  });

const cases: Case[] = [
  // Two pages each: the table right before the page break must not push an empty paragraph onto a blank page.
  { name: 'sample-dang', doc: sampleDangDoc(), variant: 'draft', pages: [2, 2] },
  { name: 'sample-nha-nuoc', doc: sampleNhaNuocDoc(), variant: 'final', pages: [2, 2] },
  // ≈ 57,000 words: about 100 pages at the official ≈ 570 words a page.
  { name: 'report-100-pages', doc: generateReportDoc(57_000, 7), variant: 'final', pages: [70, 140] },
  ...templateCases,
];

function run(cmd: string, args: string[], timeout = 240_000): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

const pythonRead = (file: string) =>
  JSON.parse(run('/usr/bin/python3', [join(__dirname, 'read_docx.py'), file])) as { paragraphs: string[]; page: number[]; styles: string[] };

/** Text as readers give it: line breaks dropped, trimmed, empty paragraphs left out. */
const norm = (lines: readonly string[]) => lines.map((l) => l.replace(/\n/g, '').trim()).filter((l) => l !== '');

beforeAll(async () => {
  for (const c of cases) writeFileSync(join(dir, `${c.name}.docx`), await exportDocx(c.doc, { variant: c.variant }));
  sofficeConvert(cases.map((c) => join(dir, `${c.name}.docx`)), dir, 'pdf', 600_000);
}, 600_000);

describe('independent readers', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: LibreOffice converts it; pdfinfo says A4 with a plausible page count', (_name, c) => {
    const pdf = join(dir, `${c.name}.pdf`);
    expect(existsSync(pdf), 'soffice produced no PDF').toBe(true);
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    expect(pages).toBeGreaterThanOrEqual(c.pages[0]);
    expect(pages).toBeLessThanOrEqual(c.pages[1]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: python-docx and mammoth read the same text', async (_name, c) => {
    const file = join(dir, `${c.name}.docx`);
    const py = pythonRead(file);
    expect(py.page).toEqual([11906, 16838, 1134, 1134, 1701, 850]);
    const raw = await mammoth.extractRawText({ path: file });
    expect(norm(raw.value.split('\n\n'))).toEqual(norm(py.paragraphs));
    if (c.name.startsWith('sample-')) {
      // The real Word styles a clerk sees in Word's style list.
      for (const style of ['Normal', 'Heading 1', 'Heading 2', 'Heading 3', 'DuThao Type Name', 'DuThao Subject', 'DuThao Part Heading']) expect(py.styles).toContain(style);
      expect(norm(py.paragraphs)).toContain('I. VỀ PHÁT TRIỂN KINH TẾ');
    }
  });

  it('dang page 1: title right of the bodies, then *, number and date on one line, type name and subject below', () => {
    const lines = run('pdftotext', ['-layout', '-f', '1', '-l', '1', join(dir, 'sample-dang.pdf'), '-']).split('\n');
    const at = (text: string) => {
      const row = lines.findIndex((l) => l.includes(text));
      expect(row, `"${text}" on page 1`).toBeGreaterThanOrEqual(0);
      return { row, col: lines[row]!.indexOf(text) };
    };
    const mark = at('DỰ THẢO lần 2');
    const superior = at('ĐẢNG BỘ TỈNH HẬU GIANG');
    const title = at('ĐẢNG CỘNG SẢN VIỆT NAM');
    const issuing = at('HUYỆN ỦY CHÂU THÀNH');
    const star = at('*');
    const number = at('Số 123-BC/HU');
    const date = at('Châu Thành, ngày 05 tháng 12 năm 2024');
    const type = at('BÁO CÁO');
    const subject = at('tình hình, kết quả thực hiện nhiệm vụ năm 2024');
    expect(mark.row).toBeLessThan(title.row);
    expect(mark.col).toBeGreaterThan(title.col);
    expect(title.row).toBe(superior.row);
    expect(title.col).toBeGreaterThan(superior.col + 'ĐẢNG BỘ TỈNH HẬU GIANG'.length);
    expect(superior.row).toBeLessThan(issuing.row);
    expect(issuing.row).toBeLessThan(star.row);
    expect(star.row).toBeLessThan(number.row);
    expect(date.row).toBe(number.row);
    expect(date.col).toBeGreaterThan(number.col);
    expect(type.row).toBeGreaterThan(date.row);
    expect(subject.row).toBeGreaterThan(type.row);
    expect(lines[subject.row + 1]!.trim() === '-----' || lines[subject.row + 2]!.trim() === '-----').toBe(true);
  });

  it('nha-nuoc page 1: quốc hiệu right of the body, motto under it, number and date on one line; no page number on page 1, one on page 2', () => {
    const page1 = run('pdftotext', ['-layout', '-f', '1', '-l', '1', join(dir, 'sample-nha-nuoc.pdf'), '-']);
    const lines = page1.split('\n');
    const at = (text: string) => {
      const row = lines.findIndex((l) => l.includes(text));
      expect(row, `"${text}" on page 1`).toBeGreaterThanOrEqual(0);
      return { row, col: lines[row]!.indexOf(text) };
    };
    const body = at('ỦY BAN NHÂN DÂN');
    const nation = at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const motto = at('Độc lập - Tự do - Hạnh phúc');
    const number = at('Số: 45/BC-UBND');
    const date = at('Hậu Giang, ngày 05 tháng 02 năm 2025');
    expect(nation.row).toBe(body.row);
    expect(nation.col).toBeGreaterThan(body.col);
    expect(motto.row).toBe(nation.row + 1);
    expect(date.row).toBe(number.row);
    expect(date.col).toBeGreaterThan(number.col);
    expect(at('KHẨN').row).toBeGreaterThan(number.row);
    expect(lines.slice(0, 3).join('').trim()).not.toMatch(/^\d+$/);
    const page2 = run('pdftotext', ['-layout', '-f', '2', '-l', '2', join(dir, 'sample-nha-nuoc.pdf'), '-']);
    expect(page2.split('\n').find((l) => l.trim() !== '')!.trim()).toBe('2');
    // The draft mark of the dang sample is on page 1 only.
    const dangPage2 = run('pdftotext', ['-layout', '-f', '2', '-l', '2', join(dir, 'sample-dang.pdf'), '-']);
    expect(dangPage2).not.toContain('DỰ THẢO');
  });
});
