import type { OperatorName } from '@onewindow/schemas';
import { ageOn, parseIsoDate } from '@onewindow/schemas';
import { compileSafePattern } from './safe-pattern.ts';

/** A condition operator: the fact's value (after its path) on the left, the condition's value on the right. */
export type OperatorFn = (factValue: unknown, conditionValue: unknown) => boolean;

/** Every operator a rule may name, by name. */
export type OperatorTable = Readonly<Record<OperatorName, OperatorFn>>;

/** What the operators depend on besides their arguments. */
export interface OperatorOptions {
  /** The check date, `YYYY-MM-DD`: `ageAtLeast` counts age on this day. */
  today: string;
}

/** Builds the operator table for one check date; `compile` takes another factory to extend it. */
export type OperatorFactory = (options: OperatorOptions) => OperatorTable;

/**
 * json-rules-engine's semantics, made total: `factValueValidator(a) && cb(a, b)` exactly as its
 * `Operator.evaluate`, except that where json-rules-engine would throw (e.g. `in` with a right-hand
 * side that has no `indexOf`, or comparing an object whose `toString` is not callable) the result
 * is false. A bad case never makes a check throw, and a failed evaluation never passes.
 */
function jre(cb: (a: unknown, b: unknown) => boolean, validator?: (a: unknown) => boolean): OperatorFn {
  return (a, b) => {
    try {
      return (validator === undefined || validator(a)) && cb(a, b) === true;
    } catch {
      return false;
    }
  };
}

type Searchable = { indexOf(x: unknown): number };
/**
 * json-rules-engine's `parseFloat(a).toString() !== 'NaN'`. For a number that reads back what it
 * was written as, so it holds exactly when the number is not NaN, without the round trip through text.
 */
const numberValidator = (a: unknown): boolean =>
  typeof a === 'number' ? !Number.isNaN(a) : Number.parseFloat(a as string).toString() !== 'NaN';

/** json-rules-engine 7.3's ten default operators (engine-default-operators.js), one for one. */
const defaultOperators = {
  // Strict (in)equality can neither throw nor fail a value check: no wrapper needed.
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: jre((a, b) => (b as Searchable).indexOf(a) > -1),
  notIn: jre((a, b) => (b as Searchable).indexOf(a) === -1),
  contains: jre((a, b) => (a as Searchable).indexOf(b) > -1, Array.isArray),
  doesNotContain: jre((a, b) => (a as Searchable).indexOf(b) === -1, Array.isArray),
  lessThan: jre((a, b) => (a as number) < (b as number), numberValidator),
  lessThanInclusive: jre((a, b) => (a as number) <= (b as number), numberValidator),
  greaterThan: jre((a, b) => (a as number) > (b as number), numberValidator),
  greaterThanInclusive: jre((a, b) => (a as number) >= (b as number), numberValidator),
} satisfies Record<string, OperatorFn>;

/** The names json-rules-engine registers by default; the others are OneWindow's own. */
export const DEFAULT_OPERATOR_NAMES = Object.freeze(Object.keys(defaultOperators)) as readonly OperatorName[];

const DATE_TIME_TAIL = /^(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

const dayCache = new Map<string, string | null>();
const MAX_CACHED_DAYS = 4096;

/** The calendar day of a `YYYY-MM-DD` or date-time string (its own written date), or null. */
export function calendarDayOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length < 10) return null;
  const cached = dayCache.get(value);
  if (cached !== undefined) return cached;
  const day = value.slice(0, 10);
  const result = parseIsoDate(day) && DATE_TIME_TAIL.test(value.slice(10)) ? day : null;
  if (dayCache.size < MAX_CACHED_DAYS) dayCache.set(value, result);
  return result;
}

function compareDays(a: unknown, b: unknown): number | null {
  const left = calendarDayOf(a);
  const right = calendarDayOf(b);
  if (left === null || right === null) return null;
  return left < right ? -1 : left > right ? 1 : 0;
}

const includes = (list: unknown[], item: unknown): boolean => list.includes(item);

/**
 * The operator table for one check date: json-rules-engine's ten defaults with its exact semantics
 * (see {@link jre}), plus OneWindow's own:
 *
 * - `dateBefore` / `dateAfter`: both sides `YYYY-MM-DD` or date-time strings, compared by their
 *   written calendar day; anything else is false.
 * - `ageAtLeast`: the fact is a birth date, the value a number of years; true when the age on
 *   `today` is at least that. False for a bad date or a value that is not a finite number.
 * - `includesAll` / `includesAny`: both sides arrays; the fact holds every / some item of the value
 *   (`includesAll` of `[]` is true, `includesAny` of `[]` false).
 * - `matchesPattern`: a string fact matches the value's regex (unanchored, `u` flag). `compile`
 *   accepts only literal patterns the lint's `isSafePattern` passes; each is compiled once and cached.
 *
 * Throws a RangeError with code `INVALID_DATE` when `today` is not a real date (a programming error).
 */
export function createOperators(options: OperatorOptions): OperatorTable {
  const { today } = options;
  if (typeof today !== 'string' || !parseIsoDate(today)) {
    throw Object.assign(
      new RangeError(`today must be a real YYYY-MM-DD date, got ${JSON.stringify(today)}`),
      {
        code: 'INVALID_DATE',
      },
    );
  }
  // Ages on this one day, by birth date: rules ask the same applicant's age many times.
  const ages = new Map<string, number>();
  const ageOf = (birth: string): number => {
    let age = ages.get(birth);
    if (age === undefined) {
      age = ageOn(birth, today);
      if (ages.size < MAX_CACHED_DAYS) ages.set(birth, age);
    }
    return age;
  };
  return {
    ...defaultOperators,
    dateBefore: (a, b) => compareDays(a, b) === -1,
    dateAfter: (a, b) => compareDays(a, b) === 1,
    ageAtLeast: (a, b) => {
      const birth = calendarDayOf(a);
      if (birth === null || typeof b !== 'number' || !Number.isFinite(b)) return false;
      return ageOf(birth) >= b;
    },
    includesAll: (a, b) => Array.isArray(a) && Array.isArray(b) && b.every((item) => includes(a, item)),
    includesAny: (a, b) => Array.isArray(a) && Array.isArray(b) && b.some((item) => includes(a, item)),
    matchesPattern: (a, b) => {
      if (typeof a !== 'string' || typeof b !== 'string') return false;
      return compileSafePattern(b)?.test(a) ?? false;
    },
  };
}

/** Every operator name `createOperators` registers, in a fixed order. */
export const OPERATOR_NAMES: readonly OperatorName[] = Object.freeze([
  ...DEFAULT_OPERATOR_NAMES,
  'dateBefore',
  'dateAfter',
  'ageAtLeast',
  'includesAll',
  'includesAny',
  'matchesPattern',
]);
