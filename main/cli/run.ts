/**
 * Runs one `duthao` command line: parses it, opens the services over the
 * data folder, calls the API through the same dispatch as the UI, prints the
 * result, and turns every failure into one `Lỗi: …` line and an exit code.
 */
import { parseArgs } from 'node:util';
import type { ApiMethod } from '../../common/api/contract';
import { createDispatch, type Dispatch } from '../api/dispatch';
import type { ApiHandlers } from '../api/handlers';
import { NULL_LOGGER, errorFields, type Logger } from '../logging/log-format';
import { CliError, EXIT } from './cli-error';
import type { CliCommand, CliContext, CliOptions } from './command';
import { COMMANDS, findCommand } from './commands';

/** The services the CLI needs, as `main/services` provides them. */
export interface CliServices {
  readonly handlers: ApiHandlers;
  /** Where a corrupt database was moved aside when the services opened (null: it was not). */
  readonly info?: { readonly movedAsideDatabase: string | null };
  close(): void;
}

/** Exit code of a command that ran, but over a new empty database because the old one was corrupt. */
export const EXIT_DATABASE_MOVED_ASIDE = EXIT.failure;

/** The warning printed when the database was found corrupt and moved aside (the drafts are in that file). */
export function movedAsideWarning(movedTo: string): string {
  return `Cảnh báo: cơ sở dữ liệu bị hỏng nên đã được chuyển sang "${movedTo}" và một cơ sở dữ liệu mới, trống đã được tạo; các dự thảo cũ nằm trong tệp đó, chưa bị xóa (corrupt database moved aside to ${movedTo})`;
}

/** Everything the CLI gets from its surroundings (injected so tests can fake it). */
export interface CliEnvironment {
  /** Opens the services over a data folder; throws (e.g. `StartupError`) when it is unusable. */
  openServices(dataDir: string): CliServices;
  /** The data folder used when `--data-dir` is not given. */
  defaultDataDir(): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to stdout, for `-o -` (the real CLI: process.stdout). */
  writeStdoutBytes?(bytes: Uint8Array): void;
  /** All of stdin, for an input given as `-` (the real CLI: process.stdin). */
  readStdin?(): Promise<Buffer>;
  /** The app version printed by `duthao --version`. */
  version?: string;
  /** Opens the log of a data folder (the real CLI: `<dataDir>/logs/cli.log`); called once the services are open. */
  openLog?(dataDir: string): Logger;
  /** Overrides the dispatch (tests); by default one is made from the services' handlers. */
  makeDispatch?: (handlers: ApiHandlers) => Dispatch;
}

const COMMON_OPTIONS: CliOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** The text of `duthao --help`. */
export function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'DuThao — soạn thảo văn bản Đảng và Nhà nước (dòng lệnh)',
    '',
    'Cách dùng: duthao <lệnh> [tham số] [--data-dir THƯ_MỤC] [--json]',
    '           duthao --version | --help',
    '',
    'Các lệnh:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Tùy chọn chung:',
    '  --data-dir DIR  thư mục dữ liệu (mặc định: thư mục của ứng dụng desktop)',
    '  --json          in kết quả dạng JSON (thụt lề 2 dấu cách)',
    '  --help, -h      hướng dẫn; `duthao <lệnh> --help` cho từng lệnh',
    '  --version       phiên bản DuThao',
    '  -o -            (export, pack) ghi tệp kết quả ra stdout',
    '  -               (merge, import-comments) đọc tệp đầu vào từ stdin',
    '',
    'Khi có --json, lỗi cũng in dạng JSON trên stderr: { "error": { "message", "detail", "exitCode" } }.',
    '',
    'Mã thoát:',
    `  ${EXIT.ok}  thành công`,
    `  ${EXIT.findings}  có phát hiện (check: văn bản có lỗi thể thức)`,
    `  ${EXIT.usage}  sai cú pháp lệnh (lệnh, tùy chọn hoặc tham số)`,
    `  ${EXIT.failure}  không thực hiện được (không có dự thảo, không đọc/ghi được tệp, thư mục dữ liệu hỏng…)`,
  ].join('\n');
}

function commandUsage(command: CliCommand): string {
  return `${command.summary}\n\nCách dùng: ${command.usage} [--data-dir THƯ_MỤC]`;
}

function describeError(err: unknown): { message: string; detail: string } {
  if (err instanceof Error) {
    const detail = (err as { detail?: unknown }).detail;
    return { message: err.message, detail: typeof detail === 'string' && detail !== '' ? detail : err.name };
  }
  return { message: String(err), detail: 'unknown error' };
}

