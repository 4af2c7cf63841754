import type {
  ConditionLeaf,
  ConditionTrace,
  NestedCondition,
  OperatorName,
  TopLevelCondition,
} from '@onewindow/schemas';
import { combine, groupTrace, type LeafShape, leafTrace } from './condition-trace.ts';
import { EngineDefinitionError } from './errors.ts';
import { type FactMap, factValue, factValueAt, isFactReference } from './fact-values.ts';
import type { OperatorTable } from './operators.ts';
import { parsePath } from './path.ts';
import { compileSafePattern, isValidPattern } from './safe-pattern.ts';

/** What a compiled condition reads when it runs: the facts and the operators for the check date. */
export interface EvalEnv {
  facts: FactMap;
  ops: OperatorTable;
}

/** A leaf condition as a closure, with what its trace repeats. */
export interface CompiledLeaf extends LeafShape {
  readonly kind: 'leaf';
  /** The condition's value as written. */
  readonly value: unknown;
  /** Whether `value` is a fact reference, resolved at evaluation. */
  readonly valueIsReference: boolean;
  readonly evaluate: (env: EvalEnv) => ConditionTrace;
}

/** An `all` / `any` / `not` node; a `not` has exactly one child. */
export interface CompiledGroup {
  readonly kind: 'all' | 'any' | 'not';
  readonly children: readonly CompiledCondition[];
  readonly evaluate: (env: EvalEnv) => ConditionTrace;
}

/** A condition tree compiled to plain closures that evaluate every leaf and return the full trace. */
export type CompiledCondition = CompiledLeaf | CompiledGroup;

function checkPattern(leaf: ConditionLeaf, pointer: string): void {
  if (leaf.operator !== 'matchesPattern') return;
  const pattern = leaf.value;
  if (isFactReference(pattern)) {
    throw new EngineDefinitionError(
      'UNSAFE_PATTERN',
      `${pointer}/value`,
      'a pattern must be a literal string',
    );
  }
  if (typeof pattern !== 'string') {
    throw new EngineDefinitionError('INVALID_PATTERN', `${pointer}/value`, 'a pattern must be a string');
  }
  if (!isValidPattern(pattern)) {
    throw new EngineDefinitionError(
      'INVALID_PATTERN',
      `${pointer}/value`,
      `bad regex ${JSON.stringify(pattern)}`,
    );
  }
  if (compileSafePattern(pattern) === null) {
    throw new EngineDefinitionError(
      'UNSAFE_PATTERN',
      `${pointer}/value`,
      `unsafe regex ${JSON.stringify(pattern)}`,
    );
  }
}

function compileLeaf(leaf: ConditionLeaf, pointer: string, operators: ReadonlySet<string>): CompiledLeaf {
  if (!operators.has(leaf.operator)) {
    throw new EngineDefinitionError(
      'UNKNOWN_OPERATOR',
      `${pointer}/operator`,
      `unknown operator ${leaf.operator}`,
    );
  }
  checkPattern(leaf, pointer);
  const { fact, path, operator, value } = leaf;
  const operatorName: OperatorName = operator;
  // json-rules-engine skips the path resolver for a falsy path; so do we.
  const segments = path ? parsePath(path) : null;
  const shape: LeafShape = { fact, path, operator };
  let evaluate: (env: EvalEnv) => ConditionTrace;
  if (isFactReference(value)) {
    const { fact: refFact, path: refPath } = value;
    evaluate = (env) => {
      const actual = factValueAt(env.facts, fact, segments);
      const expected = factValue(env.facts, refFact, refPath);
      return leafTrace(shape, env.ops[operatorName](actual, expected), actual, expected);
    };
  } else {
    evaluate = (env) => {
      const actual = factValueAt(env.facts, fact, segments);
      return leafTrace(shape, env.ops[operatorName](actual, value), actual, value);
    };
  }
  const valueIsReference = isFactReference(value);
  return { kind: 'leaf', ...shape, value, valueIsReference, evaluate };
}

function compileGroup(kind: 'all' | 'any' | 'not', children: CompiledCondition[]): CompiledGroup {
  const evaluate = (env: EvalEnv): ConditionTrace => {
    const traces = children.map((child) => child.evaluate(env));
    return groupTrace(kind, combine(kind, traces), traces);
  };
  return { kind, children, evaluate };
}

/**
 * Compiles a condition tree into closures. Throws an EngineDefinitionError for an operator not in
 * `operators` and for an unsafe or malformed `matchesPattern` regex; `pointer` locates the condition
 * in the definition.
 */
export function compileCondition(
  condition: TopLevelCondition | NestedCondition,
  pointer: string,
  operators: ReadonlySet<string>,
): CompiledCondition {
  // The order json-rules-engine's Condition.booleanOperator checks them in.
  if ('any' in condition) {
    return compileGroup(
      'any',
      condition.any.map((c, i) => compileCondition(c, `${pointer}/any/${i}`, operators)),
    );
  }
  if ('all' in condition) {
    return compileGroup(
      'all',
      condition.all.map((c, i) => compileCondition(c, `${pointer}/all/${i}`, operators)),
    );
  }
  if ('not' in condition) {
    return compileGroup('not', [compileCondition(condition.not, `${pointer}/not`, operators)]);
  }
  return compileLeaf(condition, pointer, operators);
}
