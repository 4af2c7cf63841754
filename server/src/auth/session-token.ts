import { randomBytes } from 'node:crypto';
import { nativeSha256Hex } from '../native-sha256.ts';

/** A session token as the cookie carries it: 32 random bytes, base64url (43 characters). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new random session token (32 bytes from the system CSPRNG). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The id a session is stored under: sha256 hex of its token. A stolen database therefore holds no
 * live cookie. `null` for anything that is not shaped like one of our tokens (no lookup needed).
 */
export function sessionIdOf(token: string | undefined): string | null {
  if (token === undefined || !TOKEN_SHAPE.test(token)) return null;
  return nativeSha256Hex(token);
}
