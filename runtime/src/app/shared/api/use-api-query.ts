import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from './api-error.ts';
import { isApiError } from './api-error.ts';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again (e.g. after an action changed the data). */
  reload(): void;
}

/**
 * Loads data with `load(signal)` whenever `deps` change; a newer load cancels the older one so a slow
 * answer never overwrites a fresh one. Keeps the last data while reloading. Nothing loads while `enabled` is false.
 */
export function useApiQuery<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  enabled = true,
): ApiQuery<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` are the caller's; `round` forces a reload
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setLoading(true);
    loadRef
      .current(controller.signal)
      .then((value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(e)) setError(e);
        else if (!(e instanceof DOMException && e.name === 'AbortError')) throw e;
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [...deps, round, enabled]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload };
}
