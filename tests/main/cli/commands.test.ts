// The `duthao` command as a user runs it: a child process over a temporary
// data folder, checked by its output and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
const bin = join(root, 'bin/duthao.cjs');
let base: string;
let dataDir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function duthao(...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function withData(...args: string[]): Run {
  return duthao(...args, '--data-dir', dataDir);
}

function expectOneLineError(r: Run): void {
  expect(r.code, r.stderr).not.toBe(0);
  expect(r.code).not.toBeNull();
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lỗi: .+ \(.+\)$/);
  expect(r.stdout).toBe('');
}

interface TemplateRow {
  id: string;
  title: string;
  source: string;
  broken?: string;
}

let template: TemplateRow;
let draftId: string;
const title = 'Báo cáo tổng kết của Thành ủy Cần Thơ năm 2025';

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'duthao-cli-'));
  dataDir = join(base, 'data');
  // The first run may rebuild dist/main/cli.cjs; do it once before the timed tests.
  const warm = duthao('--help');
  expect(warm.code, warm.stderr).toBe(0);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('duthao CLI', () => {
  it('prints help listing every command', () => {
    const r = duthao('--help');
    expect(r.code).toBe(0);
    for (const name of ['templates', 'new', 'list', 'show', 'search']) expect(r.stdout).toContain(name);
  });

  it('lists the built-in templates, as text and as JSON', () => {
    const json = withData('templates', '--json');
    expect(json.code, json.stderr).toBe(0);
    const rows = JSON.parse(json.stdout) as TemplateRow[];
    const builtin = rows.filter((t) => t.source === 'builtin' && !t.broken);
    expect(builtin.length).toBeGreaterThan(0);
    template = builtin[0]!;
    const text = withData('templates');
    expect(text.code).toBe(0);
    for (const t of builtin) {
      expect(text.stdout).toContain(t.id);
      expect(text.stdout).toContain(t.title);
    }
  });

  it('creates a draft and prints only its id', () => {
    const r = withData('new', '--template', template.id, '--title', title);
    expect(r.code, r.stderr).toBe(0);
    draftId = r.stdout.trim();
    expect(draftId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(r.stdout).toBe(`${draftId}\n`);
  });

  it('creates a draft with --json and prints the draft', () => {
    const r = withData('new', '--template', template.id, '--json');
    expect(r.code, r.stderr).toBe(0);
    const draft = JSON.parse(r.stdout);
    expect(draft).toMatchObject({ templateId: template.id, doc: { type: 'doc' } });
    expect(draft.id).not.toBe(draftId);
  });

  it('lists the new draft, as text and as JSON', () => {
    const text = withData('list');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(draftId);
    expect(text.stdout).toContain(title);
    const json = JSON.parse(withData('list', '--json').stdout) as { id: string; title: string }[];
    expect(json.find((d) => d.id === draftId)?.title).toBe(title);
    const trash = withData('list', '--trash', '--json');
    expect(trash.code).toBe(0);
    expect(JSON.parse(trash.stdout)).toEqual([]);
  });

  it('shows a draft with its title, template and text', () => {
    const json = withData('show', draftId, '--json');
    expect(json.code, json.stderr).toBe(0);
    const draft = JSON.parse(json.stdout) as { id: string; title: string; doc: unknown };
    expect(draft).toMatchObject({ id: draftId, title, doc: { type: 'doc' } });
    const texts: string[] = [];
    const collect = (n: unknown): void => {
      if (n && typeof n === 'object') {
        const node = n as { type?: string; text?: unknown; content?: unknown[]; attrs?: Record<string, unknown> };
        if (typeof node.text === 'string' && node.text.trim().length > 3) texts.push(node.text.trim());
        if (node.type === 'documentTitle' && typeof node.attrs?.['documentType'] === 'string') texts.push(node.attrs['documentType']);
        node.content?.forEach(collect);
      }
    };
    collect(draft.doc);
    const human = withData('show', draftId);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(title);
    expect(human.stdout).toContain(template.id);
    expect(human.stdout).toMatch(/Đảng|Nhà nước/);
    expect(texts.length, 'the template has some text').toBeGreaterThan(0);
    expect(human.stdout).toContain(texts[0]);
  });

  it('finds "Cần Thơ" when searching `can tho`', () => {
    const json = withData('search', 'can tho', '--json');
    expect(json.code, json.stderr).toBe(0);
    const hits = JSON.parse(json.stdout) as { id: string }[];
    expect(hits.map((h) => h.id)).toContain(draftId);
    const human = withData('search', 'can', 'tho');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(draftId);
    const none = withData('search', 'zzzkhongco');
    expect(none.code).toBe(0);
    expect(none.stdout).not.toContain(draftId);
  });

  it('fails with one line for an unknown draft id', () => {
    expectOneLineError(withData('show', 'khong-ton-tai'));
  });

  it('fails with one line for an unknown template', () => {
    expectOneLineError(withData('new', '--template', 'khong-co-mau-nay'));
  });

  it('fails with one line when the data folder is a regular file', () => {
    const file = join(base, 'not-a-folder');
    writeFileSync(file, 'x');
    expectOneLineError(duthao('list', '--data-dir', file));
  });

  it('fails with one line for an unknown command or flag', () => {
    expectOneLineError(withData('frobnicate'));
    expectOneLineError(withData('list', '--colour'));
    expectOneLineError(withData('show'));
  });
});
