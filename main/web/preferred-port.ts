/**
 * The web host's port, remembered in the data folder so that a restarted
 * host comes back at the same address (same origin). An open tab then only
 * needs the new token, which it picks up from the address bar without a
 * reload, and keeps what it holds in its storage (unsaved text lives in the
 * tab's IndexedDB, which belongs to the origin).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File in the data folder holding the last port the host listened on. */
export const PORT_FILE = 'web-host-port';

/** The remembered port, or 0 (any free port) when there is none or it is unreadable. */
export function readPreferredPort(dataDir: string): number {
  try {
    const text = readFileSync(join(dataDir, PORT_FILE), 'utf8').trim();
    const port = Number(text);
    return /^\d+$/.test(text) && port > 0 && port <= 65535 ? port : 0;
  } catch {
    return 0;
  }
}

/** Remembers the port the host listens on; a failure only costs a new address next time. */
export function rememberPort(dataDir: string, port: number): void {
  try {
    writeFileSync(join(dataDir, PORT_FILE), `${port}\n`);
  } catch {
    // Not worth failing the start for.
  }
}
