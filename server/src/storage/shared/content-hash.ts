import { canonicalJson } from '@onewindow/runtime/engine';
import { nativeSha256Hex as sha256Hex } from '../../native-sha256.ts';

/** SHA-256 hex of the canonical JSON (RFC 8785) of `value`: the hash of a published definition. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
