// "Xuất tất cả dự thảo" through the same dispatch the UI uses: the job's
// progress goes draft by draft, a cancel stops it, a draft whose stored
// document no longer passes the check is reported (the others still go out),
// the web host's .zip holds every .docx and the JSON bundle, the desktop
// app's folder gets the same files, and nothing a draft holds changes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../../common/api/contract';
import type { ExportAllProgress } from '../../../../common/export-all/api';
import { createDispatch, type Dispatch } from '../../../../main/api/dispatch';
import { openZip } from '../../../../main/file-formats/ooxml/zip';
import { runExportAll, type ExportAllStep } from '../../../../main/services/export-all/run-export-all';
import { zipSink } from '../../../../main/services/export-all/sinks';
import { sourceFromCall, type ApiCall } from '../../../../main/services/export-all/source';
import { openServices, type Services } from '../../../../main/services/open-services';
import { docWith } from '../../../helpers/store';

const TEMPLATES = join(__dirname, '../../../../templates');
let dir: string;
let services: Services;
let dispatch: Dispatch;

function open(chooseExportFolder?: () => Promise<string | null>): void {
  services?.close();
  services = openServices({ dataDir: join(dir, 'data'), templatesDir: TEMPLATES, appVersion: 't', chooseExportFolder });
  dispatch = createDispatch(services.handlers);
}

async function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
  const r = await dispatch(method, args);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as ApiResults[M];
}

/** A draft titled `title` whose body says `text`. */
async function draft(title: string, text: string): Promise<string> {
  const d = await call('createDraft', { templateId: 'blank', title });
  await call('saveDraft', { id: d.id, doc: docWith(text) });
  return d.id;
}

/** Polls a job until it is no longer running. */
async function settle(jobId: string): Promise<ExportAllProgress> {
  for (let i = 0; i < 2000; i++) {
    const p = await call('exportAllProgress', { jobId });
    if (p.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('export-all job never finished');
}

/** Spoils a stored document behind the services' back (as an older build or a disk fault might). */
function spoil(id: string): void {
  const db = new Database(services.info.databasePath);
  db.prepare('UPDATE drafts SET doc_json = ? WHERE id = ?').run(JSON.stringify({ type: 'doc', content: [{ type: 'noSuchNode' }] }), id);
  db.close();
}

const textOfDocx = (bytes: Uint8Array): string => new TextDecoder().decode(openZip(bytes).read('word/document.xml')!);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duthao-export-all-'));
  open();
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the export-all loop', () => {
  it('reports each draft as it starts and ends, in list order, then the bundle', async () => {
    await draft('Báo cáo A', 'Nội dung A.');
    await draft('Báo cáo B', 'Nội dung B.');
    const steps: ExportAllStep[] = [];
    const last = await runExportAll(sourceFromCall(call as ApiCall), zipSink(), { onProgress: (s) => steps.push(s) });
    const list = await call('listDrafts', {});
    expect(steps.map((s) => [s.state, s.done, s.current])).toEqual([
      ['running', 0, list[0]!.title],
      ['running', 1, null],
      ['running', 1, list[1]!.title],
      ['running', 2, null],
      ['done', 2, null],
    ]);
    expect(last.files).toHaveLength(2);
    expect(last.bundle).toBe('duthao-tat-ca-du-thao.json');
  });
});

