/**
 * Where the user is, kept in the URL fragment so a reload comes back to the
 * same screen: `#/` library, `#/trash` the trash, `#/draft/<id>` a draft.
 */

/** A screen of the app. */
export type Route = { readonly screen: 'library' } | { readonly screen: 'trash' } | { readonly screen: 'draft'; readonly id: string };

/** Reads a route from a URL fragment (with or without '#'); anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/trash') return { screen: 'trash' };
  const m = /^\/draft\/([A-Za-z0-9_-]+)$/.exec(path);
  if (m && m[1]) return { screen: 'draft', id: m[1] };
  return { screen: 'library' };
}

/** The URL fragment of a route. */
export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'trash':
      return '#/trash';
    case 'draft':
      return `#/draft/${route.id}`;
  }
}
