// `duthao new --year` and what the CLI says when it found the database
// corrupt: a child process over a temporary data folder, as a user runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
const bin = join(root, 'bin/duthao.cjs');
let base: string;

function duthao(dataDir: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args, '--data-dir', dataDir], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'duthao-cli-year-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('duthao new --year', () => {
  it('fills the template with the year chosen, and refuses a year that is not one', () => {
    const data = join(base, 'year');
    const r = duthao(data, 'new', '--template', 'bao-cao-cong-tac-nam-dang', '--year', '2025', '--json');
    expect(r.code, r.stderr).toBe(0);
    const draft = JSON.parse(r.stdout) as { title: string; doc: unknown };
    expect(draft.title).toBe('Báo cáo công tác năm 2025');
    const text = JSON.stringify(draft.doc);
    expect(text).toContain('NĂM 2025');
    expect(text).toContain('NĂM 2026');
    const thisYear = new Date().getFullYear();
    const plain = duthao(data, 'new', '--template', 'bao-cao-cong-tac-nam-dang', '--json');
    expect((JSON.parse(plain.stdout) as { title: string }).title).toBe(`Báo cáo công tác năm ${thisYear}`);
    for (const bad of ['20x5', '25', '3000']) {
      const e = duthao(data, 'new', '--template', 'bao-cao-cong-tac-nam-dang', '--year', bad);
      expect(e.code).toBe(2);
      expect(e.stdout).toBe('');
      expect(e.stderr.trim()).toMatch(/^Lỗi: năm không hợp lệ: .+ \(invalid --year .+\)$/);
    }
  });
});

describe('a corrupt database', () => {
  it('is moved aside, and the CLI says where instead of silently listing no drafts', () => {
    const data = join(base, 'corrupt');
    mkdirSync(data, { recursive: true });
    const garbage = 'SQLite format 3\0'.padEnd(4096, 'x') + 'not a database '.repeat(200);
    writeFileSync(join(data, 'duthao.db'), garbage);
    const r = duthao(data, 'list');
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout.trim()).toBe('Chưa có dự thảo nào.');
    const warning = r.stderr.trim();
    expect(warning).toMatch(/^Cảnh báo: cơ sở dữ liệu bị hỏng nên đã được chuyển sang ".+duthao\.db\.corrupt-[^"]+"/);
    const moved = /"([^"]+)"/.exec(warning)![1]!;
    expect(existsSync(moved)).toBe(true);
    expect(readFileSync(moved, 'utf8')).toBe(garbage);
    // Said once: the next run opens the new, healthy database.
    const again = duthao(data, 'list');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe('');
  });
});
