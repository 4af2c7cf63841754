import type Ajv from 'ajv';
import { createAjv } from '../ajv/index.ts';
import { lintAjv } from './lint-ajv.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { analyzePattern } from './pattern/analyze-pattern.ts';
import { schemaPatterns } from './pattern-findings.ts';
import { pruneAlternatives } from './prune-alternatives.ts';
import { isRecord } from './read-json.ts';
import { schemaErrorFinding } from './schema-error-finding.ts';

let sharedAjv: Ajv | undefined;

/**
 * One platform ajv (strict, as the engine compiles forms) for all form schemas: a fresh one would
 * compile the draft-07 meta-schema again (about 60 ms) on every keystroke of the designer. Each
 * compiled form schema is removed afterwards, so `$id`s of different definitions never collide.
 */
function formAjv(): Ajv {
  sharedAjv ??= createAjv();
  return sharedAjv;
}

const compiled = new Map<string, string | undefined>();
const COMPILE_CACHE_SIZE = 100;
const TEXTS = new Set(['title', 'description']);

/**
 * The schema's JSON text without its `title`s and `description`s, which never decide whether it
 * compiles: the meta-schema (checked first) makes them strings, and a string under those names that
 * is data (in `const`, `enum`, `default`) is not compiled either. A property called "title" holds a
 * schema, not a string, so it stays.
 */
function compileKey(formSchema: object): string {
  return JSON.stringify(formSchema, (key, value) =>
    TEXTS.has(key) && typeof value === 'string' ? undefined : value,
  );
}

/**
 * Why the platform ajv refuses to compile the form schema, or `undefined` when it compiles.
 * Compiling costs tens of milliseconds (a tenth of a second for two hundred fields), so outcomes are
 * kept by the schema's text without its labels: the designer re-lints the whole definition while
 * the administrator edits a rule or types a field's label.
 */
function compileFailure(formSchema: object): string | undefined {
  const key = compileKey(formSchema);
  if (compiled.has(key)) return compiled.get(key);
  const ajv = formAjv();
  let failure: string | undefined;
  try {
    ajv.compile(formSchema);
  } catch (error) {
    failure = errorText(error);
  } finally {
    ajv.removeSchema(formSchema);
  }
  if (compiled.size >= COMPILE_CACHE_SIZE) compiled.clear();
  compiled.set(key, failure);
  return failure;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function hasUncompilablePattern(formSchema: unknown): boolean {
  return schemaPatterns(formSchema, '').some(({ pattern }) => {
    const verdict = analyzePattern(pattern);
    return !verdict.safe && verdict.reason === 'syntax';
  });
}

/**
 * Checks the form's JSON Schema itself, at `pointer` in the definition:
 * - `form-schema-invalid`: breaks the draft-07 meta-schema (`ajv.validateSchema`), or names another
 *   `$schema` (rjsf and the engine read draft-07 only);
 * - `form-schema-uncompilable`: valid, yet the platform's ajv (`createAjv()`, strict) refuses to
 *   compile it, e.g. an unknown keyword or format; the engine would fail the same way at publish.
 * Regexes are left to `unsafe-pattern`, so a bad `pattern` is reported once.
 */
export function formSchemaFindings(formSchema: unknown, pointer: string): LintFinding[] {
  if (!isRecord(formSchema)) return [];
  const meta = lintAjv();
  let valid: boolean;
  try {
    valid = meta.validateSchema(formSchema) === true;
  } catch (error) {
    return [
      finding(
        'error',
        'form-schema-invalid',
        `${pointer}/$schema`,
        `表单 Schema 须为 draft-07：${errorText(error)}`,
        `The form schema must be draft-07: ${errorText(error)}`,
      ),
    ];
  }
  if (!valid) {
    return pruneAlternatives(meta.errors ?? [])
      .filter((e) => e.keyword !== 'if' && !(e.keyword === 'format' && e.params.format === 'regex'))
      .map((e) => schemaErrorFinding(e, 'form-schema-invalid', pointer));
  }
  if (hasUncompilablePattern(formSchema)) return [];
  const failure = compileFailure(formSchema);
  if (failure === undefined) return [];
  return [
    finding(
      'error',
      'form-schema-uncompilable',
      pointer,
      `表单 Schema 无法编译：${failure}`,
      `The form schema does not compile: ${failure}`,
    ),
  ];
}
