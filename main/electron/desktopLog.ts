/**
 * The desktop app's log: electron-log writing `<userData>/logs/main.log`
 * (the data folder, next to the database, on every platform — electron-log
 * would use ~/Library/Logs on macOS), rotated at 1 MB to `main.old.log`, in
 * the same line format as the web host's and the CLI's logs.
 */
import { join } from 'node:path';
import { DEFAULT_MAX_LOG_BYTES, LOG_DIR_NAME } from '../logging/file-logger';
import { ELECTRON_LOG_FORMAT, formatEvent, type Logger } from '../logging/log-format';

/** The parts of electron-log's main logger we configure and use. */
export interface ElectronLogLike {
  readonly transports: {
    // Typed loosely where electron-log's own types are wider (format functions, level unions).
    readonly file: { resolvePathFn: (...args: never[]) => string; format: unknown; maxSize: number; level: unknown };
    readonly console: { level: unknown };
  };
  info(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  error(...params: unknown[]): void;
}

/** The desktop log file for a data folder. */
export function desktopLogFile(userData: string): string {
  return join(userData, LOG_DIR_NAME, 'main.log');
}

/** Points electron-log at the data folder with our format and rotation; returns our `Logger` over it. */
export function configureElectronLog(log: ElectronLogLike, userData: string, isPackaged: boolean): Logger {
  const file = desktopLogFile(userData);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.format = ELECTRON_LOG_FORMAT;
  log.transports.file.maxSize = DEFAULT_MAX_LOG_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = isPackaged ? false : 'info';
  return {
    info: (event, fields) => log.info(formatEvent(event, fields)),
    warn: (event, fields) => log.warn(formatEvent(event, fields)),
    error: (event, fields) => log.error(formatEvent(event, fields)),
  };
}
