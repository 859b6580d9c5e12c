/**
 * Who may talk to the web host: only pages served by this very host, reached
 * as 127.0.0.1 or localhost on our port. Guards against DNS rebinding (a
 * foreign name resolving to 127.0.0.1) and cross-site requests.
 */
import type { IncomingMessage } from 'node:http';

/** The origins a page of ours can have, for a host listening on `port`. */
export function allowedOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Why a request is refused, in English for logs, or null when it may go on. */
export function rejectReason(req: IncomingMessage, port: number): string | null {
  const host = req.headers.host;
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (typeof host !== 'string' || !hosts.includes(host.toLowerCase())) {
    return `host not allowed: ${String(host)}`;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(String(origin).toLowerCase())) {
    return `cross-origin request refused: ${String(origin)}`;
  }
  // A browser marks requests made by other sites; refuse them even if Origin was stripped.
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') return 'cross-site request refused';
  return null;
}
