import { canonicalJson } from '@onewindow/runtime/engine';
import { ValidationError } from '../../errors/index.ts';
import { nativeSha256Hex as sha256Hex } from '../../native-sha256.ts';
import type { FactsSnapshot } from '../records.ts';

/**
 * The canonical text to store for a facts snapshot, after checking that `hash` is really its hash:
 * a replay must find exactly the facts the record names.
 */
export function verifiedFactsText(snapshot: FactsSnapshot): string {
  const text = snapshot.canonical ?? canonicalJson(snapshot.facts);
  if (sha256Hex(text) !== snapshot.hash) {
    throw new ValidationError('The facts do not match their hash.', { code: 'FACTS_HASH_MISMATCH' });
  }
  return text;
}
