import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { canonicalJson } from '@onewindow/runtime/engine';
import { ValidationError } from '../errors/index.ts';
import { timeOrderedUuid } from './time-ordered-uuid.ts';

/** `Idempotency-Key`: visible ASCII, 8 to 200 characters (a UUID is the usual choice). */
const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

/** How one receipt request is identified for retries. */
export interface ReceiptKey {
  /** What the store keeps (unique for good): sha256 of the account and the header, never the header. */
  storeKey: string;
  /**
   * Key that seals the query code in the receipt event, derived from the header and the account. Only a
   * retry that presents the same header can open it, and the database holds neither the header nor the
   * code: so a retried receipt can answer the same query code while the code stays "stored only as a
   * hash". Null without an `Idempotency-Key` (then there is no retry to answer).
   */
  sealKey: Buffer | null;
}

/**
 * The key of a receipt: scoped to the account (two clerks' keys never collide), or a fresh random one
 * when the client sent none. A malformed header is a 400.
 */
export function receiptKey(accountId: string, header: string | string[] | undefined): ReceiptKey {
  if (header === undefined) return { storeKey: `once:${timeOrderedUuid()}`, sealKey: null };
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!KEY_PATTERN.test(value)) {
    throw new ValidationError('The Idempotency-Key header must be 8 to 200 visible ASCII characters.', {
      status: 400,
      code: 'BAD_IDEMPOTENCY_KEY',
    });
  }
  return {
    storeKey: `key:${sha256(`${accountId}\n${value}`)}`,
    sealKey: Buffer.from(hkdfSync('sha256', value, accountId, 'onewindow/receipt/query-code', 32)),
  };
}

// Node's native SHA-256: these hashes are the server's own (nothing replays them in a browser), and
// it is several times faster than the engine's portable one on every receipt.
function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The fingerprint of a receipt request (canonical JSON, so key order does not matter): a retry must send the same one (else 422). */
export function receiptRequestHash(request: unknown): string {
  return sha256(canonicalJson(request));
}

/** AES-256-GCM of the query code under the receipt's seal key: base64url of iv ‖ tag ‖ ciphertext. */
export function sealQueryCode(sealKey: Buffer, code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
  const body = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sealed query code, or null when the key does not open it. */
export function unsealQueryCode(sealKey: Buffer, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', sealKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
