/**
 * Finding and launching the Chromium the end-to-end tests drive. A missing
 * Chromium fails the suite loudly: an e2e run that silently skips is not a pass.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian and other distributions put Chromium. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The message of the error thrown when no Chromium is found. */
export const CHROMIUM_MISSING = 'Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH)';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium executable to use: `CHROMIUM_PATH`, else the first known location; throws when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${CHROMIUM_MISSING}; CHROMIUM_PATH=${fromEnv} is not an executable file`);
  }
  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}

/** Flags that keep a headless Chromium offline, quiet and working as root in a container. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches headless Chromium through playwright-core; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], timeout: 60_000 });
}
