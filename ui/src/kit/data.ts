// Loading an API answer into a screen.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, asApiError } from '../api/client';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again (after a change the screen made). */
  reload: () => void;
}

/**
 * Calls `load` when the screen shows and whenever one of `deps` changes; an answer that arrives
 * after a newer call started is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    let current = true;
    setLoading(true);
    stableLoad()
      .then((answer) => {
        if (!current) return;
        setData(answer);
        setError(undefined);
      })
      .catch((e: unknown) => current && setError(asApiError(e)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [stableLoad, round]);

  return { data, error, loading, reload: () => setRound((r) => r + 1) };
}
