/**
 * The web host's per-launch token: handed to the page once in the URL
 * fragment (`#token=…`), then kept in sessionStorage and removed from the
 * visible URL so it is not copied, bookmarked or shown.
 */
import { TOKEN_FRAGMENT_PARAM } from '../../../../common/api/http';

/** sessionStorage key of the token. */
export const TOKEN_STORAGE_KEY = 'duthao.token';

/**
 * Takes the token from the URL fragment if there is one (storing it and
 * cleaning the URL), else from sessionStorage; null when there is none.
 */
export function takeToken(loc: Location = location, storage: Storage = sessionStorage, hist: History = history): string | null {
  const hash = loc.hash.startsWith('#') ? loc.hash.slice(1) : loc.hash;
  const params = new URLSearchParams(hash);
  const fromHash = params.get(TOKEN_FRAGMENT_PARAM);
  if (fromHash) {
    storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    params.delete(TOKEN_FRAGMENT_PARAM);
    const rest = params.toString();
    hist.replaceState(hist.state, '', `${loc.pathname}${loc.search}${rest ? `#${rest}` : ''}`);
    return fromHash;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

/**
 * Watches the address bar for a new token: a restarted web host prints a
 * new address (same origin, new `#token=…`), and opening it in the same tab
 * only changes the fragment. The token is taken (stored, removed from the
 * URL) and passed to `onToken`, without a reload, so nothing in the tab is
 * lost. Installed before the app's own hashchange listener (at start-up):
 * the app then treats the address like any opened address (the start
 * screen), saving the open draft first, already with the new token.
 * Returns a function that stops watching.
 */
export function watchAddressToken(onToken: (token: string) => void, win: Window = window): () => void {
  const onHashChange = (): void => {
    const hash = win.location.hash.startsWith('#') ? win.location.hash.slice(1) : win.location.hash;
    if (!new URLSearchParams(hash).get(TOKEN_FRAGMENT_PARAM)) return;
    const token = takeToken(win.location, win.sessionStorage, win.history);
    if (token) onToken(token);
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}
