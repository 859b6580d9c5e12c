// The CLI's parsing, output and error lines, in-process with fake services.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../common/api/errors';
import type { ApiHandlers } from '../../../main/api/handlers';
import { documentPlainText } from '../../../main/cli/plain-text';
import { runCli, type CliEnvironment } from '../../../main/cli/run';

const draft = {
  id: 'd1',
  title: 'Nghị quyết nhiệm vụ năm 2026',
  templateId: 'nghi-quyet',
  templateTitle: 'Nghị quyết nhiệm vụ năm',
  profile: 'dang',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  deletedAt: null,
  revision: 1,
  doc: {
    type: 'doc',
    content: [
      { type: 'header', attrs: { issuingBody: 'THÀNH ỦY' } },
      { type: 'documentTitle', attrs: { documentType: 'NGHỊ QUYẾT', subject: 'về nhiệm vụ năm 2026' } },
      {
        type: 'body',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Mục tiêu' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Tăng trưởng ' }, { type: 'text', text: '7,12%', marks: [{ type: 'bold' }] }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một' }] }] }] },
        ],
      },
      { type: 'closing', attrs: {} },
    ],
  },
};

function env(handlers: Partial<Record<string, (a: never) => unknown>>, opts: { openFails?: Error; stdin?: Buffer } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const bytes: Uint8Array[] = [];
  const state = { opened: 0, closed: 0, dataDir: '' };
  const e: CliEnvironment = {
    openServices: (dataDir) => {
      state.dataDir = dataDir;
      if (opts.openFails) throw opts.openFails;
      state.opened++;
      return { handlers: handlers as unknown as ApiHandlers, close: () => void state.closed++ };
    },
    defaultDataDir: () => '/default/data',
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    writeStdoutBytes: (b) => bytes.push(b),
    readStdin: async () => opts.stdin ?? Buffer.alloc(0),
    version: '9.8.7',
  };
  return { e, out, err, state, bytes };
}

describe('runCli', () => {
  it('uses the default data folder and closes the services afterwards', async () => {
    const t = env({ listDrafts: () => [] });
    expect(await runCli(['list'], t.e)).toBe(0);
    expect(t.state).toMatchObject({ opened: 1, closed: 1, dataDir: '/default/data' });
    expect(t.out.join('\n')).toContain('Chưa có dự thảo nào');
  });

  it('passes --data-dir through', async () => {
    const t = env({ listDrafts: () => [] });
    await runCli(['list', '--data-dir', '/tmp/x'], t.e);
    expect(t.state.dataDir).toBe('/tmp/x');
  });

  it('prints pretty JSON with --json', async () => {
    const t = env({ getDraft: () => draft });
    expect(await runCli(['show', 'd1', '--json'], t.e)).toBe(0);
    expect(t.out[0]).toBe(JSON.stringify(draft, null, 2));
  });

  it('turns a typed API error into one Vietnamese line with the English detail', async () => {
    const t = env({
      getDraft: () => {
        throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.', 'no draft with id x1');
      },
    });
    expect(await runCli(['show', 'x1'], t.e)).toBe(3);
    expect(t.err).toEqual(['Lỗi: Không tìm thấy dự thảo. (no draft with id x1)']);
    expect(t.state.closed).toBe(1);
  });

  it('validates arguments through the shared dispatch', async () => {
    let called = false;
    const t = env({ getDraft: () => ((called = true), draft) });
    expect(await runCli(['show', 'bad id!'], t.e)).toBe(3);
    expect(called).toBe(false);
    expect(t.err[0]).toMatch(/^Lỗi: Dữ liệu gửi lên không hợp lệ\. \(getDraft: id: /);
  });

  it('reports an unusable data folder in one line', async () => {
    const failure = Object.assign(new Error('Không mở được thư mục dữ liệu.'), { name: 'StartupError' });
    const t = env({}, { openFails: failure });
    expect(await runCli(['list', '--data-dir', '/etc/passwd'], t.e)).toBe(3);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/^Lỗi: Không mở được thư mục dữ liệu\. \(StartupError; data dir: \/etc\/passwd\)$/);
  });

  it('rejects unknown commands, unknown flags and missing arguments with exit 2', async () => {
    for (const argv of [['frob'], ['list', '--colour'], ['show'], ['show', 'a', 'b'], ['new']]) {
      const t = env({});
      expect(await runCli(argv, t.e), argv.join(' ')).toBe(2);
      expect(t.err, argv.join(' ')).toHaveLength(1);
      expect(t.err[0]).toMatch(/^Lỗi: .+ \(.+\)$/);
      expect(t.state.opened).toBe(0);
    }
  });

  it('prints the human form of a draft with its text', async () => {
    const t = env({ getDraft: () => draft });
    await runCli(['show', 'd1'], t.e);
    const text = t.out.join('\n');
    expect(text).toContain('Tiêu đề:   Nghị quyết nhiệm vụ năm 2026');
    expect(text).toContain('Thể thức:  Đảng');
    expect(text).toContain('Tăng trưởng 7,12%');
  });
});

