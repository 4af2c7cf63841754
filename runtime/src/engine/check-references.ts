import type { ServiceItem } from '@onewindow/schemas';
import { EngineDefinitionError } from './errors.ts';

function checkUnique(codes: readonly string[], pointer: (i: number) => string, what: string): void {
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code))
      throw new EngineDefinitionError('DUPLICATE_ID', pointer(i), `duplicate ${what} ${code}`);
    seen.add(code);
  });
}

/**
 * What the schema cannot say about a definition: rule ids, material codes and fee codes are unique,
 * and every material / fee event names a material / fee the definition lists (a dangling one would
 * silently require or charge nothing). Throws EngineDefinitionError with the pointer of the culprit.
 */
export function checkReferences(definition: ServiceItem): void {
  const materials = definition.materials.map((m) => m.code);
  const fees = (definition.fees ?? []).map((f) => f.code);
  checkUnique(
    definition.rules.map((r) => r.id),
    (i) => `/rules/${i}/id`,
    'rule id',
  );
  checkUnique(materials, (i) => `/materials/${i}/code`, 'material code');
  checkUnique(fees, (i) => `/fees/${i}/code`, 'fee code');
  const materialSet = new Set(materials);
  const feeSet = new Set(fees);
  definition.rules.forEach((rule, i) => {
    const { type, params } = rule.event;
    if (
      (type === 'require-material' || type === 'waive-material') &&
      !materialSet.has(params.material ?? '')
    ) {
      const msg = `no material ${params.material}`;
      throw new EngineDefinitionError('UNKNOWN_MATERIAL', `/rules/${i}/event/params/material`, msg);
    }
    if (type === 'fee' && !feeSet.has(params.fee ?? '')) {
      throw new EngineDefinitionError('UNKNOWN_FEE', `/rules/${i}/event/params/fee`, `no fee ${params.fee}`);
    }
  });
}
