import type { ApplicantFacts } from '@onewindow/schemas';
import { parsePath, resolveSegments } from './path.ts';

/** The facts rules see: nothing else is reachable from a condition. */
export interface RuleFacts {
  /** The form data with hidden fields dropped. */
  form: unknown;
  /** Codes of the materials provided, unique and sorted. */
  materials: string[];
  /** Derived from the applicant's resident ID number, or null when there is none or it is invalid. */
  applicant: ApplicantFacts | null;
  /** The check date, `YYYY-MM-DD`. */
  today: string;
}

/** Where a condition reads: one of the four facts (by position; -1 for a name that is none) and a path in it. */
export interface FactPath {
  readonly fact: number;
  /** The path's property names; null for no path (the whole fact). */
  readonly segments: readonly string[] | null;
}

/** The facts by name; a Map, so that `constructor` or `__proto__` name no fact. */
const FACT_POSITIONS = new Map<unknown, number>([
  ['form', 0],
  ['materials', 1],
  ['applicant', 2],
  ['today', 3],
]);

/** Resolves a condition's fact name and path once, at compile time (a falsy path means the whole fact). */
export function factPath(fact: unknown, path: string | undefined): FactPath {
  return { fact: FACT_POSITIONS.get(fact) ?? -1, segments: path ? parsePath(path) : null };
}

/**
 * json-rules-engine's `almanac.factValue(fact, params, path)` with `allowUndefinedFacts`: an unknown
 * fact is undefined; no path means the whole fact; a path is followed (see `resolvePath`) only into
 * an object or array, and a primitive fact is returned as it is whatever the path says. One plain
 * function for every condition, rather than a closure each, so that the optimizer can inline it.
 */
export function readFact(facts: RuleFacts, at: FactPath): unknown {
  let value: unknown;
  switch (at.fact) {
    case 0:
      value = facts.form;
      break;
    case 1:
      value = facts.materials;
      break;
    case 2:
      value = facts.applicant;
      break;
    case 3:
      value = facts.today;
      break;
    default:
      return undefined;
  }
  if (at.segments === null || value === null || typeof value !== 'object') return value;
  return resolveSegments(value, at.segments);
}

/** Reads one fact, and a path inside it, from the facts of a check. */
export type FactReader = (facts: RuleFacts) => unknown;

/**
 * {@link readFact} for a fact reference in a condition's value (`{"fact": "today"}`), whose path
 * may be any JSON value: one that is not a string resolves to nothing inside an object.
 */
export function factReader(fact: unknown, path: unknown): FactReader {
  if (path && typeof path !== 'string') {
    const at = factPath(fact, undefined);
    return (facts) => {
      const value = readFact(facts, at);
      return value === null || typeof value !== 'object' ? value : undefined;
    };
  }
  const at = factPath(fact, typeof path === 'string' ? path : undefined);
  return (facts) => readFact(facts, at);
}

/** A condition value that json-rules-engine reads as a reference to another fact: any object with an own `fact`. */
export interface FactReference {
  fact: unknown;
  path?: unknown;
}

/** Whether json-rules-engine's `almanac.getValue` would treat `value` as a fact reference. */
export function isFactReference(value: unknown): value is FactReference {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}
