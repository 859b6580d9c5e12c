// The CLI's parsing, output and error lines, in-process with fake services.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../common/api/errors';
import type { ApiHandlers } from '../../main/api/handlers';
import { documentPlainText } from '../../main/cli/plain-text';
import { runCli, type CliEnvironment } from '../../main/cli/run';

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

function env(handlers: Partial<Record<string, (a: never) => unknown>>, opts: { openFails?: Error } = {}) {
  const out: string[] = [];
  const err: string[] = [];
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
  };
  return { e, out, err, state };
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
    expect(await runCli(['show', 'x1'], t.e)).toBe(1);
    expect(t.err).toEqual(['Lỗi: Không tìm thấy dự thảo. (no draft with id x1)']);
    expect(t.state.closed).toBe(1);
  });

  it('validates arguments through the shared dispatch', async () => {
    let called = false;
    const t = env({ getDraft: () => ((called = true), draft) });
    expect(await runCli(['show', 'bad id!'], t.e)).toBe(1);
    expect(called).toBe(false);
    expect(t.err[0]).toMatch(/^Lỗi: Dữ liệu gửi lên không hợp lệ\. \(getDraft: id: /);
  });

  it('reports an unusable data folder in one line', async () => {
    const failure = Object.assign(new Error('Không mở được thư mục dữ liệu.'), { name: 'StartupError' });
    const t = env({}, { openFails: failure });
    expect(await runCli(['list', '--data-dir', '/etc/passwd'], t.e)).toBe(1);
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

describe('documentPlainText', () => {
  it('gives the type name, subject and body blocks one per line', () => {
    expect(documentPlainText(draft.doc as never)).toBe('NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\nMục tiêu\nTăng trưởng 7,12%\n- một');
  });
});
