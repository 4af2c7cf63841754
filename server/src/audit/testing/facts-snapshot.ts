import { type CompiledItem, canonicalJson, toJsonValue } from '@onewindow/runtime/engine';
import type { CaseInput, CheckResult } from '@onewindow/schemas';
import { nativeSha256Hex } from '../../native-sha256.ts';
import type { FactsSnapshot, JsonValue } from '../../storage/port.ts';

export interface CheckFactsSnapshotArgs {
  compiled: CompiledItem;
  input: CaseInput;
  result: CheckResult;
}

/**
 * The facts a check judged, `{form, materials, today}` exactly as the engine hashed them (form data
 * pruned to the active branches, material codes sorted and unique), computed again from the case
 * input independently of the engine: for tests, as an oracle for `runCaseCheck` (which keeps what the
 * engine reports) and to record checks directly. Throws if its hash is not the check's.
 */
export function checkFactsSnapshot({ compiled, input, result }: CheckFactsSnapshotArgs): FactsSnapshot {
  const form = compiled.form.prune(toJsonValue(input.formData) ?? {});
  const provided = Array.isArray(input.materials) ? input.materials.filter((m) => typeof m === 'string') : [];
  const facts: JsonValue = { form, materials: [...new Set(provided)].sort(), today: result.today };
  // Written once: hashed here against the engine's hash, and stored as it is by the store.
  const canonical = canonicalJson(facts);
  const hash = nativeSha256Hex(canonical);
  if (hash !== result.factsHash) {
    throw new Error(`facts snapshot hash ${hash} is not the check's factsHash ${result.factsHash}`);
  }
  return { hash, facts, canonical };
}
