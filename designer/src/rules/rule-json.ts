import { createAjv, errorMessage, errorPath, type Locale, type Rule, schemas } from '@onewindow/schemas';

type ValidateFunction = ReturnType<ReturnType<typeof createAjv>['compile']>;
type ErrorObject = NonNullable<ValidateFunction['errors']>[number];

let validator: ValidateFunction | undefined;

/**
 * The validator of one rule: rule.schema.json (with localized-text.schema.json it refers to) on the
 * platform's ajv. Strict mode is off as in lint: the schema puts `required` in `then` branches
 * without a `type`, which strict mode refuses although ajv validates it as intended.
 */
function ruleValidator(): ValidateFunction {
  if (!validator) {
    const ajv = createAjv({ strict: false });
    ajv.addSchema(schemas['localized-text.schema.json']);
    validator = ajv.compile(schemas['rule.schema.json']);
  }
  return validator;
}

/** One problem of a rule's JSON: where (a JSON pointer inside the rule, `''` for the whole) and what. */
export interface RuleJsonProblem {
  pointer: string;
  message: string;
}

export type RuleJsonResult = { ok: true; rule: Rule } | { ok: false; problems: RuleJsonProblem[] };

const MAX_PROBLEMS = 8;
// A bad leaf fails every branch of the condition `oneOf`; the deepest errors say what to fix.
const SUMMARY_KEYWORDS = new Set(['oneOf', 'anyOf', 'if']);

function problemOf(error: ErrorObject, locale: Locale): RuleJsonProblem {
  const extra =
    error.keyword === 'additionalProperties' ? `：${String(error.params.additionalProperty)}` : '';
  return { pointer: errorPath(error), message: `${errorMessage(error)[locale]}${extra}` };
}

/** The keys of each alternative of a condition node (`oneOf` leaf / all / any / not). */
const BRANCH_KEYS: Readonly<Record<string, readonly string[]>> = {
  leaf: ['fact', 'path', 'operator', 'value'],
  all: ['all'],
  any: ['any'],
  not: ['not'],
};

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    current =
      current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

/** Which alternative a condition node means: the one whose key it has (a leaf when it has `fact`). */
function intendedBranch(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  if (Object.hasOwn(node, 'fact')) return 'leaf';
  return ['all', 'any', 'not'].find((key) => Object.hasOwn(node, key));
}

/**
 * Whether an error belongs to the alternative the node means. A node failing the conditions'
 * `oneOf` fails every alternative: a leaf with a bad operator also "lacks" `all`, `any` and `not`
 * and "has" fact, operator and value too many; those errors say nothing about what to fix.
 */
function meantError(error: ErrorObject, rule: unknown): boolean {
  if (!error.instancePath.startsWith('/conditions')) return true;
  const branch = intendedBranch(valueAt(rule, error.instancePath));
  if (!branch) return true;
  const own = BRANCH_KEYS[branch];
  if (error.keyword === 'required') return own.includes(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') return !own.includes(String(error.params.additionalProperty));
  return true;
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}

/**
 * Parses and validates the JSON of one rule against rule.schema.json: the rule, or the problems
 * (a syntax error, or the schema's errors in `locale`, deepest first, at most eight).
 */
export function parseRuleJson(
  text: string,
  locale: Locale,
  syntaxError: (detail: string) => string,
): RuleJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ pointer: '', message: syntaxError(detail) }] };
  }
  const validate = ruleValidator();
  if (validate(value)) return { ok: true, rule: value as Rule };
  const errors = validate.errors ?? [];
  const specific = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword) && meantError(e, value));
  const seen = new Set<string>();
  const problems = (specific.length > 0 ? specific : errors)
    .map((e) => problemOf(e, locale))
    .sort((a, b) => depth(b.pointer) - depth(a.pointer))
    .filter((p) => {
      const key = `${p.pointer} ${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_PROBLEMS);
  return { ok: false, problems };
}
