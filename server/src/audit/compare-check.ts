import type { CheckResult } from '@onewindow/schemas';
import type { JsonObject, JsonValue } from '../storage/port.ts';
import { checkSummary } from './record-check.ts';

/** One member that a replay judged differently from the record. */
export interface ReplayDifference {
  field: 'outcome' | 'fired' | 'missingMaterials' | 'fees' | 'feeTotal' | 'factsHash';
  recorded: JsonValue;
  replayed: JsonValue;
}

export interface ReplayVerdict {
  verdict: 'same' | 'different';
  differences: ReplayDifference[];
}

const SETS = ['fired', 'missingMaterials', 'fees'] as const;

function sameSet(a: JsonValue, b: JsonValue): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  const left = new Set(a.map(String));
  const right = new Set(b.map(String));
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/**
 * Compares a replayed result with a recorded check summary: outcome, fired rules, missing materials,
 * fees and their total, and the facts hash. Members the record does not hold are not compared
 * (records written before a member existed still replay).
 */
export function compareWithRecord(recorded: JsonObject, result: CheckResult): ReplayVerdict {
  const replayed = checkSummary(result);
  const differences: ReplayDifference[] = [];
  const differ = (field: ReplayDifference['field']) =>
    differences.push({ field, recorded: recorded[field], replayed: replayed[field] });
  if (recorded.outcome !== undefined && recorded.outcome !== replayed.outcome) differ('outcome');
  for (const field of SETS)
    if (recorded[field] !== undefined && !sameSet(recorded[field], replayed[field])) differ(field);
  if (typeof recorded.feeTotal === 'number' && Math.abs(recorded.feeTotal - result.feeTotal) >= 0.005)
    differ('feeTotal');
  if (typeof recorded.factsHash === 'string' && recorded.factsHash !== result.factsHash) differ('factsHash');
  return { verdict: differences.length === 0 ? 'same' : 'different', differences };
}
