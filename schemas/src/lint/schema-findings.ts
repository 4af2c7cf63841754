import type { ValidateFunction } from 'ajv';
import { schemaId } from '../schema-registry.ts';
import { lintAjv } from './lint-ajv.ts';
import type { LintFinding } from './lint-finding.ts';
import { pruneAlternatives } from './prune-alternatives.ts';
import { schemaErrorFinding } from './schema-error-finding.ts';

let validator: ValidateFunction | undefined;

function definitionValidator(): ValidateFunction {
  if (!validator) {
    const compiled = lintAjv().getSchema(schemaId('service-item.schema.json'));
    if (!compiled) throw new Error('service-item.schema.json is not registered');
    validator = compiled;
  }
  return validator;
}

/** `schema-invalid` findings: where the definition breaks `service-item.schema.json`, one per error. */
export function schemaFindings(definition: unknown): LintFinding[] {
  const validate = definitionValidator();
  if (validate(definition)) return [];
  return pruneAlternatives(validate.errors ?? [])
    .filter((e) => e.keyword !== 'if') // its then/else errors are reported beside it and say what to fix
    .map((e) => schemaErrorFinding(e, 'schema-invalid'));
}
