// The versions and backup commands as a user types them: `duthao versions`,
// `version save`, `diff` (text and --docx), `restore`, `backup -o` and
// `restore-backup`, run in-process over a temporary data folder through the
// same runCli the `duthao` binary uses; checked by output, files and exit codes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/cli-error';
import { runCli } from '../../../main/cli/run';
import { openServices } from '../../../main/services/open-services';
import { docWith, tempDir } from '../../helpers/store';
import { TEMPLATES_DIR } from '../../helpers/repo';

const TEMPLATES = TEMPLATES_DIR;
let tmp: ReturnType<typeof tempDir>;

async function duthao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--data-dir', join(tmp.dir, 'data')], {
    openServices: (dataDir) => openServices({ dataDir, templatesDir: TEMPLATES, appVersion: 't' }),
    defaultDataDir: () => join(tmp.dir, 'nowhere'),
    stdout: (t) => (stdout += t + '\n'),
    stderr: (t) => (stderr += t + '\n'),
  });
  return { code, stdout, stderr };
}

async function ok(...args: string[]): Promise<string> {
  const r = await duthao(...args);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** Creates a draft with the given paragraphs (through the services) and returns its id. */
function draft(...paragraphs: string[]): string {
  const s = openServices({ dataDir: join(tmp.dir, 'data'), templatesDir: TEMPLATES, appVersion: 't' });
  try {
    const d = s.handlers.createDraft({ templateId: 'blank', title: 'Báo cáo năm' }) as { id: string };
    s.handlers.saveDraft({ id: d.id, doc: docWith(...paragraphs) as never });
    return d.id;
  } finally {
    s.close();
  }
}

function edit(id: string, ...paragraphs: string[]): void {
  const s = openServices({ dataDir: join(tmp.dir, 'data'), templatesDir: TEMPLATES, appVersion: 't' });
  s.handlers.saveDraft({ id, doc: docWith(...paragraphs) as never });
  s.close();
}

beforeEach(() => {
  tmp = tempDir('duthao-cli-versions-');
});
afterEach(() => tmp.cleanup());

describe('duthao versions, version save, diff, restore', () => {
  it('saves, lists, compares and restores versions', async () => {
    const id = draft('Năm 2024 đã hoàn thành các chỉ tiêu.');
    expect(await ok('versions', id)).toContain('chưa có phiên bản nào');
    expect(await ok('version', 'save', id, '--label', 'Dự thảo lần 1 – gửi Ban Thường vụ')).toContain('Đã lưu phiên bản 1 – Dự thảo lần 1');
    edit(id, 'Năm 2024 đã vượt các chỉ tiêu.');
    await ok('version', 'save', id, '--label', 'lần 2');
    const list = await ok('versions', id);
    expect(list.split('\n')[0]).toMatch(/^2 .*lần 2/);
    expect(list).toContain('Dự thảo lần 1 – gửi Ban Thường vụ');

    const out = join(tmp.dir, 'so-sanh.docx');
    const text = await ok('diff', id, '1', '2', '--docx', out);
    expect(text).toContain('[-hoàn thành-]{+vượt+}');
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('BẢNG SO SÁNH');
    expect(await ok('diff', id, '2', 'current')).toContain('Hai bản giống nhau');

    expect(await ok('restore', id, '1')).toContain('Đã khôi phục phiên bản 1');
    expect(await ok('diff', id, '1', 'current')).toContain('Hai bản giống nhau');
    const json = JSON.parse(await ok('versions', id, '--json')) as { number: number; trigger: string }[];
    expect(json.map((v) => v.trigger)).toEqual(['restore', 'manual', 'manual']);
  });

  it('says clearly what is wrong with a bad version argument or an unknown version', async () => {
    const id = draft('x');
    const bad = await duthao('restore', id, 'hai');
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/^Lỗi: số phiên bản phải là số nguyên dương/);
    const missing = await duthao('diff', id, '1', 'current');
    expect(missing.code).toBe(EXIT.failure);
    expect(missing.stderr).toMatch(/^Lỗi: Không tìm thấy phiên bản 1/);
    expect((await duthao('version', 'list', id)).code).toBe(EXIT.usage);
  });
});

describe('duthao backup, restore-backup', () => {
  it('backs up to a file and restores from it, showing what it holds first', async () => {
    const id = draft('Nội dung trong bản sao lưu.');
    const file = join(tmp.dir, 'sao-luu.db');
    expect(await ok('backup', '-o', file)).toContain('Đã chép bản sao lưu ra');
    expect(existsSync(file)).toBe(true);
    const again = await duthao('backup', '-o', file);
    expect(again.code).toBe(EXIT.failure);
    expect(again.stderr).toContain('--force');

    edit(id, 'Nội dung sửa sau khi sao lưu.');
    const dry = await ok('restore-backup', file, '--dry-run');
    expect(dry).toContain('1 dự thảo');
    expect(dry).toContain('Báo cáo năm');
    expect(await ok('show', id)).toContain('Nội dung sửa sau khi sao lưu.');

    const done = await ok('restore-backup', file);
    expect(done).toContain('Báo cáo năm');
    expect(done).toContain('Đã khôi phục');
    expect(await ok('show', id)).toContain('Nội dung trong bản sao lưu.');

    const notDb = join(tmp.dir, 'khong-phai.db');
    writeFileSync(notDb, 'không phải cơ sở dữ liệu');
    const refused = await duthao('restore-backup', notDb);
    expect(refused.code).toBe(EXIT.failure);
    expect(refused.stderr).toMatch(/^Lỗi: Tệp này không phải là bản sao lưu của DuThao/);
    expect(await ok('show', id)).toContain('Nội dung trong bản sao lưu.');
  });
});

describe('duthao export-all', () => {
  it('writes every draft as .docx plus one JSON bundle, with progress, never over existing files', async () => {
    draft('Một.');
    draft('Hai.');
    const out = join(tmp.dir, 'xuat');
    const text = await ok('export-all', '-o', out);
    expect(text).toMatch(/^\[1\/2\] .+\.docx$/m);
    expect(text).toMatch(/^\[2\/2\] .+\.docx$/m);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(2);
    const bundle = JSON.parse(readFileSync(join(out, 'duthao-tat-ca-du-thao.json'), 'utf8')) as { drafts: { doc: unknown; threads: unknown[] }[] };
    expect(bundle.drafts).toHaveLength(2);
    expect(bundle.drafts[0]!.doc).toBeTruthy();
    await ok('export-all', '-o', out);
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toHaveLength(4);
  });
});
