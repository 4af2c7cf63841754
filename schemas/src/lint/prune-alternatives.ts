import type { ErrorObject } from 'ajv';

/** Synthesised on a `oneOf`/`anyOf` error when every branch misses properties: what each branch needs. */
export interface AlternativesParams {
  alternatives: string[][];
}

const ALTERNATIVE_KEYWORDS = new Set(['oneOf', 'anyOf']);
const WRONG_SHAPE_KEYWORDS = new Set(['required', 'type']);

/**
 * The sub-schema an error was raised in: `parentSchema` when ajv runs `verbose` (the only reliable
 * way, since `schemaPath` restarts at `#` inside every `$ref`), else the schema path's parent.
 */
const branchOf = (e: ErrorObject): unknown =>
  e.parentSchema ?? e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'));

/**
 * Cuts the noise ajv makes when a `oneOf`/`anyOf` fails: it reports every branch, so a condition leaf
 * with a bad operator also "misses `all`", "misses `any`" and "misses `not`". Errors at the failing
 * place are grouped by the branch (sub-schema) that raised them (ajv must run `verbose`); a branch that misses a required
 * property or has the wrong type is the wrong shape. What is kept:
 * - when some branch went deeper (errors below the failing place), those errors and the right-shape
 *   branches' own errors: the data chose that branch;
 * - otherwise the right-shape branches' errors, if any: the data has that shape and something else wrong;
 * - otherwise the branches with fewest errors, or, when they only miss properties, one summary
 *   error naming what each branch needs (`{fact, operator, value}`, `{all}`, `{any}`, `{not}`).
 * The `oneOf` error itself is dropped unless it carries that summary.
 */
export function pruneAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const replaced = new Map<ErrorObject, ErrorObject>();
  for (const alternative of errors) {
    if (!ALTERNATIVE_KEYWORDS.has(alternative.keyword)) continue;
    const at = alternative.instancePath;
    const own = branchOf(alternative);
    const branches = new Map<unknown, ErrorObject[]>();
    for (const e of errors) {
      if (e.instancePath !== at || ALTERNATIVE_KEYWORDS.has(e.keyword) || e.keyword === 'if') continue;
      const branch = branchOf(e);
      if (branch === own) continue;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    if (branches.size === 0) continue;
    const wrongShape = (list: ErrorObject[]) => list.some((e) => WRONG_SHAPE_KEYWORDS.has(e.keyword));
    const rightShape = [...branches.values()].filter((list) => !wrongShape(list));
    const wentDeeper = errors.some((e) => e.instancePath.startsWith(`${at}/`));
    dropped.add(alternative);
    if (wentDeeper || rightShape.length > 0) {
      for (const list of branches.values()) if (wrongShape(list)) for (const e of list) dropped.add(e);
      continue;
    }
    const fewest = Math.min(...[...branches.values()].map((list) => list.length));
    const closest = [...branches.values()].filter((list) => list.length === fewest);
    const onlyMissing = closest.every((list) => list.every((e) => e.keyword === 'required'));
    if (closest.length > 1 && onlyMissing) {
      const alternatives = [...branches.values()]
        .map((list) =>
          list.filter((e) => e.keyword === 'required').map((e) => String(e.params.missingProperty)),
        )
        .filter((names) => names.length > 0);
      for (const list of branches.values()) for (const e of list) dropped.add(e);
      dropped.delete(alternative);
      replaced.set(alternative, { ...alternative, params: { alternatives } satisfies AlternativesParams });
      continue;
    }
    for (const list of branches.values()) if (!closest.includes(list)) for (const e of list) dropped.add(e);
  }
  return errors.filter((e) => !dropped.has(e)).map((e) => replaced.get(e) ?? e);
}
