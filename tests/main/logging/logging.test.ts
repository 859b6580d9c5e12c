/**
 * The log files a support person asks for: one line format for the desktop
 * app, the web host and the CLI, rotation at a size limit, and no document
 * text in them even when a call with a document fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger, logDirOf } from '../../../main/logging/file-logger';
import { ELECTRON_LOG_FORMAT, errorFields, formatEvent, formatLogLine } from '../../../main/logging/log-format';
import { runCli, type CliEnvironment } from '../../../main/cli/run';
import type { ApiHandlers } from '../../../main/api/handlers';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'duthao-log-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The line shape electron-log writes with ELECTRON_LOG_FORMAT. */
const LINE = /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[(info\] |warn\] |error\]) \S+/;

describe('log line format', () => {
  it('is electron-log’s default file format, so the three logs read alike', () => {
    const line = formatLogLine(new Date(2026, 11, 4, 9, 5, 7, 42), 'info', formatEvent('app.start', { version: '0.1.0', port: 4312, note: 'a b' }));
    expect(line).toBe('[2026-12-04 09:05:07.042] [info]  app.start version=0.1.0 port=4312 note="a b"');
    expect(formatLogLine(new Date(2026, 0, 1), 'error', 'x')).toBe('[2026-01-01 00:00:00.000] [error] x');
    expect(ELECTRON_LOG_FORMAT).toBe('[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}');
  });

  it('logs an error by name, code and stack frames — never by its message', () => {
    const err = Object.assign(new Error('không lưu được đoạn “Báo cáo mật số 7”'), { code: 'SQLITE_FULL' });
    const fields = errorFields(err);
    expect(fields).toMatchObject({ error: 'Error', code: 'SQLITE_FULL' });
    expect(String(fields.at)).toContain('logging.test.ts');
    expect(JSON.stringify(fields)).not.toContain('Báo cáo mật');
  });
});

describe('rotating file logger (web host, CLI)', () => {
  it('writes to <data>/logs/<name>.log and rotates to <name>.old.log past the size limit', () => {
    const data = tempDir();
    const log = createFileLogger({ dataDir: data, name: 'web-host', maxBytes: 2000 });
    expect(log.file).toBe(join(logDirOf(data), 'web-host.log'));
    for (let i = 0; i < 100; i++) log.info('api.call', { method: 'saveDraft', n: i });
    const old = join(data, 'logs', 'web-host.old.log');
    expect(existsSync(old)).toBe(true);
    expect(statSync(log.file).size).toBeLessThanOrEqual(2000 + 200);
    const lines = readFileSync(log.file, 'utf8').trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(LINE);
    expect(lines.at(-1)).toContain('n=99');
    // Only one old file is kept: the total stays bounded.
    for (let i = 0; i < 300; i++) log.warn('again', { n: i });
    expect(statSync(old).size).toBeLessThanOrEqual(2000 + 200);
  });

  it('never throws when the log cannot be written', () => {
    const data = tempDir();
    const log = createFileLogger({ dataDir: join(data, 'missing', '\0bad'), name: 'cli' });
    expect(() => log.error('x')).not.toThrow();
  });

  it('the CLI logs the command and its exit code, not the document it was given', async () => {
    const data = tempDir();
    const secret = 'Nội dung mật: kế hoạch nhân sự 2027';
    const env: CliEnvironment = {
      openServices: () => ({
        handlers: {
          getDraft: () => {
            throw new TypeError(`cannot read ${secret}`);
          },
        } as unknown as ApiHandlers,
        close: () => {},
      }),
      defaultDataDir: () => data,
      stdout: () => {},
      stderr: () => {},
      openLog: (dir) => createFileLogger({ dataDir: dir, name: 'cli' }),
    };
    expect(await runCli(['show', 'd1'], env)).toBe(3);
    const text = readFileSync(join(data, 'logs', 'cli.log'), 'utf8');
    expect(text).toMatch(/\[info\] {2}cli\.command command=show/);
    expect(text).toMatch(/\[error\] api\.internal-error command=show error=TypeError/);
    expect(text).toMatch(/cli\.done command=show exitCode=3/);
    expect(text).not.toContain('kế hoạch nhân sự');
  });
});
