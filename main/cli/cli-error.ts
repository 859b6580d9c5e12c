/**
 * The one kind of failure the CLI reports to the user: a Vietnamese message
 * plus an English detail, printed as one line on stderr with a non-zero exit.
 */

/** A user-facing CLI failure. */
export class CliError extends Error {
  readonly detail: string;
  /** Process exit code: 2 for bad usage, 1 for everything else. */
  readonly exitCode: number;
  constructor(message: string, detail: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.detail = detail;
    this.exitCode = exitCode;
  }

  /** The line printed on stderr: `Lỗi: <Vietnamese> (<English detail>)`. */
  toLine(): string {
    return `Lỗi: ${this.message} (${this.detail.replace(/\s*\n\s*/g, ' ')})`;
  }
}
