import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback with a fixed identity that always runs the latest `fn`: memoised children (the palette,
 * the canvas rows) keep their props while the handler still sees the current form and selection.
 */
export function useLatest<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
