/**
 * Command-line options of `npm run serve` (`dist/main/web-host.cjs`).
 */
import { parseArgs } from 'node:util';

/** What the web host was asked to do. */
export interface HostArgs {
  readonly dataDir: string | undefined;
  readonly port: number;
  /** No `--port` given: reuse the port of the last run when it is free (same address, same tab). */
  readonly reusePort: boolean;
  readonly open: boolean;
  readonly help: boolean;
}

/** Usage text of the web host. */
export const HOST_USAGE = [
  'Cách dùng / Usage: npm run serve -- [--data-dir THƯ_MỤC] [--port SỐ] [--no-open]',
  '  --data-dir DIR  thư mục dữ liệu (mặc định: thư mục của ứng dụng desktop) / data folder',
  '  --port N        cổng (mặc định: cổng của lần chạy trước nếu còn trống, không thì tự chọn) / port (default: the last one if free, else any)',
  '  --no-open       không tự mở trình duyệt / do not open a browser',
].join('\n');

/** Parses the arguments; throws an Error naming the bad option. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new Error(`invalid --port: ${portText}`);
  return {
    dataDir: values['data-dir'],
    port,
    reusePort: values.port === undefined,
    open: !values['no-open'],
    help: values.help === true,
  };
}
