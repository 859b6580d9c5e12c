/**
 * Puts the app's Content-Security-Policy (common/security) on every response
 * of the default session (the app protocol sends it too).
 */
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../common/security/content-security-policy';


/** Response headers as Electron's webRequest hands them over. */
type Headers = Record<string, string | string[]>;

/** Returns `headers` with any CSP the response carried replaced by ours. */
export function withCspHeader(headers: Headers | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** Makes every response of `session` carry our CSP header. */
export function installCspHeader(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
}