async function runCommand(command: CliCommand, rest: readonly string[], env: CliEnvironment): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...COMMON_OPTIONS, ...command.options }, strict: true, allowPositionals: true });
  } catch (err) {
    throw new CliError(`tham số không hợp lệ cho lệnh ${command.name}; xem \`duthao ${command.name} --help\``, (err as Error).message, EXIT.usage);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values['help'] === true) {
    env.stdout(commandUsage(command));
    return 0;
  }
  const positionals = parsed.positionals;
  const want = command.positionals;
  if (positionals.length < want.length || (!command.variadic && positionals.length > want.length)) {
    throw new CliError(
      `lệnh ${command.name} cần ${want.length === 0 ? 'không có' : want.join(', ')} tham số; cách dùng: ${command.usage}`,
      `expected ${want.length} positional argument(s), got ${positionals.length}`,
      EXIT.usage,
    );
  }

  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : env.defaultDataDir();
  let services: CliServices | null = null;
  let dispatch: Dispatch | null = null;
  let movedAside: string | null = null;
  let log: Logger = NULL_LOGGER;
  const open = (): Dispatch => {
    if (dispatch) return dispatch;
    try {
      services = env.openServices(dataDir);
    } catch (err) {
      const { message, detail } = describeError(err);
      throw new CliError(message, detail.includes(dataDir) ? detail : `${detail}; data dir: ${dataDir}`);
    }
    movedAside = services.info?.movedAsideDatabase ?? null;
    // Said before the command's own output, so "no drafts" is never read as the whole truth.
    if (movedAside) env.stderr(movedAsideWarning(movedAside));
    log = env.openLog?.(dataDir) ?? NULL_LOGGER;
    log.info('cli.command', { command: command.name, version: env.version });
    const internal = (e: unknown): void => {
      log.error('api.internal-error', { command: command.name, ...errorFields(e) });
      env.stderr(`[duthao] internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    };
    dispatch = env.makeDispatch ? env.makeDispatch(services.handlers) : createDispatch(services.handlers, internal);
    return dispatch;
  };

  const ctx: CliContext = {
    values,
    positionals,
    json: values['json'] === true,
    async call(method: ApiMethod, args: unknown) {
      const result = await open()(method, args);
      if (!result.ok) throw new CliError(result.error.message, result.error.detail ?? result.error.code);
      return result.value as never;
    },
    print: (text) => env.stdout(text),
    printJson: (value) => env.stdout(JSON.stringify(value, null, 2)),
    writeStdoutBytes: (bytes) => {
      if (!env.writeStdoutBytes) throw new CliError('không ghi được ra stdout', 'no stdout byte stream in this environment');
      env.writeStdoutBytes(bytes);
    },
    readStdin: async () => {
      if (!env.readStdin) throw new CliError('không đọc được stdin', 'no stdin in this environment');
      return env.readStdin();
    },
  };
  try {
    await command.run(ctx);
    log.info('cli.done', { command: command.name, exitCode: EXIT.ok });
  } catch (err) {
    const exitCode = err instanceof CliError ? err.exitCode : EXIT.failure;
    log.warn('cli.done', { command: command.name, exitCode, ...(err instanceof CliError ? {} : errorFields(err)) });
    throw err;
  } finally {
    (services as CliServices | null)?.close();
  }
  return movedAside ? EXIT_DATABASE_MOVED_ASIDE : EXIT.ok;
}

/** Runs `duthao <argv>`; resolves to the process exit code (`EXIT`). Never throws. */
export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  // Known before parsing, so that even a usage error comes out as JSON.
  const json = argv.includes('--json');
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      env.stderr(generalUsage());
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      env.stdout(generalUsage());
      return EXIT.ok;
    }
    if (name === '--version') {
      env.stdout(json ? JSON.stringify({ version: env.version ?? 'unknown' }, null, 2) : `DuThao ${env.version ?? '(không rõ phiên bản)'}`);
      return EXIT.ok;
    }
    const command = findCommand(name);
    if (!command) {
      throw new CliError(`không có lệnh “${name}”; xem \`duthao --help\``, `unknown command: ${name}`, EXIT.usage);
    }
    return await runCommand(command, rest, env);
  } catch (err) {
    const failure = err instanceof CliError ? err : new CliError('đã xảy ra lỗi không mong muốn', describeError(err).message, EXIT.failure);
    env.stderr(json ? failure.toJson() : failure.toLine());
    return failure.exitCode;
  }
}
