/**
 * The web host's per-launch token: handed to the page once in the URL
 * fragment (`#token=…`), then kept in sessionStorage and removed from the
 * visible URL so it is not copied, bookmarked or shown.
 */
import { TOKEN_FRAGMENT_PARAM } from '../../../common/api/http';

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
