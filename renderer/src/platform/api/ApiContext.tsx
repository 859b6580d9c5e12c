/**
 * React context through which UI code reaches the API, without knowing the
 * transport.
 */
import { createContext, useContext } from 'react';
import type { DuThaoApi } from '../../../../common/api/contract';

/** Holds the app's `DuThaoApi`; provided once at the root. */
export const ApiContext = createContext<DuThaoApi | null>(null);

/** The app's API client; throws if used outside the provider. */
export function useApi(): DuThaoApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext.Provider>');
  return api;
}
