// "Nhập từ Word" through the API: the preview stores nothing, the import
// creates a draft the library lists and that opens, comments come in as
// threads, a file with tracked changes needs a choice, the year shift moves
// the title's years, and `duthao import` prints the new id and the report.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../common/api/errors';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import type { WordImportResult } from '../../../common/import/word-import';
import { createDispatch } from '../../../main/api/dispatch';
import { exportDocx } from '../../../main/file-formats/docx/export-docx';
import { openServices, type Services } from '../../../main/services';
import { sampleDangDoc } from '../../helpers/export-samples';
import { documentXml, makeDocx } from '../../helpers/hostile-files';
import { tempDir } from '../../helpers/store';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
let tmp: ReturnType<typeof tempDir>;
let services: Services;

beforeEach(() => {
  tmp = tempDir('duthao-import-');
  services = openServices({ dataDir: join(tmp.dir, 'data'), templatesDir: join(root, 'templates'), appVersion: 'test', now: () => new Date('2025-12-04T08:00:00Z') });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The sample report with a comment mark on "7,12%" and its thread, exported with Word comments. */
async function reportWithComment(): Promise<Uint8Array> {
  const doc = sampleDangDoc();
  let marked1 = false;
  const mark = (n: NodeJSON): NodeJSON => {
    if (n.text === '7,12%' && !marked1) {
      marked1 = true;
      return { ...n, marks: [...(n.marks ?? []), { type: 'comment', attrs: { id: 'thread-1' } }] };
    }
    return { ...n, ...(n.content ? { content: n.content.map(mark) } : {}) };
  };
  const marked = mark(doc) as DocJSON;
  return exportDocx(marked, {
    variant: 'final',
    comments: [{ id: 'thread-1', resolved: false, comment: { author: 'Nguyễn Văn An', initials: 'NVA', date: '2025-11-20T08:00:00.000Z', text: 'Kiểm tra lại số liệu tăng trưởng.' }, replies: [] }],
  });
}

describe('Word import through the API', () => {
  it('previews without storing, then imports: a new draft with its header, and the comment as a thread', async () => {
    const dispatch = createDispatch(services.handlers);
    const file = b64(await reportWithComment());
    const preview = await services.handlers.previewWordImport({ file });
    expect(preview).toMatchObject({ profile: 'dang', trackedChanges: 0, comments: 1, yearShift: { from: 2024, to: 2025 } });
    expect(preview.title).toBe('Báo cáo tình hình, kết quả thực hiện nhiệm vụ năm 2024; mục tiêu, nhiệm vụ, giải pháp năm 2025');
    expect(services.handlers.listDrafts({})).toHaveLength(0);

    const result = await dispatch('importWordDocument', { file, fileName: 'Báo cáo 2024.docx' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as WordImportResult;
    const draft = await services.handlers.getDraft({ id: value.id });
    expect(draft.title).toBe(preview.title);
    expect(draft.templateTitle).toBe('Nhập từ Word: Báo cáo 2024.docx');
    expect(draft.doc.content![0]!.attrs).toMatchObject({ issuingBody: 'HUYỆN ỦY CHÂU THÀNH', number: '123', bodyCode: 'HU' });
    const threads = await services.handlers.listThreads({ draftId: value.id });
    expect(threads.map((t) => [t.quote, t.entries[0]!.body, t.detached])).toEqual([['7,12%', 'Kiểm tra lại số liệu tăng trưởng.', false]]);
    expect(value.report.notes.find((n) => n.code === 'comments')?.message).toBe('1 góp ý (comment) được nhập thành luồng góp ý.');
    expect(JSON.stringify(draft.doc)).toContain('"comment"');
  });

  it('shifts the years of the subject and the title when the user confirms "Chuyển năm 2024 → 2025"', async () => {
    const file = b64(await exportDocx(sampleDangDoc(), { variant: 'final' }));
    const r = await services.handlers.importWordDocument({ file, yearShift: { from: 2024, to: 2025 } });
    const draft = await services.handlers.getDraft({ id: r.id });
    expect(draft.doc.content![1]!.attrs!.subject).toBe('tình hình, kết quả thực hiện nhiệm vụ năm 2025; mục tiêu, nhiệm vụ, giải pháp năm 2026');
    expect(draft.title).toBe('Báo cáo tình hình, kết quả thực hiện nhiệm vụ năm 2025; mục tiêu, nhiệm vụ, giải pháp năm 2026');
    expect(r.report.notes.find((n) => n.code === 'year-shift')?.message).toBe('Đã chuyển năm 2024 → 2025 ở 2 chỗ trong tiêu đề và trích yếu.');
  });

  it('a file with tracked changes is refused until the user picks accept-all or reject-all', async () => {
    const body = '<w:p><w:r><w:t xml:space="preserve">Thu ngân sách </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>vượt</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>đạt</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> dự toán.</w:t></w:r></w:p>';
    const file = b64(makeDocx({ 'word/document.xml': documentXml(body) }));
    const preview = await services.handlers.previewWordImport({ file });
    expect(preview.trackedChanges).toBe(2);
    await expect(services.handlers.importWordDocument({ file })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('chấp nhận tất cả hoặc từ chối tất cả') as string });
    expect(services.handlers.listDrafts({})).toHaveLength(0);
    const r = await services.handlers.importWordDocument({ file, trackedChanges: 'reject' });
    const text = JSON.stringify((await services.handlers.getDraft({ id: r.id })).doc);
    expect(text).toContain('Thu ngân sách đạt dự toán.');
    expect(text).not.toContain('vượt');
  });

  it('a file that is not Word gives a Vietnamese error and creates nothing', async () => {
    const err = await Promise.resolve(services.handlers.importWordDocument({ file: b64(new TextEncoder().encode('không phải docx')) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('Tệp này không phải là tệp Word (.docx) hợp lệ.');
    expect(services.handlers.listDrafts({})).toHaveLength(0);
  });
});

describe('duthao import', () => {
  it('prints the new draft id and the report; --json gives the result as JSON', async () => {
    const file = join(tmp.dir, 'bao-cao.docx');
    writeFileSync(file, await exportDocx(sampleDangDoc(), { variant: 'final' }));
    const dataDir = join(tmp.dir, 'cli-data');
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/duthao.cjs'), ...args, '--data-dir', dataDir], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } });
    const text = run('import', file, '--title', 'Báo cáo nhập thử');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Đã tạo dự thảo [A-Za-z0-9_-]+: Báo cáo nhập thử\n/);
    expect(text.stdout).toContain('Đã nhận dạng: ');
    const json = run('import', file, '--json', '--profile', 'nha-nuoc');
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { id: string; profile: string; report: { notes: unknown[] } };
    expect(parsed.profile).toBe('nha-nuoc');
    const shown = run('show', parsed.id, '--json');
    expect(shown.status, shown.stderr).toBe(0);
    const bad = run('import', join(tmp.dir, 'khong-co.docx'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/^Lỗi: không tìm thấy tệp .+ \(.+\)\n$/);
  });
});
