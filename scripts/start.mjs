// `npm start`: builds the app, then runs it in Electron. Where Electron's
// binary cannot be obtained (offline, behind a proxy, a locked-down PC, a build
// machine without internet) it says so in one line and starts the local web
// host instead, so the command always brings up the app.
//
// Usage: node scripts/start.mjs [--web]   (--web, or DUTHAO_WEB=1: skip Electron)
// Env:   ELECTRON_SKIP_BINARY_DOWNLOAD=1 never tries to download Electron;
//        DUTHAO_ELECTRON_DOWNLOAD_TIMEOUT_MS caps a download attempt (default 180000).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of Electron's executable inside its dist folder, per platform (as electron/install.js writes it). */
export function electronExecutableName(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Finds the Electron executable without downloading anything (unlike
 * `require('electron')`, which starts a download when it is missing).
 * Returns `{ ok: true, path }` or `{ ok: false, reason }` (reason in English, short).
 */
export function findElectronBinary({ electronDir, env = process.env, platform = process.platform, exists = existsSync, readText = (p) => readFileSync(p, 'utf8') }) {
  if (!exists(join(electronDir, 'package.json'))) return { ok: false, reason: 'the electron package is not installed' };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(env.ELECTRON_OVERRIDE_DIST_PATH, electronExecutableName(platform));
    return exists(p) ? { ok: true, path: p } : { ok: false, reason: `no Electron executable at ${p}` };
  }
  let relative;
  try {
    relative = readText(join(electronDir, 'path.txt')).trim();
  } catch {
    return { ok: false, reason: 'the Electron binary was never downloaded' };
  }
  const p = join(electronDir, 'dist', relative);
  return exists(p) ? { ok: true, path: p } : { ok: false, reason: 'the Electron binary is missing from node_modules/electron/dist' };
}

/** Whether a missing binary may be downloaded now (never when the user or CI said not to). */
export function mayDownload(env = process.env) {
  const no = (v) => v !== undefined && v !== '' && v !== '0' && v !== 'false';
  return !no(env.ELECTRON_SKIP_BINARY_DOWNLOAD) && !no(env.npm_config_electron_skip_binary_download);
}

/** Host and port Electron's download comes from (ELECTRON_MIRROR, else GitHub). */
export function downloadHost(env = process.env) {
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror;
  if (mirror) {
    try {
      const url = new URL(mirror);
      return { host: url.hostname, port: Number(url.port) || (url.protocol === 'http:' ? 80 : 443) };
    } catch {
      // fall through to the default
    }
  }
  return { host: 'github.com', port: 443 };
}

/** True when a proxy is configured (then a direct connection test says nothing). */
export function usesProxy(env = process.env) {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'GLOBAL_AGENT_HTTPS_PROXY', 'npm_config_https_proxy', 'npm_config_proxy'].some((k) => env[k]);
}

/** Resolves to null when a TCP connection to host:port opens within `timeoutMs`, else to a short reason. */
export function probe({ host, port }, timeoutMs = 3000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (reason) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(reason);
    };
    const timer = setTimeout(() => done(`${host} did not answer within ${timeoutMs / 1000} s`), timeoutMs);
    socket.once('connect', () => done(null));
    socket.once('error', (err) => done(`${host} unreachable (${err.code ?? err.message})`));
  });
}

/** Runs electron/install.js, killed after `timeoutMs`; resolves to null on success or a short reason. */
export function downloadElectron(electronDir, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill();
      resolve(`download did not finish within ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      resolve(`download failed (${err.message})`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const firstLine = stderr.split('\n').find((l) => l.trim()) ?? '';
      resolve(code === 0 ? null : `download failed${firstLine ? ` (${firstLine.trim().slice(0, 120)})` : ''}`);
    });
  });
}

/**
 * Decides what to run: Electron when its binary is there and the web host was
 * not asked for, else the web host with the reason.
 */
export function decideLaunch({ forceWeb, binary }) {
  if (forceWeb) return { mode: 'web', reason: 'web mode requested' };
  if (binary.ok) return { mode: 'electron', binary: binary.path };
  return { mode: 'web', reason: binary.reason };
}

/** The one line printed when the web host replaces Electron. */
export function fallbackLine(reason) {
  return `Không tải được Electron (${reason}); mở bản web cục bộ thay thế / Electron unavailable, starting the local web host instead.`;
}

/** Locates Electron, trying one time-limited download when it is missing and the network answers. */
export async function obtainElectron({ electronDir, env = process.env, find = findElectronBinary, probeHost = probe, download = downloadElectron }) {
  const found = find({ electronDir, env });
  if (found.ok || !mayDownload(env) || found.reason === 'the electron package is not installed') return found;
  if (!usesProxy(env)) {
    const unreachable = await probeHost(downloadHost(env));
    if (unreachable) return { ok: false, reason: `${found.reason}; ${unreachable}` };
  }
  const timeoutMs = Number(env.DUTHAO_ELECTRON_DOWNLOAD_TIMEOUT_MS) || 180_000;
  const failed = await download(electronDir, timeoutMs);
  if (failed) return { ok: false, reason: `${found.reason}; ${failed}` };
  return find({ electronDir, env });
}

/** Spawns `command` with the terminal attached; resolves to its exit code, or rejects if it cannot start. */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    const forward = (signal) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const cleanup = () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    };
    child.once('error', (err) => {
      cleanup();
      reject(err);
    });
    child.once('exit', (code, signal) => {
      cleanup();
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Everything `npm start` does, with its effects injectable for tests; resolves to the exit code. */
export async function runStart({
  argv = process.argv.slice(2),
  env = process.env,
  build = async () => {
    const { buildAll } = await import('./build.mjs');
    await buildAll();
  },
  obtain = () => obtainElectron({ electronDir: join(root, 'node_modules', 'electron'), env }),
  launch = run,
  log = (line) => console.log(line),
} = {}) {
  await build();
  const forceWeb = argv.includes('--web') || env.DUTHAO_WEB === '1';
  const decision = decideLaunch({ forceWeb, binary: forceWeb ? { ok: false, reason: 'not looked up' } : await obtain() });
  // The web host takes the rest of the command line (--data-dir, --port, --no-open); --web is ours.
  const hostArgs = argv.filter((a) => a !== '--web');
  const webHost = () => launch(process.execPath, [join(root, 'dist', 'main', 'web-host.cjs'), ...hostArgs], { cwd: root, env });
  if (decision.mode === 'web') {
    if (!forceWeb) log(fallbackLine(decision.reason));
    return webHost();
  }
  const electronEnv = { ...env };
  delete electronEnv.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  try {
    return await launch(decision.binary, ['.'], { cwd: root, env: electronEnv });
  } catch (err) {
    log(fallbackLine(`cannot run ${decision.binary}: ${err.code ?? err.message}`));
    return webHost();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runStart().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`Không khởi động được DuThao / DuThao could not start: ${err?.message ?? err}`);
      process.exit(1);
    },
  );
}
