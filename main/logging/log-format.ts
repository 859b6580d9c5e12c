/**
 * The one log line format of DuThao, shared by the desktop app (electron-log,
 * whose default file format this is), the web host and the CLI:
 * `[2026-12-04 10:33:01.123] [info] event key=value key=value`.
 * Only an event name and scalar fields are logged — never document text.
 */

/** Log levels, as electron-log names them. */
export type LogLevel = 'error' | 'warn' | 'info';

/** Scalar facts attached to a log event (ids, counts, codes, versions; never text the user wrote). */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Where log events go. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** A logger that drops everything (tests, and where no data folder is known). */
export const NULL_LOGGER: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** The longest value written for one field; longer values are cut (a guard, not a licence to log text). */
export const MAX_FIELD_LENGTH = 200;

function fieldValue(value: string | number | boolean | null): string {
  const text = String(value).replace(/[\r\n\t]+/g, ' ');
  const cut = text.length > MAX_FIELD_LENGTH ? `${text.slice(0, MAX_FIELD_LENGTH)}…` : text;
  return /[\s"=]/.test(cut) || cut === '' ? JSON.stringify(cut) : cut;
}

/** `event key=value …` (the text part of a line); undefined fields are left out. */
export function formatEvent(event: string, fields: LogFields = {}): string {
  const parts = [event];
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) parts.push(`${key}=${fieldValue(value)}`);
  }
  return parts.join(' ');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * `[YYYY-MM-DD HH:MM:SS.mmm] [level] text`, local time: electron-log's
 * default file format, including its alignment (`[info]  `, `[warn]  `, `[error] `).
 */
export function formatLogLine(date: Date, level: LogLevel, text: string): string {
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
  return `[${stamp}] [${`${level}]`.padEnd(6, ' ')} ${text}`;
}

/** electron-log's `format` option producing `formatLogLine`'s shape. */
export const ELECTRON_LOG_FORMAT = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';

/**
 * The loggable facts of an error: its name, its `code` (ENOSPC, SQLITE_FULL…)
 * and where it was thrown (stack frames). Not its message, which may quote
 * what the user wrote.
 */
export function errorFields(err: unknown): LogFields {
  if (!(err instanceof Error)) return { error: typeof err };
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 6)
    .map((l) => l.trim().replace(/^at /, ''))
    .join(' < ');
  return { error: err.name, code: typeof code === 'string' || typeof code === 'number' ? code : undefined, at: frames || undefined };
}
