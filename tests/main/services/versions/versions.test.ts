// Versions through the same dispatch the UI uses: made by hand and on each
// automatic trigger (final/draft export, review copy, before a merge and a
// Word-comment import), the DỰ THẢO mark following the version number,
// restore as a new version, a new draft from a version, compare, and the
// bảng so sánh .docx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../../common/api/contract';
import { callFails, callOk } from '../../../helpers/dispatch';
import type { DocJSON } from '../../../../common/document/types';
import { createDispatch, type Dispatch } from '../../../../main/api/dispatch';
import { openServices, type Services } from '../../../../main/services/open-services';
import { docWith } from '../../../helpers/store';
import { TEMPLATES_DIR } from '../../../helpers/repo';

let dir: string;
let services: Services;
let dispatch: Dispatch;
let clock: number;

function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
  return callOk(dispatch, method, args);
}

function callError(method: ApiMethod, args: unknown): Promise<{ code: string; message: string }> {
  return callFails(dispatch, method, args);
}

async function docXml(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.xml')).map((n) => zip.file(n)!.async('string')));
  return parts.join('\n');
}

const bodyTexts = (doc: DocJSON) =>
  (doc.content?.find((n) => n.type === 'body')?.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join(''));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duthao-versions-'));
  clock = Date.parse('2026-12-01T08:00:00Z');
  services = openServices({ dataDir: dir, templatesDir: TEMPLATES_DIR, appVersion: 't', now: () => new Date((clock += 60_000)) });
  dispatch = createDispatch(services.handlers);
});

afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

async function newDraft(...paragraphs: string[]): Promise<string> {
  const d = await call('createDraft', { templateId: 'bao-cao-cong-tac-nam-dang' });
  await call('saveDraft', { id: d.id, doc: docWith(...paragraphs) });
  return d.id;
}

