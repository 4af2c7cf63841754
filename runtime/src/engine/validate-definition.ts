import type { ServiceItem } from '@onewindow/schemas';
import { createAjv, schemaFiles, schemaId, schemas } from '@onewindow/schemas';
import { EngineDefinitionError } from './errors.ts';

type Ajv = ReturnType<typeof createAjv>;
type AjvError = NonNullable<ReturnType<Ajv['compile']>['errors']>[number];

let serviceItemValidator: ReturnType<Ajv['compile']> | undefined;

/** The compiled `service-item.schema.json`, built on first use and shared by every compile. */
function getServiceItemValidator(): ReturnType<Ajv['compile']> {
  if (serviceItemValidator === undefined) {
    const ajv = createAjv();
    for (const file of schemaFiles) ajv.addSchema(schemas[file]);
    const validate = ajv.getSchema(schemaId('service-item.schema.json'));
    if (validate === undefined) throw new Error('service-item.schema.json is not registered');
    serviceItemValidator = validate;
  }
  return serviceItemValidator;
}

/** The unknown operator nearest the root of `rules`, found without trusting their shape. */
function findUnknownOperator(
  rules: unknown,
  known: ReadonlySet<string>,
): { pointer: string; name: unknown } | null {
  const visit = (node: unknown, pointer: string): { pointer: string; name: unknown } | null => {
    if (node === null || typeof node !== 'object') return null;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const found = visit(node[i], `${pointer}/${i}`);
        if (found) return found;
      }
      return null;
    }
    const record = node as Record<string, unknown>;
    if (Object.hasOwn(record, 'fact') && Object.hasOwn(record, 'operator')) {
      const name = record.operator;
      return typeof name === 'string' && known.has(name) ? null : { pointer: `${pointer}/operator`, name };
    }
    for (const key of ['conditions', 'all', 'any', 'not']) {
      if (Object.hasOwn(record, key)) {
        const found = visit(record[key], `${pointer}/${key}`);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(rules, '/rules');
}

/** The most specific of ajv's errors: the deepest instance path (oneOf reports every branch). */
function mostSpecific(errors: readonly AjvError[]): AjvError {
  return errors.reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best));
}

/**
 * Checks a definition against `service-item.schema.json`. Throws EngineDefinitionError
 * `UNKNOWN_OPERATOR` (pointing at the operator) when the schema fails because a condition names an
 * operator not in `operators`, else `INVALID_DEFINITION` at the most specific failing path.
 */
export function validateDefinition(definition: unknown, operators: ReadonlySet<string>): ServiceItem {
  const validate = getServiceItemValidator();
  const rules =
    definition !== null && typeof definition === 'object' ? (definition as { rules?: unknown }).rules : [];
  const unknownOperator = findUnknownOperator(rules, operators);
  if (unknownOperator) {
    const name = JSON.stringify(unknownOperator.name);
    throw new EngineDefinitionError('UNKNOWN_OPERATOR', unknownOperator.pointer, `unknown operator ${name}`);
  }
  if (validate(definition)) return definition as ServiceItem;
  const errors = validate.errors ?? [];
  const first = errors.length > 0 ? mostSpecific(errors) : undefined;
  const message = first ? `${first.message ?? first.keyword} (${first.schemaPath})` : 'invalid definition';
  throw new EngineDefinitionError('INVALID_DEFINITION', first?.instancePath ?? '', message, errors);
}
