/**
 * The page's Content-Security-Policy, one policy for both ways the UI is
 * served (the Electron app protocol and the local web host): only our own
 * scripts, no eval, no remote host of any kind, no framing.
 */

/** The policy, one directive per entry. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  // TipTap and React set inline style attributes; no remote stylesheet is allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
