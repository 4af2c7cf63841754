import { check, checkWithReference } from '@onewindow/runtime/engine';
import type { DefinitionRef } from '@onewindow/schemas';
import { getWorkCalendar } from '../calendars/work-calendar.ts';
import { getCompiledVersion } from '../definitions/compiled-cache.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors/index.ts';
import type { AuditRecord, CheckSummary, JsonObject, JsonValue } from '../storage/port.ts';
import { compareWithRecord, type ReplayVerdict } from './compare-check.ts';
import { checkSummary } from './record-check.ts';

/** One evaluator's replay: its verdict against the record, and what it decided. */
export interface EvaluatorReplay extends ReplayVerdict {
  engine: string;
  result: CheckSummary;
}

export interface ReplayReport {
  seq: number;
  kind: AuditRecord['kind'];
  subject: string;
  definition: DefinitionRef;
  factsHash: string;
  today: string;
  /** The check as the record holds it. */
  recorded: JsonObject;
  /** The compiled evaluator (what the server runs). */
  compiled: EvaluatorReplay;
  /** json-rules-engine, the reference interpreter. */
  reference: EvaluatorReplay;
}

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * 复核 — replays a `check` or `override` record: loads the pinned version (refused if its stored
 * hash is not the pinned hash) and the facts snapshot the record names, re-runs the check with the
 * compiled evaluator AND with json-rules-engine on the recorded facts and date, and says for each
 * whether it decides the same as the record (outcome, fired rules, missing materials, fees).
 */
export async function replayRecord(deps: AppDeps, seq: number): Promise<ReplayReport> {
  const record = await deps.store.getAuditRecord({ seq });
  if (!record) throw new NotFoundError(`There is no audit record ${seq}.`);
  const recorded = recordedCheck(record);
  const definition = pinnedDefinition(recorded, record);
  const named = [record.factsHash, recorded.factsHash, record.payload.factsHash];
  const factsHash = named.find((h): h is string => typeof h === 'string') ?? null;
  if (factsHash === null) throw notReplayable(seq, 'it names no facts snapshot');
  const facts = await deps.store.getFacts({ hash: factsHash });
  if (!isObject(facts))
    throw new NotFoundError(`The facts snapshot ${factsHash} of record ${seq} is missing.`, {
      code: 'FACTS_MISSING',
    });

  const stored = await deps.store.getVersion({ code: definition.code, version: definition.version });
  if (!stored) throw new NotFoundError(`Version ${definition.version} of ${definition.code} is missing.`);
  if (stored.hash !== definition.hash) {
    throw new ConflictError(
      `Version ${definition.version} of ${definition.code} is stored with hash ${stored.hash}, not the pinned ${definition.hash}.`,
      { code: 'HASH_MISMATCH', extensions: { pinned: definition.hash, stored: stored.hash } },
    );
  }
  const { compiled } = await getCompiledVersion(deps, { code: definition.code, version: definition.version });
  const today = typeof facts.today === 'string' ? facts.today : String(recorded.today ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw notReplayable(seq, 'it records no check date');
  const input = {
    formData: (facts.form ?? facts.formData ?? {}) as Record<string, unknown>,
    materials: asStrings(facts.materials),
  };
  const ctx = { today, calendar: await getWorkCalendar(deps) };

  const byCompiled = check(compiled, input, ctx);
  const byReference = await checkWithReference(compiled, input, ctx);
  const withFacts = { ...recorded, factsHash };
  return {
    seq,
    kind: record.kind,
    subject: record.subject,
    definition,
    factsHash,
    today,
    recorded,
    compiled: {
      engine: byCompiled.engine,
      ...compareWithRecord(withFacts, byCompiled),
      result: checkSummary(byCompiled),
    },
    reference: {
      engine: byReference.engine,
      ...compareWithRecord(withFacts, byReference),
      result: checkSummary(byReference),
    },
  };
}

/** The check a record holds: a `check` record's payload, or an override's `payload.check`. */
function recordedCheck(record: AuditRecord): JsonObject {
  if (record.kind === 'check') return record.payload;
  if (record.kind === 'override') {
    // An override keeps the check it overrode as `check` (a summary), or at least its `checkOutcome`.
    const inner = record.payload.check;
    if (isObject(inner)) return inner;
    const checkOutcome = record.payload.checkOutcome;
    return typeof checkOutcome === 'string' ? { outcome: checkOutcome } : {};
  }
  throw notReplayable(record.seq, `a ${record.kind} record holds no check`);
}

function pinnedDefinition(recorded: JsonObject, record: AuditRecord): DefinitionRef {
  const ref = isObject(recorded.definition) ? recorded.definition : record.payload.definition;
  if (
    isObject(ref) &&
    typeof ref.code === 'string' &&
    typeof ref.version === 'number' &&
    typeof ref.hash === 'string'
  ) {
    return { code: ref.code, version: ref.version, hash: ref.hash };
  }
  throw notReplayable(record.seq, 'it pins no definition {code, version, hash}');
}

function asStrings(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function notReplayable(seq: number, why: string): ValidationError {
  return new ValidationError(`Audit record ${seq} cannot be replayed: ${why}.`, { code: 'NOT_REPLAYABLE' });
}
