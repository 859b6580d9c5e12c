/**
 * A small rotating file logger for the plain-Node processes (web host, CLI):
 * appends `formatLogLine` lines to `<dataDir>/logs/<name>.log`; past
 * `maxBytes` the file is renamed `<name>.old.log` (replacing the previous
 * one) and a new one started — the same rotation electron-log does for the
 * desktop app. Logging never throws: a log that cannot be written is skipped.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatEvent, formatLogLine, type LogFields, type Logger, type LogLevel } from './log-format';

/** The folder, inside the data folder, that holds the log files. */
export const LOG_DIR_NAME = 'logs';

/** Size at which a log file is rotated (electron-log's default). */
export const DEFAULT_MAX_LOG_BYTES = 1024 * 1024;

/** The log folder of a data folder. */
export function logDirOf(dataDir: string): string {
  return join(dataDir, LOG_DIR_NAME);
}

/** Options of `createFileLogger`. */
export interface FileLoggerOptions {
  /** The data folder; the log goes to `<dataDir>/logs/<name>.log`. */
  readonly dataDir: string;
  /** `web-host`, `cli` (the desktop app's electron-log writes `main.log`). */
  readonly name: string;
  readonly maxBytes?: number;
  /** Clock (tests). */
  readonly now?: () => Date;
}

/** Opens (lazily) a rotating log file. */
export function createFileLogger(options: FileLoggerOptions): Logger & { readonly file: string } {
  const dir = logDirOf(options.dataDir);
  const file = join(dir, `${options.name}.log`);
  const old = join(dir, `${options.name}.old.log`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOG_BYTES;
  const now = options.now ?? (() => new Date());

  const write = (level: LogLevel, event: string, fields?: LogFields): void => {
    try {
      mkdirSync(dir, { recursive: true });
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        size = 0;
      }
      if (size > maxBytes) renameSync(file, old);
      appendFileSync(file, formatLogLine(now(), level, formatEvent(event, fields)) + '\n', 'utf8');
    } catch {
      // A full disk or a read-only folder must not break the command or the host.
    }
  };
  return {
    file,
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}
