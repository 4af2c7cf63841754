import type { AppDeps } from '../deps.ts';

/** 退出 — ends the session the cookie names, if any; logging out twice is not an error. */
export async function logout(deps: AppDeps, sessionId: string | null): Promise<void> {
  if (sessionId) await deps.store.deleteSession({ id: sessionId });
}
