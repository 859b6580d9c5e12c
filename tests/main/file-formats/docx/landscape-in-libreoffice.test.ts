/**
 * LibreOffice reads the sections as we mean them: a landscape table is one
 * 842 × 595 pt page among portrait ones, page numbers continue across the
 * sections (none on page 1), and each appendix starts its own page with its
 * label, title and Kèm theo line. One soffice run converts both files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../common/document/types';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { appendixDoc, wideTable } from '../../../helpers/appendix-samples';
import { sampleDangDoc } from '../../../helpers/export-samples';
import { sofficeConvert } from '../../../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'duthao-landscape-lo-'));

function run(cmd: string, args: string[], timeout = 240_000): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 16 * 1024 * 1024 });
}

/** One landscape table in the middle of the sample report's body, no appendix. */
function oneLandscapeDoc(): DocJSON {
  const doc = sampleDangDoc();
  return {
    ...doc,
    content: doc.content!.map((n) => (n.type === 'body' ? { ...n, content: [...n.content!.slice(0, 4), wideTable(true, 13, 8), ...n.content!.slice(4)] } : n)),
  };
}

/** Page sizes by page from `pdfinfo -f 1 -l 99`: 'P' portrait A4, 'L' landscape A4. */
function pageShapes(pdf: string): string {
  const info = run('pdfinfo', ['-f', '1', '-l', '99', pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)]
    .map((m) => {
      const [w, h] = [Math.round(Number(m[1])), Math.round(Number(m[2]))];
      if (w === 595 && h === 842) return 'P';
      if (w === 842 && h === 595) return 'L';
      return `?${w}x${h}`;
    })
    .join('');
}

const pageText = (pdf: string, page: number) => run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);

beforeAll(async () => {
  writeFileSync(join(dir, 'appendix.docx'), await exportDocx(appendixDoc(), { variant: 'final' }));
  writeFileSync(join(dir, 'one.docx'), await exportDocx(oneLandscapeDoc(), { variant: 'draft' }));
  sofficeConvert([join(dir, 'appendix.docx'), join(dir, 'one.docx')], dir, 'pdf', 300_000);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LibreOffice renders landscape sections and appendices', () => {
  it('one landscape table gives exactly one 842 x 595 page among portrait A4 pages', () => {
    const pdf = join(dir, 'one.pdf');
    expect(existsSync(pdf), 'soffice produced no PDF').toBe(true);
    const shapes = pageShapes(pdf);
    expect(shapes).toMatch(/^P+LP+$/);
    expect(shapes.split('L')).toHaveLength(2);
    const landscapePage = shapes.indexOf('L') + 1;
    expect(pageText(pdf, landscapePage)).toContain('Chỉ tiêu');
    // The page after the table is portrait again and numbered on.
    expect(pageText(pdf, landscapePage + 1).trim().split('\n')[0]!.trim()).toBe(String(landscapePage + 1));
  });

  it('the report with two appendices: body, landscape table, closing, Phụ lục I, Phụ lục II landscape, its last note', () => {
    const pdf = join(dir, 'appendix.pdf');
    expect(pageShapes(pdf)).toBe('PLPPLP');
    // No number on page 1; 2…6 afterwards, across all five sections.
    expect(pageText(pdf, 1)).not.toMatch(/^\s*1\s*$/m);
    for (let page = 2; page <= 6; page++) expect(pageText(pdf, page).trim().split('\n')[0]!.trim(), `page ${page}`).toBe(String(page));
    expect(pageText(pdf, 3)).toContain('TM. ỦY BAN NHÂN DÂN');
    const p4 = pageText(pdf, 4).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(p4.slice(1, 4)).toEqual(['Phụ lục I', 'DANH MỤC CÔNG TRÌNH TRỌNG ĐIỂM', '(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 02 năm 2025 của Ủy ban nhân']);
    const p5 = pageText(pdf, 5);
    expect(p5).toContain('Phụ lục II');
    expect(p5).toContain('(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Hậu Giang)');
    expect(p5.indexOf('Phụ lục II')).toBeLessThan(p5.indexOf('Bảng'));
    expect(pageText(pdf, 6)).toContain('Ghi chú cuối phụ lục.');
  });
});
