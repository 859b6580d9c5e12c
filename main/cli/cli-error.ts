/**
 * The one kind of failure the CLI reports to the user: a Vietnamese message
 * plus an English detail, printed as one line on stderr (or as JSON with
 * `--json`) with a non-zero exit code.
 */

/** The `duthao` exit codes (documented in `--help` and the README). */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** The command ran and found problems (`check`: format errors). */
  findings: 1,
  /** Bad usage: unknown command or option, missing argument. */
  usage: 2,
  /** The command could not do its job (missing draft, unreadable file, unusable data folder…). */
  failure: 3,
} as const;

/** A user-facing CLI failure. */
export class CliError extends Error {
  readonly detail: string;
  /** Process exit code: one of `EXIT` (failure unless said otherwise). */
  readonly exitCode: number;
  constructor(message: string, detail: string, exitCode: number = EXIT.failure) {
    super(message);
    this.name = 'CliError';
    this.detail = detail;
    this.exitCode = exitCode;
  }

  /** The line printed on stderr: `Lỗi: <Vietnamese> (<English detail>)`. */
  toLine(): string {
    return `Lỗi: ${this.message} (${this.detail.replace(/\s*\n\s*/g, ' ')})`;
  }

  /** The error as printed with `--json`: `{ "error": { message, detail, exitCode } }`, two-space indented. */
  toJson(): string {
    return JSON.stringify({ error: { message: this.message, detail: this.detail, exitCode: this.exitCode } }, null, 2);
  }
}
