/**
 * What a CLI command is: a name, its options and a `run` that talks to the
 * API through the same dispatch as the UI. Each command lives in its own
 * file under `commands/` and is listed once in `commands/index.ts`.
 */
import type { ParseArgsConfig } from 'node:util';
import type { ApiArgs, ApiMethod, ApiResults } from '../../common/api/contract';

/** Option definitions in `node:util` parseArgs form. */
export type CliOptions = NonNullable<ParseArgsConfig['options']>;

/** What a running command can use. */
export interface CliContext {
  /** Parsed option values (command options plus the common ones). */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** Positional arguments after the command name. */
  readonly positionals: readonly string[];
  /** `--json` was given: print machine-readable JSON only. */
  readonly json: boolean;
  /** Calls a contract method; a typed API error becomes a `CliError`. */
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]>;
  /** Prints one line (or several) on stdout. */
  print(text: string): void;
  /** Prints a value as JSON on stdout (pretty, two-space indent). */
  printJson(value: unknown): void;
  /** Writes raw bytes to stdout (`-o -`). */
  writeStdoutBytes(bytes: Uint8Array): void;
  /** Reads all of stdin (an input file given as `-`). */
  readStdin(): Promise<Buffer>;
}

/** One `duthao <name>` command. */
export interface CliCommand {
  readonly name: string;
  /** One line, Vietnamese, for `duthao --help`. */
  readonly summary: string;
  /** Usage line, e.g. `duthao show ID [--json]`. */
  readonly usage: string;
  /** Options besides the common `--data-dir`, `--json`, `--help`. */
  readonly options: CliOptions;
  /** Names of the positional arguments it requires, in order (e.g. `['ID']`). */
  readonly positionals: readonly string[];
  /** The last positional takes all remaining words (e.g. a search query typed without quotes). */
  readonly variadic?: boolean;
  run(ctx: CliContext): Promise<void>;
}
