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

/** A leaf with a literal value and a path: its evaluation is written as code (see {@link leafCode}). */
interface InlineLeaf {
  readonly shape: LeafShape;
  readonly at: FactPath;
  readonly operatorName: OperatorName;
  readonly value: unknown;
}

/** The leaves whose evaluation {@link generateEvaluator} writes into the code of their rule. */
const inlineLeaves = new WeakMap<CompiledCondition, InlineLeaf>();

const FACT_NAMES = ['form', 'materials', 'applicant', 'today'];

/**
 * The code of one inline leaf, leaving its trace in the variable `t`: `readFact` with the fact's
 * name, each property name of the path and the operator's name written into the code, so that each
 * leaf reads by names the engine caches per object shape, where one shared function read every path
 * of every rule by computed names. The same reads as `readFact`: a fact that is not an object is the
 * value itself; below it, only own properties of objects and arrays are followed. The trace is one
 * object literal with `leafTrace`'s keys in its order (kind, result, fact, path, operator, expected,
 * actual, missing). `bind` gives the name under which the code sees a value of the definition.
 */
function leafCode(t: string, leaf: InlineLeaf, bind: (value: unknown) => string): string[] {
  const c = `${t}c`;
  const lines: string[] = [];
  const fact = FACT_NAMES[leaf.at.fact];
  lines.push(fact === undefined ? `let ${c};` : `let ${c} = facts.${fact};`);
  const segments = leaf.at.segments ?? [];
  if (fact !== undefined && segments.length > 0) {
    const [first, ...rest] = segments.map((segment) => JSON.stringify(segment));
    lines.push(`if (${c} !== null && typeof ${c} === 'object') {`);
    lines.push(`  ${c} = hasOwn(${c}, ${first}) ? ${c}[${first}] : undefined;`);
    for (const name of rest) {
      lines.push(
        `  ${c} = ${c} !== null && typeof ${c} === 'object' && hasOwn(${c}, ${name}) ? ${c}[${name}] : undefined;`,
      );
    }
    lines.push('}');
  }
  const value = bind(leaf.value);
  const known = `fact: ${bind(leaf.shape.fact)}, path: ${bind(leaf.shape.path)}, operator: ${bind(leaf.shape.operator)}, expected: ${value}`;
  lines.push(
    `const ${t}r = ops[${JSON.stringify(leaf.operatorName)}](${c}, ${value});`,
    `const ${t} = ${c} === undefined`,
    `  ? { kind: 'leaf', result: ${t}r, ${known}, missing: true }`,
    `  : { kind: 'leaf', result: ${t}r, ${known}, actual: ${c}, missing: false };`,
  );
  return lines;
}

/**
 * The evaluator of a whole condition tree as one generated function: every inline leaf's code, then
 * each group's trace from its children's, in definition order (every child is evaluated: the trace
 * explains all of them; operators are pure, so the verdicts are json-rules-engine's). Each `result`
 * is then read at its own place in the code, from the traces of one child, where one shared group
 * closure read the results of every kind of trace of every rule. Leaves that are not inline (a fact
 * reference as value, no path, no value) are called as they are.
 */
function generateEvaluator(root: CompiledCondition): (env: EvalEnv) => ConditionTrace {
  const lines: string[] = [];
  const bound: unknown[] = [];
  const bind = (value: unknown): string => `b${bound.push(value) - 1}`;
  let traces = 0;
  const emit = (node: CompiledCondition): string => {
    const t = `t${traces++}`;
    if (node.kind === 'leaf') {
      const inline = inlineLeaves.get(node);
      if (inline === undefined) lines.push(`const ${t} = ${bind(node.evaluate)}(env);`);
      else lines.push(...leafCode(t, inline, bind));
      return t;
    }
    const children = node.children.map(emit);
    const result =
      node.kind === 'not'
        ? `${children[0]}.result !== true`
        : children.length === 0
          ? 'true'
          : children.map((child) => `${child}.result === true`).join(node.kind === 'all' ? ' && ' : ' || ');
    lines.push(
      `const ${t} = { kind: '${node.kind}', result: ${result}, children: [${children.join(', ')}] };`,
    );
    return t;
  };
  const top = emit(root);
  const body = [
    ...bound.map((_, i) => `const b${i} = bound[${i}];`),
    'return (env) => {',
    'const facts = env.facts;',
    'const ops = env.ops;',
    ...lines,
    `return ${top};`,
    '};',
  ].join('\n');
  return new Function('hasOwn', 'bound', body)(Object.hasOwn, bound);
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
  const valueIsReference = isFactReference(value);
  let evaluate: (env: EvalEnv) => ConditionTrace;
  if (isFactReference(value)) {
    const readExpected = factReader(value.fact, value.path);
    evaluate = (env) => {
      const actual = readFact(env.facts, at);
      const expected = readExpected(env.facts);
      return leafTrace(shape, env.ops[operatorName](actual, expected), actual, expected);
    };
  } else {
    evaluate = (env) => {
      const actual = readFact(env.facts, at);
      return leafTrace(shape, env.ops[operatorName](actual, value), actual, value);
    };
  }
  const node: CompiledLeaf = { kind: 'leaf', ...shape, value, valueIsReference, evaluate };
  // With a path and a value (the usual leaf), the trace always has both: its code can be written out.
  if (valueIsReference || path === undefined || value === undefined) return node;
  // Its own evaluator (which the reference interpreter's trace asks of leaves it skipped) is the
  // leaf's code alone; the rule's evaluator writes the same code into its own.
  const spec: InlineLeaf = { shape, at, operatorName, value };
  inlineLeaves.set(node, spec);
  const inline: CompiledLeaf = { ...node, evaluate: generateEvaluator(node) };
  inlineLeaves.set(inline, spec);
  return inline;
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

/** One node of a condition tree and everything below it, each with its own closure. */
function compileNode(
  condition: TopLevelCondition | NestedCondition,
  pointer: string,
  operators: ReadonlySet<string>,
): CompiledCondition {
  // The order json-rules-engine's Condition.booleanOperator checks them in.
  if ('any' in condition) {
    return compileGroup(
      'any',
      condition.any.map((c, i) => compileNode(c, `${pointer}/any/${i}`, operators)),
    );
  }
  if ('all' in condition) {
    return compileGroup(
      'all',
      condition.all.map((c, i) => compileNode(c, `${pointer}/all/${i}`, operators)),
    );
  }
  if ('not' in condition) {
    return compileGroup('not', [compileNode(condition.not, `${pointer}/not`, operators)]);
  }
  return compileLeaf(condition, pointer, operators);
}

/**
 * Compiles a condition tree: every node with its closure (the reference interpreter's trace asks
 * single leaves), and the root with the whole tree's evaluator generated as one function (see
 * {@link generateEvaluator}), which is what a check runs. Throws an EngineDefinitionError for an
 * operator not in `operators` and for an unsafe or malformed `matchesPattern` regex; `pointer`
 * locates the condition in the definition.
 */
export function compileCondition(
  condition: TopLevelCondition | NestedCondition,
  pointer: string,
  operators: ReadonlySet<string>,
): CompiledCondition {
  const root = compileNode(condition, pointer, operators);
  return { ...root, evaluate: generateEvaluator(root) };
}