describe('exportAllStart / exportAllProgress / exportAllDownload (web host: one .zip)', () => {
  it('delivers a .zip with every draft’s final .docx and the JSON bundle, and changes nothing', async () => {
    const a = await draft('Báo cáo công tác năm', 'Năm nay hoàn thành các chỉ tiêu.');
    const b = await draft('Nghị quyết nhiệm vụ', 'Năm tới tập trung chuyển đổi số.');
    await call('updateSettings', { userName: 'Nguyễn Văn A', userRole: 'Chuyên viên' });
    await call('addThread', { draftId: a, quote: 'Năm', body: 'Xem lại số liệu.' });
    const before = await Promise.all([a, b].map((id) => call('getDraft', { id })));

    const started = await call('exportAllStart', {});
    expect(started).not.toBeNull();
    expect(started!.total).toBe(2);
    expect(started!.target.kind).toBe('zip');
    const end = await settle(started!.jobId);
    expect(end).toMatchObject({ state: 'done', done: 2, total: 2, failures: [], current: null, error: null });

    const zipFile = await call('exportAllDownload', { jobId: started!.jobId });
    expect(zipFile.fileName).toMatch(/^duthao-tat-ca-du-thao-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = openZip(Buffer.from(zipFile.file, 'base64'));
    const names = zip.entries.map((e) => e.name).sort();
    expect(names).toEqual([...end.files, 'duthao-tat-ca-du-thao.json'].sort());
    const texts = end.files.map((f) => textOfDocx(zip.read(f)!)).join('\n');
    expect(texts).toContain('nay hoàn thành các chỉ tiêu.');
    expect(texts).toContain('Năm tới tập trung chuyển đổi số.');
    expect(texts).not.toContain('DỰ THẢO');
    const bundle = JSON.parse(new TextDecoder().decode(zip.read('duthao-tat-ca-du-thao.json')!)) as { format: string; drafts: { id: string; doc: unknown; threads: { entries: { body: string }[] }[] }[] };
    expect(bundle.format).toBe('duthao-drafts');
    expect(bundle.drafts.map((d) => d.id).sort()).toEqual([a, b].sort());
    expect(bundle.drafts.find((d) => d.id === a)!.doc).toEqual(before[0]!.doc);
    expect(JSON.stringify(bundle.drafts.find((d) => d.id === a)!.threads)).toContain('Xem lại số liệu.');

    // Nothing a draft holds changed: same revision and text, and no version was made.
    const after = await Promise.all([a, b].map((id) => call('getDraft', { id })));
    expect(after.map((d) => d.revision)).toEqual(before.map((d) => d.revision));
    expect(await call('listVersions', { draftId: a })).toEqual([]);
    // Downloaded once, then forgotten.
    const again = await dispatch('exportAllDownload', { jobId: started!.jobId });
    expect(again.ok).toBe(false);
  });

  it('reports a draft whose stored document no longer passes the check, and exports the others', async () => {
    await draft('Tốt một', 'Một.');
    const bad = await draft('Hỏng', 'Hai.');
    await draft('Tốt ba', 'Ba.');
    spoil(bad);
    const started = await call('exportAllStart', {});
    const end = await settle(started!.jobId);
    expect(end.state).toBe('done');
    expect(end.done).toBe(3);
    expect(end.files).toHaveLength(2);
    expect(end.failures).toHaveLength(1);
    expect(end.failures[0]).toMatchObject({ draftId: bad, title: 'Hỏng' });
    expect(end.failures[0]!.reason).toMatch(/không phải văn bản DuThao hợp lệ/);
    const zip = openZip(Buffer.from((await call('exportAllDownload', { jobId: started!.jobId })).file, 'base64'));
    expect(zip.entries.filter((e) => e.name.endsWith('.docx'))).toHaveLength(2);
    // Its text is not lost: the bundle still carries the stored document.
    const bundle = JSON.parse(new TextDecoder().decode(zip.read('duthao-tat-ca-du-thao.json')!)) as { drafts: { id: string }[] };
    expect(bundle.drafts.map((d) => d.id)).toContain(bad);
  });

  it('stops at a cancel: fewer drafts done, no bundle, no .zip, and a second job may start', async () => {
    for (let i = 1; i <= 6; i++) await draft(`Dự thảo ${i}`, `Đoạn ${i}.`);
    const started = await call('exportAllStart', {});
    const refused = await dispatch('exportAllStart', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Đang xuất tất cả dự thảo/) });
    await call('exportAllCancel', { jobId: started!.jobId });
    const end = await settle(started!.jobId);
    expect(end.state).toBe('cancelled');
    expect(end.done).toBeLessThan(6);
    expect(end.bundle).toBeNull();
    const download = await dispatch('exportAllDownload', { jobId: started!.jobId });
    expect(download.ok).toBe(false);
    const next = await call('exportAllStart', {});
    expect((await settle(next!.jobId)).state).toBe('done');
  });

  it('says so for an unknown job', async () => {
    const r = await dispatch('exportAllProgress', { jobId: 'khong-co' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });
});

describe('exportAllStart in the desktop app (a folder chosen by the user)', () => {
  it('writes the .docx files and the bundle into the chosen folder, beside files already there', async () => {
    const out = join(dir, 'chon');
    open(async () => out);
    await draft('Báo cáo A', 'A.');
    const first = await call('exportAllStart', {});
    expect(first!.target).toEqual({ kind: 'folder', folder: out });
    await settle(first!.jobId);
    const second = await call('exportAllStart', {});
    const end = await settle(second!.jobId);
    expect(end.bundle).toBe('duthao-tat-ca-du-thao (2).json');
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(2);
    expect(textOfDocx(readFileSync(join(out, end.files[0]!)))).toContain('A.');
  });

  it('does nothing when the user closes the folder dialog', async () => {
    open(async () => null);
    await draft('Báo cáo A', 'A.');
    expect(await call('exportAllStart', {})).toBeNull();
  });

  it('fails the job with a Vietnamese reason when the folder cannot be written', async () => {
    const file = join(dir, 'la-tep');
    writeFileSync(file, 'x');
    open(async () => join(file, 'con'));
    await draft('Báo cáo A', 'A.');
    const r = await dispatch('exportAllStart', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Không tạo được thư mục/);
  });
});
