/**
 * Exported drafts as LibreOffice lays them out (PDF page text via
 * pdftotext): the signature block never stands alone on a page. One soffice
 * run converts every file. Set DUTHAO_SHOTS_DIR to also keep PNGs of the
 * pages (pdftoppm) for a visual check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocJSON, NodeJSON } from '../../../../common/document/types';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../../helpers/export-samples';
import { TEMPLATES_DIR } from '../../../helpers/repo';
import { sofficeConvert } from '../../../helpers/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'duthao-drafting-lo-'));
const SHOTS = process.env.DUTHAO_SHOTS_DIR;

function run(cmd: string, args: string[], timeout = 240_000): string {
  return execFileSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 16 * 1024 * 1024 });
}

const para = (t: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });

/** A Party report whose body of `n` paragraphs nearly fills page 1 (11–13 used to push the signature alone onto page 2). */
function fullPageDoc(n: number, ending: 'paragraph' | 'list'): DocJSON {
  const d = sampleDangDoc();
  const paras = Array.from({ length: n }, (_, i) => para(`Đoạn ${i + 1}: kinh tế của thành phố tiếp tục tăng trưởng khá, tổng sản phẩm trên địa bàn tăng 7,12%, thu ngân sách đạt 12.558 tỷ đồng, vượt dự toán.`));
  const body = ending === 'list' ? [...paras.slice(0, -1), { type: 'bulletList', content: [{ type: 'listItem', content: [paras[paras.length - 1]!] }] }] : paras;
  return { ...d, content: d.content!.map((c) => (c.type === 'body' ? { ...c, content: body } : c)) } as DocJSON;
}

/** The state sample addressed to several bodies. */
function addressedDoc(): DocJSON {
  const d = sampleNhaNuocDoc();
  const kinhGui: NodeJSON = { type: 'addressees', attrs: { names: ['Bộ Công Thương', 'Bộ Tài chính', 'Sở Xây dựng tỉnh Hậu Giang'] } };
  return { ...d, content: d.content!.map((c) => (c.type === 'body' ? { ...c, content: [kinhGui, ...c.content!] } : c)) } as DocJSON;
}

const SIGNATURE_CASES: { name: string; doc: DocJSON }[] = [
  ...[11, 12, 13].map((n) => ({ name: `full-${n}`, doc: fullPageDoc(n, 'paragraph') })),
  { name: 'full-list-12', doc: fullPageDoc(12, 'list') },
];
/** The shipped Party resolution template, indicators (1)…(10) through four groups. */
function resolutionTemplate(): DocJSON {
  return (JSON.parse(readFileSync(join(TEMPLATES_DIR, 'nghi-quyet-nhiem-vu-nam-dang.json'), 'utf8')) as { doc: DocJSON }).doc;
}

const CASES: { name: string; doc: DocJSON }[] = [...SIGNATURE_CASES, { name: 'kinh-gui', doc: addressedDoc() }, { name: 'resolution', doc: resolutionTemplate() }];

/** The PDF's pages as text. */
function pages(name: string): string[] {
  return run('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'])
    .split('\f')
    .filter((p) => p.trim() !== '');
}

beforeAll(async () => {
  for (const c of CASES) writeFileSync(join(dir, `${c.name}.docx`), await exportDocx(c.doc, { variant: 'final' }));
  sofficeConvert(CASES.map((c) => join(dir, `${c.name}.docx`)), dir, 'pdf', 300_000);
  if (SHOTS) for (const c of CASES) run('pdftoppm', ['-png', '-r', '60', join(dir, `${c.name}.pdf`), join(SHOTS, `export-${c.name}`)]);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signature never alone on a page (LibreOffice page text)', () => {
  for (const c of SIGNATURE_CASES) {
    it(`${c.name}: the page with the signature block also carries body text`, () => {
      expect(existsSync(join(dir, `${c.name}.pdf`)), 'soffice produced no PDF').toBe(true);
      const all = pages(c.name);
      const at = all.findIndex((p) => p.includes('Nơi nhận'));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(all[at]).toMatch(/Đoạn \d+:/);
      expect(all[at]).toContain('T/M BAN THƯỜNG VỤ');
    });
  }
});

describe('Kính gửi as LibreOffice lays it out', () => {
  it('stands under the subject; the dashes of the names line up one under another', () => {
    const page1 = pages('kinh-gui')[0]!.split('\n');
    const first = page1.findIndex((l) => l.includes('Kính gửi:'));
    expect(first).toBeGreaterThan(page1.findIndex((l) => l.includes('Kết quả thực hiện')));
    expect(page1[first]).toMatch(/Kính gửi:\s+- Bộ Công Thương;/);
    const rest = page1.slice(first + 1).filter((l) => l.trim() !== '').slice(0, 2);
    expect(rest.map((l) => l.trim())).toEqual(['- Bộ Tài chính;', '- Sở Xây dựng tỉnh Hậu Giang.']);
    const dashAt = (l: string, from = 0) => l.indexOf('- ', from);
    const col = dashAt(page1[first]!, page1[first]!.indexOf('Kính gửi:'));
    for (const l of rest) expect(Math.abs(dashAt(l) - col)).toBeLessThanOrEqual(1);
  });
});

describe('resolution indicators as LibreOffice lays them out', () => {
  it('(1) … (10) run straight through the groups of the shipped resolution template', () => {
    const text = pages('resolution').join('\n');
    const numbers = [...text.matchAll(/^\s*\((\d+)\) /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
