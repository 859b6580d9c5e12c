// "Theo số phiên bản (lần N)": exportDraftRound tells the N a draft-copy
// export prints once the dialog has written it into the header; exporting
// with that N then makes (or reuses) version N and the .docx header says
// "DỰ THẢO lần N" — the number the dialog showed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';
import { createDispatch, type Dispatch } from '../../../../main/api/dispatch';
import { openZip } from '../../../../main/file-formats/ooxml/zip';
import { openServices, type Services } from '../../../../main/services/open-services';
import { docWith } from '../../../helpers/store';

let dir: string;
let services: Services;
let dispatch: Dispatch;

async function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
  const r = await dispatch(method, args);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as ApiResults[M];
}

/** The text of the .docx's page headers, runs joined. */
function headerText(base64: string): string {
  const zip = openZip(Buffer.from(base64, 'base64'));
  return zip.entries
    .filter((e) => /^word\/header\d*\.xml$/.test(e.name))
    .map((e) => [...new TextDecoder().decode(zip.read(e.name)!).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

/** What the export dialog does: write the round into the header, save, export the draft copy with it. */
async function exportAsDialog(id: string, text: string, round: number): Promise<string> {
  const doc = docWith(text);
  const withMark: DocJSON = { ...doc, content: doc.content!.map((n) => (n.type === 'header' ? { ...n, attrs: { ...n.attrs, draftMark: true, draftRound: round } } : n)) };
  await call('saveDraft', { id, doc: withMark });
  const file = await call('exportDraftDocx', { id, variant: 'draft', draftRound: round });
  return headerText(file.file);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duthao-round-'));
  services = openServices({ dataDir: dir, templatesDir: join(__dirname, '../../../../templates'), appVersion: 't' });
  dispatch = createDispatch(services.handlers);
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportDraftRound', () => {
  it('is the number of the version the dialog’s export makes or reuses, and the .docx prints it', async () => {
    const { id } = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    await call('saveDraft', { id, doc: docWith('Lần đầu.') });
    expect((await call('exportDraftRound', { draftId: id })).round).toBe(1);
    expect(await exportAsDialog(id, 'Lần đầu.', 1)).toContain('DỰ THẢO lần 1');
    expect((await call('listVersions', { draftId: id })).map((v) => v.number)).toEqual([1]);

    // Nothing changed since: the same version is reused, the same N printed.
    expect((await call('exportDraftRound', { draftId: id })).round).toBe(1);
    expect(await exportAsDialog(id, 'Lần đầu.', 1)).toContain('DỰ THẢO lần 1');
    expect((await call('listVersions', { draftId: id })).map((v) => v.number)).toEqual([1]);

    // Edited: the next version.
    await call('saveDraft', { id, doc: docWith('Đã sửa sau góp ý.') });
    expect((await call('exportDraftRound', { draftId: id })).round).toBe(2);
    expect(await exportAsDialog(id, 'Đã sửa sau góp ý.', 2)).toContain('DỰ THẢO lần 2');
    expect((await call('listVersions', { draftId: id }))[0]!.number).toBe(2);
  });

  it('counts a version saved by hand: writing the new round into the header makes the next version', async () => {
    const { id } = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    await exportAsDialog(id, 'Nội dung.', 1);
    await call('saveVersion', { draftId: id, label: 'gửi Ban Thường vụ' });
    // Version 2 is identical in text but its header says lần 1, so printing lần 2 changes the header: version 3.
    const n = (await call('exportDraftRound', { draftId: id })).round;
    expect(n).toBe(3);
    expect(await exportAsDialog(id, 'Nội dung.', n)).toContain('DỰ THẢO lần 3');
    expect((await call('listVersions', { draftId: id }))[0]!.number).toBe(3);
  });

  it('a typed round is printed as typed (0: "DỰ THẢO" alone)', async () => {
    const { id } = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    expect(await exportAsDialog(id, 'Nội dung.', 7)).toContain('DỰ THẢO lần 7');
    const plain = await exportAsDialog(id, 'Nội dung.', 0);
    expect(plain).toContain('DỰ THẢO');
    expect(plain).not.toContain('DỰ THẢO lần');
  });

  it('refuses an unknown draft', async () => {
    const r = await dispatch('exportDraftRound', { draftId: 'khong-co' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });
});
