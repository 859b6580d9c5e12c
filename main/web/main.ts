/**
 * `npm run serve`: starts the local web host over the user's data and prints
 * the address (with the per-launch token) to open in a browser. Bundled to
 * `dist/main/web-host.cjs`; `npm start` falls back to it where Electron
 * cannot run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_FRAGMENT_PARAM } from '../../common/api/http';
import { createDispatch } from '../api/dispatch';
import { createFileLogger } from '../logging/file-logger';
import { errorFields } from '../logging/log-format';
import { defaultDataDir, openServices, StartupError } from '../services';
import { appPaths, readAppVersion } from '../services/app-paths';
import { HOST_USAGE, parseHostArgs, type HostArgs } from './host-args';
import { canOpenBrowser, openBrowser } from './open-browser';
import { startWebHost, type WebHost } from './server';
import { readPreferredPort, rememberPort } from './preferred-port';

function fail(message: string): never {
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let args: HostArgs;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (err) {
    fail(`Tham số không hợp lệ (${(err as Error).message}).\n${HOST_USAGE}`);
  }
  if (args.help) {
    process.stdout.write(`${HOST_USAGE}\n`);
    return;
  }
  const paths = appPaths(__dirname);
  if (!existsSync(join(paths.staticDir, 'index.html'))) {
    fail(`chưa có giao diện đã dựng ở ${paths.staticDir}. Hãy chạy \`npm run build\` rồi thử lại (the renderer is not built: run \`npm run build\`).`);
  }
  const dataDir = args.dataDir ?? defaultDataDir();
  let services: ReturnType<typeof openServices>;
  try {
    services = openServices({ dataDir, templatesDir: paths.templatesDir, appVersion: readAppVersion(paths.packageJson), dailyBackup: true, docxWorkerDir: __dirname });
  } catch (err) {
    if (err instanceof StartupError) fail(`${err.message} (${err.detail})`);
    throw err;
  }
  const log = createFileLogger({ dataDir, name: 'web-host' });
  const dispatch = createDispatch(services.handlers, (err) => {
    log.error('api.internal-error', errorFields(err));
    console.error('[duthao] internal error:', err);
  });
  let host: WebHost;
  const start = (port: number): Promise<WebHost> =>
    startWebHost({
      dispatch,
      staticDir: paths.staticDir,
      port,
      onError: (err) => {
        log.error('web-host.error', errorFields(err));
        console.error('[duthao] web host error:', err);
      },
    });
  try {
    const preferred = args.reusePort ? readPreferredPort(dataDir) : 0;
    // The last run's port keeps open tabs at the same address; taken since, any free port will do.
    host = preferred > 0 ? await start(preferred).catch(() => start(args.port)) : await start(args.port);
    rememberPort(dataDir, host.port);
  } catch (err) {
    services.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      fail(`không dùng được cổng ${args.port}; hãy chọn cổng khác hoặc bỏ --port (${code})`);
    }
    throw err;
  }
  // Ctrl+C / SIGTERM stop the server and close the database cleanly (installed before anyone learns the address).
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    log.info('web-host.stop');
    host
      .close()
      .catch(() => {})
      .finally(() => {
        try {
          services.close();
        } catch (err) {
          process.stderr.write(`Lỗi: không đóng được cơ sở dữ liệu (${String(err)})\n`);
          process.exit(1);
        }
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  log.info('web-host.start', { version: services.info.version, node: process.versions.node, platform: process.platform, port: new URL(host.url).port });
  const address = `${host.url}#${TOKEN_FRAGMENT_PARAM}=${host.token}`;
  // One write, so a reader that waits for the address also gets the explanation.
  process.stdout.write(
    `DuThao: ${address}\nMở địa chỉ trên trong trình duyệt. Dữ liệu: ${services.info.dataDir}. Nhấn Ctrl+C để dừng.\n`,
  );
  if (services.info.movedAsideDatabase) {
    process.stdout.write(`Cơ sở dữ liệu cũ bị hỏng đã được chuyển sang: ${services.info.movedAsideDatabase}\n`);
  }
  if (args.open && canOpenBrowser()) openBrowser(address);
}

main().catch((err: unknown) => {
  process.stderr.write(`Lỗi: không khởi động được DuThao (${err instanceof Error ? err.message : String(err)})\n`);
  process.exit(1);
});
