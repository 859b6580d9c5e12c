// `duthao export-all` runs the same loop as the app's "Xuất tất cả dự thảo":
// a draft whose stored document no longer passes the check is named with
// its reason, the other drafts and the bundle are still written, the exit
// code says something failed, and no version is made.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/cli-error';
import { runCli } from '../../../main/cli/run';
import { openServices } from '../../../main/services/open-services';
import { docWith, tempDir } from '../../helpers/store';

const TEMPLATES = join(__dirname, '../../../templates');
let tmp: ReturnType<typeof tempDir>;
const dataDir = () => join(tmp.dir, 'data');

async function duthao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--data-dir', dataDir()], {
    openServices: (dir) => openServices({ dataDir: dir, templatesDir: TEMPLATES, appVersion: 't' }),
    defaultDataDir: () => join(tmp.dir, 'nowhere'),
    stdout: (t) => (stdout += t + '\n'),
    stderr: (t) => (stderr += t + '\n'),
  });
  return { code, stdout, stderr };
}

function draft(title: string, text: string): string {
  const s = openServices({ dataDir: dataDir(), templatesDir: TEMPLATES, appVersion: 't' });
  try {
    const d = s.handlers.createDraft({ templateId: 'blank', title }) as { id: string };
    s.handlers.saveDraft({ id: d.id, doc: docWith(text) as never });
    return d.id;
  } finally {
    s.close();
  }
}

beforeEach(() => {
  tmp = tempDir('duthao-cli-export-all-');
});
afterEach(() => tmp.cleanup());

describe('duthao export-all with a broken draft', () => {
  it('names the broken draft and why, exports the rest and the bundle, exits with failure, makes no version', async () => {
    const good = draft('Báo cáo tốt', 'Một.');
    const bad = draft('Báo cáo hỏng', 'Hai.');
    const db = new Database(join(dataDir(), 'duthao.db'));
    db.prepare('UPDATE drafts SET doc_json = ? WHERE id = ?').run(JSON.stringify({ type: 'doc', content: [{ type: 'noSuchNode' }] }), bad);
    db.close();

    const out = join(tmp.dir, 'xuat');
    const r = await duthao('export-all', '-o', out);
    expect(r.code).toBe(EXIT.failure);
    expect(r.stdout).toMatch(/^\[\d\/2\] LỖI “Báo cáo hỏng”: Đây không phải văn bản DuThao hợp lệ/m);
    expect(r.stdout).toMatch(/^\[\d\/2\] .+\.docx$/m);
    expect(r.stdout).toContain('Đã xuất 1/2 dự thảo');
    expect(r.stderr).toMatch(/^Lỗi: không xuất được 1 dự thảo: “Báo cáo hỏng”/);
    expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toHaveLength(1);
    const bundle = JSON.parse(readFileSync(join(out, 'duthao-tat-ca-du-thao.json'), 'utf8')) as { drafts: { id: string }[] };
    expect(bundle.drafts.map((d) => d.id).sort()).toEqual([good, bad].sort());

    const versions = await duthao('versions', good, '--json');
    expect(JSON.parse(versions.stdout)).toEqual([]);
  });

  it('says the folder cannot be made, in Vietnamese', async () => {
    draft('Báo cáo', 'Một.');
    const r = await duthao('export-all', '-o', join(TEMPLATES, 'blank.json', 'x'));
    expect(r.code).toBe(EXIT.failure);
    expect(r.stderr).toMatch(/^Lỗi: không tạo được thư mục/);
  });
});
