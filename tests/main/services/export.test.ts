// "Xuất Word" through the same dispatch the UI uses: the saved draft comes
// back as a .docx with a safe file name, the DỰ THẢO mark only on the draft
// copy, and the review threads as Word comments only when asked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../common/api/contract';
import { callOk } from '../../helpers/dispatch';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { openServices, type Services } from '../../../main/services/open-services';
import { find, json, withComments, makeDoc } from '../../helpers/review-fixtures';
import { TEMPLATES_DIR } from '../../helpers/repo';

let dir: string;
let services: Services;
let dispatch: Dispatch;

function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
  return callOk(dispatch, method, args);
}

async function unzip(base64: string): Promise<JSZip> {
  return JSZip.loadAsync(Buffer.from(base64, 'base64'));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duthao-export-svc-'));
  services = openServices({ dataDir: dir, templatesDir: TEMPLATES_DIR, appVersion: 't' });
  dispatch = createDispatch(services.handlers);
});

afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportDraftDocx', () => {
  it('exports a template draft as a Word file named after its number and subject, ASCII-safe', async () => {
    const draft = await call('createDraft', { templateId: 'bao-cao-cong-tac-nam-dang' });
    const out = await call('exportDraftDocx', { id: draft.id, variant: 'final' });
    expect(out.fileName).toMatch(/^[\x20-\x7e]+\.docx$/);
    expect(out.fileName).not.toMatch(/[<>:"/\\|?*]/);
    expect(out.fileName).toMatch(/Bao cao/i);
    const zip = await unzip(out.file);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(out.bytes).toBe(Buffer.from(out.file, 'base64').byteLength);
  });

  it('puts the DỰ THẢO mark only on the draft copy', async () => {
    const draft = await call('createDraft', { templateId: 'bao-cao-cong-tac-nam-dang' });
    const allXml = async (variant: 'final' | 'draft') => {
      const zip = await unzip((await call('exportDraftDocx', { id: draft.id, variant })).file);
      const parts = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.xml')).map((n) => zip.file(n)!.async('string')));
      return parts.join('\n');
    };
    expect(await allXml('draft')).toContain('DỰ THẢO');
    expect(await allXml('final')).not.toContain('DỰ THẢO');
  });

  it('writes the review threads as Word comments with their authors only when asked', async () => {
    await call('updateSettings', { userName: 'Nguyễn Văn A', userRole: 'Phó Chánh Văn phòng' });
    const draft = await call('createDraft', { templateId: 'blank' });
    const doc = withComments(makeDoc('Thành ủy Cần Thơ tổng kết năm 2024.'), [['t1', 'Cần Thơ']]);
    await call('saveDraft', { id: draft.id, doc: json(doc) });
    await call('addThread', { draftId: draft.id, threadId: 't1', quote: 'Cần Thơ', body: 'Ghi rõ thành phố trực thuộc Trung ương.' });
    expect(find(doc, 'Cần Thơ').from).toBeGreaterThan(0);

    const plain = await unzip((await call('exportDraftDocx', { id: draft.id, variant: 'final' })).file);
    expect(plain.file('word/comments.xml')).toBeNull();

    const withThreads = await unzip((await call('exportDraftDocx', { id: draft.id, variant: 'final', withComments: true })).file);
    const comments = await withThreads.file('word/comments.xml')!.async('string');
    expect(comments).toContain('w:author="Nguyễn Văn A"');
    expect(comments).toContain('Ghi rõ thành phố trực thuộc Trung ương.');
  });

  it('answers an unknown draft with NOT_FOUND and a bad variant with INVALID_ARGUMENT', async () => {
    const missing = await dispatch('exportDraftDocx', { id: 'nope', variant: 'final' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const bad = await dispatch('exportDraftDocx', { id: 'x', variant: 'pdf' });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_ARGUMENT');
  });
});
