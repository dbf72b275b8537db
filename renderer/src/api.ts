import { createClient } from '../../shared/client';
import type { Api } from '../../shared/contract';
import { takeAccessToken } from './transport/access-token';
import { createBridgeTransport } from './transport/bridge';
import { createHttpTransport } from './transport/http';

/** The app either has the API, or is in browser mode without the token the server printed. */
export type Connection = { kind: 'ready'; api: Api } | { kind: 'missing-token' };

/** Picks the transport once: Electron's preload when present, otherwise the browser-mode HTTP bridge. */
export function connect(): Connection {
  if (window.rapporteur) return { kind: 'ready', api: createClient(createBridgeTransport(window.rapporteur)) };
  const token = takeAccessToken(window);
  if (!token) return { kind: 'missing-token' };
  return { kind: 'ready', api: createClient(createHttpTransport({ token, fetch: window.fetch.bind(window) })) };
}
