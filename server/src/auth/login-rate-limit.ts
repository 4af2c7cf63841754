import type { AppDeps } from '../deps.ts';
import { RateLimitedError } from '../errors/index.ts';

/** The attempt counter of one username from one address. */
export function loginAttemptKey(username: string, ip: string): string {
  return `login:${username}@${ip}`;
}

/**
 * Counts a login attempt for the username + address pair and refuses it (429 with `Retry-After`)
 * past `config.loginAttempts` in a fixed window of `config.loginWindowMinutes`. Every attempt
 * counts and a successful login clears the counter, so in effect the limit is on failures in a
 * row. The counter lives in the store, so every server instance sees the same count.
 */
export async function countLoginAttempt(deps: AppDeps, key: string): Promise<void> {
  const now = deps.clock.now();
  const window = await deps.store.countLoginAttempt({
    key,
    now: now.toISOString(),
    windowSeconds: deps.config.loginWindowMinutes * 60,
  });
  if (window.count > deps.config.loginAttempts) {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(window.resetAt) - now.getTime()) / 1000));
    throw new RateLimitedError(retryAfter, 'Too many failed logins. Please wait and try again.');
  }
}
