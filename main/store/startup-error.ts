/**
 * The error that stops DuThao from starting: the data folder or the database
 * cannot be used. The CLI prints it and exits non-zero; the UI shows the
 * Vietnamese message.
 */

/** A start-up failure with a Vietnamese message for the user and an English detail for logs. */
export class StartupError extends Error {
  /** English technical detail (path, system error). */
  readonly detail: string;
  constructor(message: string, detail: string) {
    super(message);
    this.name = 'StartupError';
    this.detail = detail;
  }
}
