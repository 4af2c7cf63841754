import { hash } from 'node:crypto';

/**
 * SHA-256 as lowercase hex through node:crypto's one-shot `hash` — the same digest as the engine's
 * portable `sha256Hex` (pure JS, for browsers), about seven times faster on a case's facts. The server
 * passes it to `compile` and uses it for the audit chain and content addresses.
 */
export function nativeSha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
