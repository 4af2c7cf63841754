import type { ConditionLeaf, OperatorName } from '@onewindow/schemas';
import type { FactChoice } from './fact-choices.ts';

/** Every operator the engine registers (runtime `OPERATOR_NAMES`), for a fact the picker does not know. */
export const ALL_OPERATORS: readonly OperatorName[] = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'dateBefore',
  'dateAfter',
  'ageAtLeast',
  'includesAll',
  'includesAny',
  'matchesPattern',
];

const COMPARISONS: readonly OperatorName[] = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
];

/**
 * The operators that make sense for a fact, most usual first: text and enums compare by (not) equal
 * and (not) in a list, free text also by pattern; numbers by comparison; dates by before/after and,
 * for a birth date, 年满 (ageAtLeast); yes/no by equal; lists by contains / includes any / all.
 */
export function operatorsFor(choice: FactChoice | undefined): readonly OperatorName[] {
  switch (choice?.kind) {
    case 'string':
      return choice.options
        ? ['equal', 'notEqual', 'in', 'notIn']
        : ['equal', 'notEqual', 'in', 'notIn', 'matchesPattern'];
    case 'number':
      return COMPARISONS;
    case 'boolean':
      return ['equal', 'notEqual'];
    case 'date':
      return ['dateBefore', 'dateAfter', 'equal', 'notEqual', 'ageAtLeast'];
    case 'array':
      return ['includesAny', 'includesAll', 'contains', 'doesNotContain'];
    default:
      return ALL_OPERATORS;
  }
}

/** What the value of a condition is: one value of the fact, a list of them, a number of years, a regex. */
export type ValueShape = 'single' | 'list' | 'years' | 'pattern';

/** The shape of the value `operator` compares the fact with. */
export function valueShapeOf(operator: OperatorName): ValueShape {
  switch (operator) {
    case 'in':
    case 'notIn':
    case 'includesAll':
    case 'includesAny':
      return 'list';
    case 'ageAtLeast':
      return 'years';
    case 'matchesPattern':
      return 'pattern';
    default:
      return 'single';
  }
}

/** A fact reference as a condition value: `{"fact": "today"}`, `{"fact": "form", "path": "a.b"}`. */
export interface FactReference {
  fact: string;
  path?: string;
}

/** Whether the engine reads `value` as a reference to another fact (any object with an own `fact`). */
export function isFactReference(value: unknown): value is FactReference {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'fact');
}

function defaultSingle(choice: FactChoice | undefined): unknown {
  if (choice?.kind === 'array') return choice.options?.[0]?.value ?? '';
  if (choice?.options?.length) return choice.options[0].value;
  switch (choice?.kind) {
    case 'boolean':
      return true;
    case 'number':
      return 0;
    case 'date':
      return { fact: 'today' };
    default:
      return '';
  }
}

function fitsSingle(value: unknown, choice: FactChoice | undefined): boolean {
  if (isFactReference(value)) return choice?.kind === 'date' || choice?.kind === 'number';
  if (!choice) return true;
  if (choice.kind === 'array' || choice.options) {
    return choice.options ? choice.options.some((o) => o.value === value) : typeof value === 'string';
  }
  switch (choice.kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === 'string';
  }
}

/** Whether `value` suits `operator` on `choice`, so a change of field or operator can keep it. */
export function valueFits(value: unknown, operator: OperatorName, choice: FactChoice | undefined): boolean {
  switch (valueShapeOf(operator)) {
    case 'list':
      return Array.isArray(value) && value.every((v) => fitsSingle(v, choice));
    case 'years':
      return typeof value === 'number';
    case 'pattern':
      return typeof value === 'string';
    default:
      return !Array.isArray(value) && fitsSingle(value, choice);
  }
}

/** The value a condition starts with for `operator` on `choice`, reusing `previous` where it fits. */
export function fitValue(previous: unknown, operator: OperatorName, choice: FactChoice | undefined): unknown {
  if (valueFits(previous, operator, choice)) return previous;
  switch (valueShapeOf(operator)) {
    case 'list': {
      if (!Array.isArray(previous) && previous !== undefined && fitsSingle(previous, choice)) {
        return isFactReference(previous) ? [] : [previous];
      }
      return [];
    }
    case 'years':
      return 18;
    case 'pattern':
      return '';
    default: {
      if (Array.isArray(previous) && previous.length > 0 && fitsSingle(previous[0], choice))
        return previous[0];
      return defaultSingle(choice);
    }
  }
}

/** `{path}` of a fact that has one (written in the order rules read: fact, path, operator, value). */
function pathOf(choice: FactChoice): { path?: string } {
  return choice.path === undefined ? {} : { path: choice.path };
}

/** A new condition on `choice`: its first operator and a value that fits. */
export function leafFor(choice: FactChoice): ConditionLeaf {
  const operator = operatorsFor(choice)[0];
  return { fact: choice.fact, ...pathOf(choice), operator, value: fitValue(undefined, operator, choice) };
}

/** The leaf with the fact of `choice`, keeping operator and value where they still fit. */
export function leafWithFact(leaf: ConditionLeaf, choice: FactChoice): ConditionLeaf {
  const operators = operatorsFor(choice);
  const operator = operators.includes(leaf.operator) ? leaf.operator : operators[0];
  const next: ConditionLeaf = {
    fact: choice.fact,
    ...pathOf(choice),
    operator,
    value: fitValue(leaf.value, operator, choice),
  };
  if (leaf.priority !== undefined) next.priority = leaf.priority;
  return next;
}

/** The leaf with `operator`, its value converted to the operator's shape where possible. */
export function leafWithOperator(
  leaf: ConditionLeaf,
  operator: OperatorName,
  choice: FactChoice | undefined,
): ConditionLeaf {
  return { ...leaf, operator, value: fitValue(leaf.value, operator, choice) };
}
