// "PDF từ tệp Word" through the same dispatch the UI uses: with LibreOffice
// the saved draft comes back as an A4 PDF named like the Word file; without
// it, a Vietnamese CONFLICT saying what to use instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { NO_LIBREOFFICE_MESSAGE } from '../../../main/services/export-handlers';
import { openServices, type Services } from '../../../main/services/open-services';
import { TEMPLATES_DIR } from '../../helpers/repo';

let dir: string;
let services: Services;
let dispatch: Dispatch;
const savedEnv = process.env['DUTHAO_SOFFICE'];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duthao-export-pdf-'));
  services = openServices({ dataDir: dir, templatesDir: TEMPLATES_DIR, appVersion: 't' });
  dispatch = createDispatch(services.handlers);
});

afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedEnv === undefined) delete process.env['DUTHAO_SOFFICE'];
  else process.env['DUTHAO_SOFFICE'] = savedEnv;
});

async function newDraftId(): Promise<string> {
  const r = await dispatch('createDraft', { templateId: 'bao-cao-cong-tac-nam-dang', title: 'Báo cáo công tác năm 2026' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return (r.value as { id: string }).id;
}

describe('exportDraftPdf', () => {
  it('converts the saved draft with LibreOffice into a PDF named like the Word file', async () => {
    const id = await newDraftId();
    const r = await dispatch('exportDraftPdf', { id, variant: 'draft' });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const file = (r as { value: { fileName: string; file: string; bytes: number } }).value;
    expect(file.fileName).toMatch(/\.pdf$/);
    const pdf = Buffer.from(file.file, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.bytes).toBe(pdf.byteLength);
  }, 180_000);

  it('says in Vietnamese what to do when LibreOffice is not installed; an unknown draft is NOT_FOUND', async () => {
    const id = await newDraftId();
    process.env['DUTHAO_SOFFICE'] = join(dir, 'no-soffice');
    const r = await dispatch('exportDraftPdf', { id, variant: 'final' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: NO_LIBREOFFICE_MESSAGE } });
    expect(await dispatch('exportDraftPdf', { id: 'khong-co', variant: 'final' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
