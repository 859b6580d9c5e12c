/**
 * "PDF từ tệp Word": the exported .docx converted by the LibreOffice on this
 * machine gives a PDF with the document's text on A4 pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { convertDocxToPdf, findSoffice } from '../../../../main/file-formats/docx/pdf-via-libreoffice';
import { sampleDangDoc } from '../../../helpers/export-samples';

describe('PDF through LibreOffice', () => {
  it('finds soffice (DUTHAO_SOFFICE, known places, PATH) and says null when there is none', () => {
    expect(findSoffice({ PATH: '/nowhere' }, 'linux', (p) => p === '/usr/lib/libreoffice/program/soffice')).toBe('/usr/lib/libreoffice/program/soffice');
    expect(findSoffice({ PATH: '/a:/b' }, 'linux', (p) => p === '/b/soffice')).toBe('/b/soffice');
    expect(findSoffice({ DUTHAO_SOFFICE: '/x/soffice', PATH: '/b' }, 'linux', () => false)).toBeNull();
    expect(findSoffice({ PATH: 'C:\\Windows' }, 'win32', (p) => p === 'C:\\Program Files\\LibreOffice\\program\\soffice.exe')).toContain('LibreOffice');
    expect(findSoffice({ PATH: '' }, 'linux', () => false)).toBeNull();
  });

  it('converts an exported draft to a PDF of A4 pages holding its text', async () => {
    const soffice = findSoffice();
    expect(soffice, 'LibreOffice (soffice) is needed for this test: apt-get install libreoffice-writer-nogui').not.toBeNull();
    const pdf = await convertDocxToPdf(soffice!, await exportDocx(sampleDangDoc(), { variant: 'final' }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'duthao-pdf-test-')), 'out.pdf');
    writeFileSync(file, pdf);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  }, 180_000);

  it('a converter that fails or writes nothing is an error for the user, not a hang or a crash', async () => {
    await expect(convertDocxToPdf('/bin/false', new Uint8Array([1]), 10_000)).rejects.toThrow(/soffice exited with 1/);
    await expect(convertDocxToPdf('/bin/true', new Uint8Array([1]), 10_000)).rejects.toThrow(/wrote no PDF/);
    await expect(convertDocxToPdf('/nonexistent/soffice', new Uint8Array([1]), 10_000)).rejects.toThrow(/ENOENT/);
  });
});
