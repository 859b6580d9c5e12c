/**
 * Where the app's own page lives: a custom `duthao://app/` scheme that serves
 * dist/renderer. Anything that is not on this origin is foreign content.
 */

/** The custom scheme the renderer is served from. */
export const APP_SCHEME = 'duthao';
/** The host of the app's page on that scheme. */
export const APP_HOST = 'app';
/** The origin every trusted page and frame must have. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the main window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is the app's own page (any path, query or hash on its origin). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
