import { canonicalJson, sha256Hex } from '@onewindow/runtime/engine';

/** SHA-256 hex of the canonical JSON (RFC 8785) of `value`: the hash of a published definition. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
