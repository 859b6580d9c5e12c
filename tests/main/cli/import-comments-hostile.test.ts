// `duthao import-comments` with hostile and revised Word files, as a child
// process: a zip bomb is one `Lỗi: … (detail)` line and a non-zero exit;
// tracked changes in the file are told after what was imported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsXml, documentXml, makeDocx, rawZip, zeroBombDeflate, deflatedEntry } from '../../helpers/hostile-files';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
const bin = join(root, 'bin/duthao.cjs');

function duthao(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data-dir', dataDir], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let base: string;
let dataDir: string;
let draftId: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'duthao-cli-hostile-'));
  dataDir = join(base, 'data');
  const created = duthao(dataDir, 'new', '--template', 'blank', '--title', 'Báo cáo');
  expect(created.code, created.stderr).toBe(0);
  draftId = created.stdout.trim();
}, 180_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('duthao import-comments with files from outside', () => {
  it('refuses a zip bomb with one clear error line', () => {
    const file = join(base, 'bom.docx');
    writeFileSync(file, rawZip([deflatedEntry('[Content_Types].xml', '<Types/>'), { name: 'word/document.xml', data: zeroBombDeflate(1024 * 1024 * 1024), method: 8, declaredSize: 100 }]));
    const r = duthao(dataDir, 'import-comments', draftId, file);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^Lỗi: Tệp Word có phần "word\/document\.xml" giải nén ra quá lớn \(hơn 256 MB\).* \(.+declared 100\)\)?$/);
  }, 120_000);

  it('names the tracked changes it could not place in the draft, after what it imported', () => {
    const file = join(base, 'sua.docx');
    const body =
      '<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Nội dung</w:t></w:r><w:commentRangeEnd w:id="1"/></w:p>' +
      '<w:p><w:ins w:id="2" w:author="A"><w:r><w:t>mới</w:t></w:r></w:ins><w:del w:id="3" w:author="A"><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p>';
    writeFileSync(file, makeDocx({ 'word/document.xml': documentXml(body), 'word/comments.xml': commentsXml([{ id: '1', author: 'Lê Văn Cường', text: 'Xem lại.' }]) }));
    const r = duthao(dataDir, 'import-comments', draftId, file);
    expect(r.code, r.stderr).toBe(0);
    // The draft has none of these passages: each change is named (docs/suggestions.md, "Word").
    expect(r.stdout).toMatch(/^Đã thêm 1 góp ý mới, 0 trả lời mới[^\n]*?\. 2 thay đổi được theo dõi không tìm thấy đoạn văn tương ứng trong dự thảo nên chưa được đưa vào: chèn “mới” \(A\); xóa “cũ” \(A\)\. Hãy xem các thay đổi đó trong Word\./);
  }, 120_000);
});
