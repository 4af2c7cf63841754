import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/api-context.tsx';
import type { Actor, LoginAnswer } from '../api/api-types.ts';

/** Who is logged in: `undefined` while the first `GET /api/auth/me` is on its way. */
export interface Auth {
  actor: Actor | null | undefined;
  login(username: string, password: string): Promise<Actor>;
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * The session (a signed cookie the server sets): asks `GET /api/auth/me` once, logs in and out, and
 * forgets the user on any 401 answer (an expired session).
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [actor, setActor] = useState<Actor | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api
      .get<Actor>('/api/auth/me')
      .then((me) => live && setActor(me))
      // 401 (no session) and a server that cannot be reached both leave the user logged out.
      .catch(() => live && setActor(null));
    const stop = api.onUnauthorized(() => setActor(null));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const login = useCallback(
    async (username: string, password: string) => {
      const answer = await api.post<LoginAnswer>('/api/auth/login', { username, password });
      setActor(answer.actor);
      return answer.actor;
    },
    [api],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setActor(null);
    }
  }, [api]);

  const value = useMemo<Auth>(() => ({ actor, login, logout }), [actor, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session; throws outside an `AuthProvider`. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth() needs an <AuthProvider> above it.');
  return auth;
}
