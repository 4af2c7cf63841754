import type {
  ConditionLeaf,
  ConditionTrace,
  NestedCondition,
  OperatorName,
  TopLevelCondition,
} from '@onewindow/schemas';
import { groupTrace, type LeafShape, leafTrace } from './condition-trace.ts';
import { EngineDefinitionError } from './errors.ts';
import {
  type FactPath,
  factPath,
  factReader,
  isFactReference,
  type RuleFacts,
  readFact,
} from './fact-values.ts';
import type { OperatorTable } from './operators.ts';
import { compileSafePattern, isValidPattern } from './safe-pattern.ts';

/** What a compiled condition reads when it runs: the facts and the operators for the check date. */
export interface EvalEnv {
  facts: RuleFacts;
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

/**
 * The evaluator of a leaf with a literal value. Whether the trace has `path` and `expected` is known
 * at compile time, so each trace is built as one object literal with `leafTrace`'s keys in its order
 * (kind, result, fact, path, operator, expected, actual, missing) instead of growing key by key.
 */
function literalLeaf(
  shape: LeafShape,
  at: FactPath,
  operatorName: OperatorName,
  value: unknown,
): (env: EvalEnv) => ConditionTrace {
  if (shape.path === undefined || value === undefined) {
    return (env) => {
      const actual = readFact(env.facts, at);
      return leafTrace(shape, env.ops[operatorName](actual, value), actual, value);
    };
  }
  return generateLeaf(shape, at, operatorName, value);
}

const FACT_NAMES = ['form', 'materials', 'applicant', 'today'];

/**
 * {@link literalLeaf} with a path and a value, as generated JavaScript: `readFact` with the fact's
 * name, each property name of the path and the operator's name written into the code, so that each
 * leaf reads by names the engine caches per object shape, where one shared function read every path
 * of every rule by computed names. The same reads as `readFact`: a fact that is not an object is the
 * value itself; below it, only own properties of objects and arrays are followed.
 */
function generateLeaf(
  shape: LeafShape,
  at: FactPath,
  operatorName: OperatorName,
  value: unknown,
): (env: EvalEnv) => ConditionTrace {
  const lines: string[] = [];
  const fact = FACT_NAMES[at.fact];
  lines.push(fact === undefined ? 'let c;' : `let c = env.facts.${fact};`);
  const segments = at.segments ?? [];
  if (fact !== undefined && segments.length > 0) {
    const [first, ...rest] = segments.map((segment) => JSON.stringify(segment));
    lines.push(`if (c !== null && typeof c === 'object') {`);
    lines.push(`  c = hasOwn(c, ${first}) ? c[${first}] : undefined;`);
    for (const name of rest) {
      lines.push(`  c = c !== null && typeof c === 'object' && hasOwn(c, ${name}) ? c[${name}] : undefined;`);
    }
    lines.push('}');
  }
  lines.push(
    `const result = env.ops[${JSON.stringify(operatorName)}](c, value);`,
    'return c === undefined',
    "  ? { kind: 'leaf', result, fact, path, operator, expected: value, missing: true }",
    "  : { kind: 'leaf', result, fact, path, operator, expected: value, actual: c, missing: false };",
  );
  const body = `return (env) => {\n${lines.join('\n')}\n};`;
  const factory = new Function('hasOwn', 'fact', 'path', 'operator', 'value', body);
  return factory(Object.hasOwn, shape.fact, shape.path, shape.operator, value);
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
  const at = factPath(fact, path);
  const shape: LeafShape = { fact, path, operator };
  let evaluate: (env: EvalEnv) => ConditionTrace;
  if (isFactReference(value)) {
    const readExpected = factReader(value.fact, value.path);
    evaluate = (env) => {
      const actual = readFact(env.facts, at);
      const expected = readExpected(env.facts);
      return leafTrace(shape, env.ops[operatorName](actual, expected), actual, expected);
    };
  } else {
    evaluate = literalLeaf(shape, at, operatorName, value);
  }
  const valueIsReference = isFactReference(value);
  return { kind: 'leaf', ...shape, value, valueIsReference, evaluate };
}

function compileGroup(kind: 'all' | 'any' | 'not', children: CompiledCondition[]): CompiledGroup {
  const n = children.length;
  const [only] = children;
  // `combine` inlined: every child is evaluated (the trace explains all of them), in one pass. A
  // group of one child, the usual `{"all": [condition]}`, needs no loop.
  const evaluate =
    kind === 'not'
      ? (env: EvalEnv): ConditionTrace => {
          const trace = only.evaluate(env);
          return groupTrace(kind, trace.result !== true, [trace]);
        }
      : n === 1
        ? (env: EvalEnv): ConditionTrace => {
            const trace = only.evaluate(env);
            return groupTrace(kind, trace.result === true, [trace]);
          }
        : (env: EvalEnv): ConditionTrace => {
            const traces: ConditionTrace[] = new Array(n);
            let all = true;
            let any = false;
            for (let i = 0; i < n; i++) {
              const trace = children[i].evaluate(env);
              traces[i] = trace;
              if (trace.result === true) any = true;
              else all = false;
            }
            return groupTrace(kind, n === 0 || (kind === 'all' ? all : any), traces);
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
