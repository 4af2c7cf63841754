import type { ApplicantFacts } from '@onewindow/schemas';
import { resolvePath, resolveSegments } from './path.ts';

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

/** The facts by name, looked up like json-rules-engine's almanac (a Map, so no prototype keys). */
export type FactMap = ReadonlyMap<unknown, unknown>;

/** The facts as a Map keyed by fact name. */
export function toFactMap(facts: RuleFacts): FactMap {
  const map = new Map<unknown, unknown>();
  map.set('form', facts.form);
  map.set('materials', facts.materials);
  map.set('applicant', facts.applicant);
  map.set('today', facts.today);
  return map;
}

/**
 * json-rules-engine's `almanac.factValue(fact, params, path)` with `allowUndefinedFacts`: an unknown
 * fact is undefined; a falsy path means the whole fact; a path is followed only into an object or
 * array, and a primitive fact is returned as it is whatever the path says.
 */
export function factValue(facts: FactMap, fact: unknown, path: unknown): unknown {
  const value = facts.get(fact);
  if (!path || value === null || typeof value !== 'object') return value;
  return resolvePath(value, path);
}

/** {@link factValue} with a path parsed once at compile time (`null` for no path). */
export function factValueAt(facts: FactMap, fact: string, segments: readonly string[] | null): unknown {
  const value = facts.get(fact);
  if (segments === null || value === null || typeof value !== 'object') return value;
  return resolveSegments(value, segments);
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
