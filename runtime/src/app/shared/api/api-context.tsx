import { createContext, type ReactNode, useContext } from 'react';
import { type ApiClient, createApiClient } from './api-client.ts';

const ApiContext = createContext<ApiClient | null>(null);

/** Provides the API client to everything below it (tests pass one on a fake fetch). */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

let fallback: ApiClient | undefined;

/** The API client of the nearest `ApiProvider`, or a same-origin default one. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (client) return client;
  fallback ??= createApiClient();
  return fallback;
}
