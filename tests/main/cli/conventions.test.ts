// `duthao` as a script uses it: --version, -o - to stdout, - from stdin,
// JSON errors with --json, and the exit codes 0/1/2/3 — through the real
// command (bin/duthao.cjs) over a temporary data folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
const bin = join(root, 'bin/duthao.cjs');
let dataDir: string;

function duthao(args: string[], input?: Buffer): { code: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args, '--data-dir', dataDir], { cwd: root, timeout: 60_000, ...(input ? { input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'duthao-cli-conv-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('duthao CLI conventions (real process)', () => {
  it('--version prints the package version', () => {
    const r = spawnSync(process.execPath, [bin, '--version'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`DuThao ${version}`);
  });

  it('export -o - writes the .docx to stdout; a review copy piped into merge - is read from stdin', () => {
    const templates = JSON.parse(duthao(['templates', '--json']).stdout.toString('utf8')) as { id: string }[];
    const created = duthao(['new', '--template', templates[0]!.id, '--title', 'Báo cáo thử', '--json']);
    expect(created.code, created.stderr).toBe(0);
    const id = (JSON.parse(created.stdout.toString('utf8')) as { id: string }).id;

    const docx = duthao(['export', id, '-o', '-']);
    expect(docx.code, docx.stderr).toBe(0);
    expect(docx.stdout.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');

    expect(duthao(['settings', '--name', 'Nguyễn Văn A', '--role', 'Chuyên viên']).code).toBe(0);
    const copy = duthao(['pack', id, '-o', '-']);
    expect(copy.code, copy.stderr).toBe(0);
    const merged = duthao(['merge', id, '-', '--json'], copy.stdout);
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout.toString('utf8'))).toMatchObject({ addedThreads: [], addedEntries: [] });
  });

  it('exit codes: 2 for usage, 3 for a failure, with --json the error is JSON on stderr', () => {
    expect(duthao(['frob']).code).toBe(2);
    const missing = duthao(['show', 'khong-co', '--json']);
    expect(missing.code).toBe(3);
    expect(missing.stdout.length).toBe(0);
    expect(JSON.parse(missing.stderr)).toMatchObject({ error: { exitCode: 3, message: expect.any(String), detail: expect.any(String) } });
  });
});
