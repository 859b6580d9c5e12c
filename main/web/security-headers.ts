/**
 * The HTTP headers every web host response carries: the strict content
 * security policy the Electron window also uses, and the usual hardening.
 */
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../common/security/content-security-policy';


/** Headers set on every response, static or API. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Puts the security headers on a response before anything is written. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
