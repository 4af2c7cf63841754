import type { ServiceItem } from '@onewindow/schemas';
import { checkReferences } from './check-references.ts';
import { compileForm } from './compile-form.ts';
import { compileRules } from './compile-rules.ts';
import { deepFreeze } from './deep-freeze.ts';
import { EngineDefinitionError } from './errors.ts';
import { canonicalJson, sha256Hex } from './hash.ts';
import { compileMaterialTable } from './material-table.ts';
import { createOperators, type OperatorTable } from './operators.ts';
import type { CompiledItem, CompileOptions } from './types.ts';
import { validateDefinition } from './validate-definition.ts';

/** A JSON copy of the definition. Keys named `__proto__` are dropped: no definition needs one. */
function jsonCopy(definition: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(definition), (key, value) => (key === '__proto__' ? undefined : value));
  } catch (cause) {
    throw new EngineDefinitionError('INVALID_DEFINITION', '', `not JSON: ${(cause as Error).message}`);
  }
}

/**
 * Compiles one definition version: validates it, builds the form validator and hidden-field pruner,
 * turns the rules into closures, and hashes it. Call once per version and reuse the result.
 * Throws EngineDefinitionError (with `code` and `pointer`) only for a bad definition.
 */
export function compile(definition: ServiceItem, options: CompileOptions = {}): CompiledItem {
  const operatorFactory = options.operators ?? createOperators;
  const operatorNames = Object.freeze(Object.keys(operatorFactory({ today: '2000-01-01' })));
  const knownOperators = new Set(operatorNames);
  const copy = validateDefinition(jsonCopy(definition), knownOperators);
  const form = compileForm(copy.form.schema, copy.applicantIdField);
  checkReferences(copy);
  const rules = compileRules(copy.rules, knownOperators);
  const hashText = options.sha256Hex ?? sha256Hex;
  const hash = hashText(canonicalJson(copy));
  deepFreeze(copy);

  let cachedDay = '';
  let cachedTable: OperatorTable | undefined;
  const operatorsOn = (today: string): OperatorTable => {
    if (cachedTable === undefined || cachedDay !== today) {
      cachedTable = operatorFactory({ today });
      cachedDay = today;
    }
    return cachedTable;
  };

  return Object.freeze({
    definition: copy,
    ref: Object.freeze({ code: copy.code, version: copy.version ?? 0, hash }),
    form,
    rules: Object.freeze(rules),
    materials: copy.materials,
    materialTable: compileMaterialTable(copy.materials, rules),
    fees: copy.fees ?? [],
    createOperators: operatorFactory,
    operatorNames,
    sha256Hex: hashText,
    operatorsOn,
  });
}
