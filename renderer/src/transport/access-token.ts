/** The parts of `window` the token needs, so tests can hand in a fake page. */
export interface PageLike {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string | null): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

const STORAGE_KEY = 'rapporteur.token';

/**
 * `rapporteur serve` opens the page with `#token=<hex>`. The token is read
 * once, kept for this tab (so a reload still works), and taken out of the
 * address bar so it does not end up in bookmarks, history or screenshots.
 */
export function takeAccessToken(page: PageLike): string | null {
  const fromAddress = new URLSearchParams(page.location.hash.replace(/^#/, '')).get('token');
  if (fromAddress) {
    try {
      page.sessionStorage.setItem(STORAGE_KEY, fromAddress);
    } catch {
      // Storage can be switched off; the token then lasts until the page reloads.
    }
    page.history.replaceState(null, '', `${page.location.pathname}${page.location.search}`);
    return fromAddress;
  }
  try {
    return page.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
