import type { CheckResult } from '@onewindow/schemas';
import type { JsonObject } from '../storage/port.ts';
import { jsonText } from './json-text.ts';

/**
 * 一次性告知补正通知 — ONE complete notice built from a check: every missing material and every form
 * error at once (DOMAIN.md), plus the deferrable (容缺) materials that may follow later. It goes into the
 * event, so the timeline keeps exactly what the applicant was told.
 */
export function supplementNotice(result: CheckResult, issuedOn: string): JsonObject {
  const missingMaterials = result.materials
    .filter((m) => m.missing)
    .map((m) => {
      const because = m.why.find((w) => w.kind === 'require-material' && w.message);
      return {
        code: m.code,
        name: jsonText(m.name),
        ...(because ? { reason: jsonText(because.message), rule: because.rule ?? null } : {}),
      };
    });
  const formErrors = result.formErrors.map((e) => ({ path: e.path, message: jsonText(e.message) }));
  const deferredMaterials = result.materials
    .filter((m) => m.deferred)
    .map((m) => ({ code: m.code, name: jsonText(m.name) }));
  return {
    issuedOn,
    definition: {
      code: result.definition.code,
      version: result.definition.version,
      hash: result.definition.hash,
    },
    factsHash: result.factsHash,
    missingMaterials,
    formErrors,
    deferredMaterials,
    count: missingMaterials.length + formErrors.length,
  };
}
