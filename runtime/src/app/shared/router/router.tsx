import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/** Where the app is: the path below the base, and the query string (with `?`, or ''). */
export interface Location {
  path: string;
  search: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

/** Asked before leaving: return false to stay. */
export type Blocker = () => boolean;

export interface Router {
  location: Location;
  /** Goes to an in-app path (below the base). Returns false when a blocker kept the user here. */
  navigate(to: string, options?: NavigateOptions): boolean;
  /** The full URL of an in-app path, for `href`. */
  href(to: string): string;
  /** Registers a blocker; returns the function that removes it. */
  block(blocker: Blocker): () => void;
}

const RouterContext = createContext<Router | null>(null);

function currentLocation(base: string): Location {
  const { pathname, search } = window.location;
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  return { path, search };
}

/**
 * A tiny history router (no package): the path below `base` (e.g. '' for the runtime app,
 * '/designer' for the designer), `navigate`, and blockers for unsaved input that are asked on in-app
 * navigation and on the browser's back/forward buttons.
 */
export function RouterProvider({ base = '', children }: { base?: string; children: ReactNode }) {
  const [location, setLocation] = useState<Location>(() => currentLocation(base));
  const blockers = useRef(new Set<Blocker>());
  const current = useRef(location);
  current.current = location;

  const allowed = useCallback(() => [...blockers.current].every((b) => b()), []);

  useEffect(() => {
    const onPop = () => {
      if (!allowed()) {
        // Back/forward already moved the URL: put it back where the user still is.
        const { path, search } = current.current;
        window.history.pushState(null, '', base + path + search);
        return;
      }
      setLocation(currentLocation(base));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [allowed, base]);

  const router = useMemo<Router>(
    () => ({
      location,
      href: (to) => base + to,
      navigate(to, options = {}) {
        if (!allowed()) return false;
        const url = base + to;
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
        setLocation(currentLocation(base));
        window.scrollTo?.(0, 0);
        return true;
      },
      block(blocker) {
        blockers.current.add(blocker);
        return () => blockers.current.delete(blocker);
      },
    }),
    [location, base, allowed],
  );
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** The router; throws outside a `RouterProvider`. */
export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter() needs a <RouterProvider> above it.');
  return router;
}
