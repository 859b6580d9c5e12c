/**
 * Where DuThao keeps its data when no folder is given: the same folder the
 * desktop app uses (Electron's `app.getPath('userData')` for productName
 * "DuThao"), computed in plain Node so the CLI and web host agree with it.
 */
import { homedir } from 'node:os';
import { join, win32, posix } from 'node:path';

/** The product name Electron derives the folder from. */
export const PRODUCT_NAME = 'DuThao';

/** The file name of the database inside the data folder. */
export const DATABASE_FILE = 'duthao.db';

/** The default data folder on `platform` (defaults: this machine). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const config = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : posix.join(home, '.config');
  return posix.join(config, PRODUCT_NAME);
}

/** The database path inside a data folder. */
export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}
