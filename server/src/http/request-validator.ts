import { createAjv, errorMessage, errorPath, schemas } from '@onewindow/schemas';
import { ValidationError } from '../errors/index.ts';

type Ajv = ReturnType<typeof createAjv>;
/** A compiled ajv validator (ajv's `ValidateFunction`). */
export type RequestValidator = ReturnType<Ajv['compile']>;

/** One thing wrong with a request, at a JSON pointer into the body or query. */
export interface FieldError {
  path: string;
  message: string;
}

/** At most this many errors go into one answer; a huge array of wrong items says enough with these. */
const MAX_ERRORS = 50;

// Compiled once per schema object in each process: derived from the code, not from stored data.
let shared: Ajv | undefined;
const compiled = new WeakMap<object, RequestValidator>();

/**
 * THE ajv of the HTTP layer: the schemas package's factory (strict, all errors, Chinese formats)
 * with every schema of the definition language registered, so a route's schema may `$ref`
 * `https://onewindow.example/schemas/service-item.schema.json` and friends. `removeAdditional` stays
 * off: an unknown field is an error to report, never something to drop silently.
 */
function requestAjv(): Ajv {
  if (!shared) {
    shared = createAjv();
    for (const schema of Object.values(schemas)) shared.addSchema(schema);
  }
  return shared;
}

/**
 * Compiles a route's body or query schema once (cached by the schema object, so apps built again and
 * again in tests share the work). Throws at startup for a schema ajv's strict mode refuses.
 */
export function compileRequestSchema(schema: Record<string, unknown>): RequestValidator {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const ajv = requestAjv();
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  const validate = (id ? ajv.getSchema(id) : undefined) ?? ajv.compile(schema);
  compiled.set(schema, validate);
  return validate;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Validates `data`; on failure throws a 400 `ValidationError` whose `errors` list every failing
 * path (unknown fields each at their own path) and whose detail names the unknown fields.
 */
export function assertValid(validate: RequestValidator, data: unknown, where: 'body' | 'query'): void {
  if (validate(data)) return;
  const errors: FieldError[] = [];
  const unknown: string[] = [];
  for (const error of validate.errors ?? []) {
    if (errors.length >= MAX_ERRORS) break;
    if (error.keyword === 'additionalProperties') {
      const field = String(error.params.additionalProperty);
      unknown.push(field);
      errors.push({
        path: `${error.instancePath}/${escapeSegment(field)}`,
        message: `Unknown field "${field}".`,
      });
      continue;
    }
    errors.push({ path: errorPath(error), message: errorMessage(error).en });
  }
  const what = where === 'body' ? 'The request body' : 'The query';
  const detail =
    data === undefined && where === 'body'
      ? 'This request needs a JSON body.'
      : unknown.length > 0
        ? `${what} has fields that are not allowed: ${unknown.join(', ')}.`
        : `${what} is not valid: ${errors.length} problem${errors.length === 1 ? '' : 's'}.`;
  throw new ValidationError(detail, { status: 400, extensions: { errors } });
}
