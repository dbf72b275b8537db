import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Kind } from '../../shared/kinds';

/**
 * Where the user is. Kept in the address's fragment (`#/document/<id>`), so a
 * reload comes back to the same screen and the browser's back button works.
 */
export type Route =
  | { view: 'home' }
  | { view: 'item'; id: string }
  | { view: 'edit-item'; id: string }
  | { view: 'new-item'; kind: Kind }
  | { view: 'document'; id: string }
  | { view: 'capture'; workshopId: string | null };

const HOME: Route = { view: 'home' };

export function routeToHash(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'item':
      return `#/item/${route.id}`;
    case 'edit-item':
      return `#/item/${route.id}/edit`;
    case 'new-item':
      return `#/new/${route.kind}`;
    case 'document':
      return `#/document/${route.id}`;
    case 'capture':
      return route.workshopId ? `#/capture/${route.workshopId}` : '#/capture';
  }
}

const ID = '([0-9a-f-]{36})';
const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => Route][] = [
  [new RegExp(`^#/item/${ID}$`), (m) => ({ view: 'item', id: m[1] as string })],
  [new RegExp(`^#/item/${ID}/edit$`), (m) => ({ view: 'edit-item', id: m[1] as string })],
  [/^#\/new\/([a-z]+)$/, (m) => ({ view: 'new-item', kind: m[1] as Kind })],
  [new RegExp(`^#/document/${ID}$`), (m) => ({ view: 'document', id: m[1] as string })],
  [new RegExp(`^#/capture(?:/${ID})?$`), (m) => ({ view: 'capture', workshopId: m[1] ?? null })],
];

export function hashToRoute(hash: string): Route {
  for (const [pattern, route] of PATTERNS) {
    const match = pattern.exec(hash);
    if (match) return route(match);
  }
  return HOME;
}

interface Navigation {
  route: Route;
  go(route: Route): void;
}

const NavigationContext = createContext<Navigation>({ route: HOME, go: () => {} });

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => hashToRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(hashToRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = routeToHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return <NavigationContext value={{ route, go }}>{children}</NavigationContext>;
}

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
