import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../shared/contract';

const ApiContext = createContext<Api | null>(null);

/** Components reach the core only through this API, whatever the transport. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it.');
  return api;
}