describe('versions', () => {
  it('saves a version by hand with its label, author and number, newest first', async () => {
    await call('updateSettings', { userName: 'Trần Thị Bình' });
    const id = await newDraft('Đoạn một.');
    const v1 = await call('saveVersion', { draftId: id, label: 'Dự thảo lần 1 – gửi Ban Thường vụ' });
    await call('saveDraft', { id, doc: docWith('Đoạn một đã sửa.') });
    const v2 = await call('saveVersion', { draftId: id, label: '' });
    expect([v1.number, v2.number]).toEqual([1, 2]);
    const list = await call('listVersions', { draftId: id });
    expect(list.map((v) => [v.number, v.label, v.trigger, v.author])).toEqual([
      [2, '', 'manual', 'Trần Thị Bình'],
      [1, 'Dự thảo lần 1 – gửi Ban Thường vụ', 'manual', 'Trần Thị Bình'],
    ]);
    const opened = await call('getVersion', { draftId: id, number: 1 });
    expect(bodyTexts(opened.doc)).toEqual(['Đoạn một.']);
    expect(list[0]!.storedBytes).toBeGreaterThan(0);
  });

  it('freezes the comment threads\' state with the version', async () => {
    await call('updateSettings', { userName: 'Nguyễn Văn An', userRole: 'Phó Chánh Văn phòng' });
    const id = await newDraft('Đoạn cần góp ý.');
    const t = await call('addThread', { draftId: id, quote: 'cần góp ý', body: 'Viết rõ hơn.' });
    await call('saveVersion', { draftId: id, label: 'trước khi xử lý góp ý' });
    await call('setThreadResolved', { threadId: t.id, resolved: true });
    await call('addReply', { threadId: t.id, body: 'Đã sửa.' });
    const v = await call('getVersion', { draftId: id, number: 1 });
    expect(v.threads.map((x) => [x.id, x.status, x.entries.length])).toEqual([[t.id, 'open', 1]]);
    expect((await call('listThreads', { draftId: id }))[0]!.status).toBe('resolved');
  });

  it('makes a version on a final and on a draft export, once while the text is unchanged', async () => {
    const id = await newDraft('Nội dung.');
    await call('exportDraftDocx', { id, variant: 'final' });
    await call('exportDraftDocx', { id, variant: 'draft' });
    expect((await call('listVersions', { draftId: id })).map((v) => v.trigger)).toEqual(['export-final']);
    await call('saveDraft', { id, doc: docWith('Nội dung mới.') });
    await call('exportDraftDocx', { id, variant: 'draft' });
    expect((await call('listVersions', { draftId: id })).map((v) => [v.number, v.trigger])).toEqual([
      [2, 'export-draft'],
      [1, 'export-final'],
    ]);
  });

  it('prints "DỰ THẢO lần N" with the version number, unless the export overrides it', async () => {
    const id = await newDraft('Lần một.');
    await call('saveVersion', { draftId: id, label: 'a' });
    await call('saveDraft', { id, doc: docWith('Lần hai.') });
    const out = await call('exportDraftDocx', { id, variant: 'draft' });
    expect(await docXml(out.file)).toContain('DỰ THẢO lần 2');
    const overridden = await call('exportDraftDocx', { id, variant: 'draft', draftRound: 5 });
    expect(await docXml(overridden.file)).toContain('DỰ THẢO lần 5');
  });

  it('makes a version when a review copy is packed, and before a merge changes anything', async () => {
    await call('updateSettings', { userName: 'Trần Thị Bình', userRole: 'Chuyên viên' });
    const id = await newDraft('Văn bản gửi góp ý.');
    const copy = await call('exportReviewCopy', { draftId: id });
    expect((await call('listVersions', { draftId: id })).map((v) => v.trigger)).toEqual(['review-copy']);
    await call('saveDraft', { id, doc: docWith('Văn bản đã sửa trước khi nhập.') });
    await call('mergeReviewCopy', { draftId: id, file: copy.file });
    const list = await call('listVersions', { draftId: id });
    expect(list[0]!.trigger).toBe('before-merge');
    expect(bodyTexts((await call('getVersion', { draftId: id, number: list[0]!.number })).doc)).toEqual(['Văn bản đã sửa trước khi nhập.']);
  });

  it('makes a version before a Word-comment import, and none when the file is refused', async () => {
    const id = await newDraft('Văn bản.');
    const docx = await call('exportDraftDocx', { id, variant: 'final' });
    await call('saveDraft', { id, doc: docWith('Văn bản sửa.') });
    const bad = await callError('importWordComments', { draftId: id, file: Buffer.from('not a docx').toString('base64') });
    expect(bad.code).not.toBe('INTERNAL');
    expect((await call('listVersions', { draftId: id })).map((v) => v.trigger)).toEqual(['export-final']);
    await call('importWordComments', { draftId: id, file: docx.file });
    expect((await call('listVersions', { draftId: id })).map((v) => v.trigger)).toEqual(['before-word-import', 'export-final']);
  });

  it('restores a version as a new version, keeping the text it replaced', async () => {
    const id = await newDraft('Bản đầu.');
    await call('saveVersion', { draftId: id, label: 'đầu' });
    await call('saveDraft', { id, doc: docWith('Bản sửa, sẽ bị thay.') });
    const r = await call('restoreVersion', { draftId: id, number: 1 });
    expect(bodyTexts((await call('getDraft', { id })).doc)).toEqual(['Bản đầu.']);
    const list = await call('listVersions', { draftId: id });
    expect(list.map((v) => [v.number, v.trigger])).toEqual([
      [3, 'restore'],
      [2, 'before-restore'],
      [1, 'manual'],
    ]);
    expect(r.version.number).toBe(3);
    expect(bodyTexts((await call('getVersion', { draftId: id, number: 2 })).doc)).toEqual(['Bản sửa, sẽ bị thay.']);
  });

  it('makes a new draft from a version, leaving the original as it is', async () => {
    const id = await newDraft('Bản đầu.');
    await call('saveVersion', { draftId: id, label: '' });
    await call('saveDraft', { id, doc: docWith('Bản hiện tại.') });
    const made = await call('draftFromVersion', { draftId: id, number: 1 });
    expect(made.title).toMatch(/\(phiên bản 1\)$/);
    expect(bodyTexts((await call('getDraft', { id: made.id })).doc)).toEqual(['Bản đầu.']);
    expect(bodyTexts((await call('getDraft', { id })).doc)).toEqual(['Bản hiện tại.']);
  });

  it('compares a version with the current text and exports the bảng so sánh', async () => {
    const id = await newDraft('Năm 2024 đã hoàn thành các chỉ tiêu.', 'Đoạn giữ nguyên.');
    await call('saveVersion', { draftId: id, label: 'gửi Ban Thường vụ' });
    await call('saveDraft', { id, doc: docWith('Năm 2024 đã vượt các chỉ tiêu.', 'Đoạn giữ nguyên.', 'Đoạn thêm mới.') });
    const cmp = await call('compareVersions', { draftId: id, from: 1, to: 'current' });
    expect(cmp.fromLabel).toBe('Phiên bản 1 – gửi Ban Thường vụ');
    expect(cmp.toLabel).toBe('Bản hiện tại');
    expect(cmp.stats).toEqual({ added: 1, removed: 0, changed: 1, moved: 0 });
    const file = await call('exportComparisonDocx', { draftId: id, from: 1, to: 'current' });
    const xml = await docXml(file.file);
    expect(xml).toContain('BẢNG SO SÁNH');
    expect(xml).toContain('hoàn thành');
    expect(xml).toContain('vượt');
    expect(xml).toContain('Đoạn thêm mới.');
    expect(xml).not.toContain('Đoạn giữ nguyên.');
  });

  it('refuses an unknown version with a Vietnamese message', async () => {
    const id = await newDraft('x');
    const err = await callError('getVersion', { draftId: id, number: 9 });
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toContain('phiên bản 9');
    expect((await callError('compareVersions', { draftId: id, from: 0, to: 'current' })).code).toBe('INVALID_ARGUMENT');
  });
});
