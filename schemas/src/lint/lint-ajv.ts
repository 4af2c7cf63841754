import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { extendAjv } from '../ajv/index.ts';
import { schemas } from '../schema-registry.ts';

let shared: Ajv | undefined;

/**
 * The ajv lint validates with: the definition schemas and the draft-07 meta-schema, compiled once
 * (a few hundred ms) and kept, since the designer lints on every keystroke. Assembled from the same
 * parts as `createAjv()` (ajv-formats, then `extendAjv` for our formats and keywords) with two
 * differences `createAjv` has no option for:
 * - `verbose`, so every error carries its `parentSchema` and `pruneAlternatives` can tell the
 *   branches of a failed `oneOf` apart (ajv's `schemaPath` restarts at `#` inside each `$ref`);
 * - strict mode off: the definition schemas put `required` in `then` branches without `type`, which
 *   strictTypes/strictRequired refuse although ajv validates it as intended.
 * Form schemas are compiled by the platform's own `createAjv()`, strict, as the engine does.
 */
export function lintAjv(): Ajv {
  if (!shared) {
    const ajv = new Ajv({
      allErrors: true,
      strict: false,
      allowUnionTypes: true,
      multipleOfPrecision: 8,
      verbose: true,
    });
    addFormats(ajv);
    extendAjv(ajv);
    for (const schema of Object.values(schemas)) ajv.addSchema(schema);
    shared = ajv;
  }
  return shared;
}