describe('CLI conventions', () => {
  it('prints the version with --version, as JSON with --json', async () => {
    const t = env({});
    expect(await runCli(['--version'], t.e)).toBe(0);
    expect(t.out).toEqual(['DuThao 9.8.7']);
    const j = env({});
    expect(await runCli(['--version', '--json'], j.e)).toBe(0);
    expect(JSON.parse(j.out[0]!)).toEqual({ version: '9.8.7' });
    expect(t.state.opened + j.state.opened).toBe(0);
  });

  it('documents the exit codes, -o - and - in --help', async () => {
    const t = env({});
    expect(await runCli(['--help'], t.e)).toBe(0);
    const help = t.out.join('\n');
    expect(help).toMatch(/Mã thoát:\n {2}0 {2}thành công\n {2}1 {2}có phát hiện.*\n {2}2 {2}sai cú pháp.*\n {2}3 {2}không thực hiện được/);
    expect(help).toContain('--version');
    expect(help).toContain('-o -');
  });

  it('with --json, errors are JSON too — usage errors (2) and failures (3) alike', async () => {
    const usage = env({});
    expect(await runCli(['list', '--colour', '--json'], usage.e)).toBe(2);
    expect(JSON.parse(usage.err.join('\n'))).toMatchObject({ error: { exitCode: 2, message: expect.stringContaining('tham số không hợp lệ') } });
    const missing = env({
      getDraft: () => {
        throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.', 'no draft with id x1');
      },
    });
    expect(await runCli(['show', 'x1', '--json'], missing.e)).toBe(3);
    expect(JSON.parse(missing.err.join('\n'))).toEqual({ error: { message: 'Không tìm thấy dự thảo.', detail: 'no draft with id x1', exitCode: 3 } });
    expect(missing.out).toEqual([]);
  });

  it('an unexpected crash of a command is a failure (3), never a stack trace', async () => {
    const t = env({
      getDraft: () => {
        throw new TypeError('boom');
      },
    });
    const code = await runCli(['show', 'd1'], t.e);
    expect(code).toBe(3);
    expect(t.err.at(-1)).toMatch(/^Lỗi: /);
  });

  it('pack -o - writes the review copy to stdout and nothing else', async () => {
    const file = Buffer.from('PK\x03\x04 review copy bytes');
    const t = env({ exportReviewCopy: () => ({ fileName: 'x.duthao', file: file.toString('base64') }) });
    expect(await runCli(['pack', 'd1', '-o', '-'], t.e)).toBe(0);
    expect(Buffer.concat(t.bytes).equals(file)).toBe(true);
    expect(t.out).toEqual([]);
  });

  it('merge ID - reads the review copy from stdin; an empty stdin is a failure', async () => {
    let received = '';
    const report = { addedThreads: [], addedEntries: [], skipped: 0 };
    const t = env({ mergeReviewCopy: (a: never) => ((received = (a as { file: string }).file), report) }, { stdin: Buffer.from('copy-bytes') });
    expect(await runCli(['merge', 'd1', '-'], t.e)).toBe(0);
    expect(Buffer.from(received, 'base64').toString()).toBe('copy-bytes');
    const empty = env({ mergeReviewCopy: () => report });
    expect(await runCli(['merge', 'd1', '-'], empty.e)).toBe(3);
    expect(empty.err[0]).toMatch(/^Lỗi: stdin trống/);
  });
});

describe('documentPlainText', () => {
  it('gives the type name, subject and body blocks one per line', () => {
    expect(documentPlainText(draft.doc as never)).toBe('NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\nMục tiêu\nTăng trưởng 7,12%\n- một');
  });
});
