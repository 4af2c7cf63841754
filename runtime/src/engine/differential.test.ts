import type {
  ApplicantFacts,
  ConditionTrace,
  NestedCondition,
  OperatorName,
  Rule,
  TopLevelCondition,
} from '@onewindow/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledCondition } from './compile-condition.ts';
import { compileRules } from './compile-rules.ts';
import type { RuleFacts } from './fact-values.ts';
import { createOperators, OPERATOR_NAMES } from './operators.ts';
import { createReferenceEngine, type ReferenceNode } from './reference-engine.ts';

// Differential tests: random rules on random facts, compiled closures against json-rules-engine 7.
// Seeded so CI is deterministic; 2,000 runs in total.
const SEED = 20260601;

const KEYS = ['a', 'b', 'n', 's', 'd', 'arr', 'obj', 'a/b', 'x~y', 'constructor'];
const PATHS = [
  'a',
  'b',
  'n',
  's',
  'd',
  'arr',
  'obj',
  'obj.a',
  'obj.n',
  'obj.obj.s',
  'arr.0',
  'arr.1',
  'arr.length',
  '/a',
  '/obj/b',
  '/arr/0',
  '/arr/2',
  '/a~1b',
  '/x~0y',
  '/obj/arr/1',
  'age',
  'birthDate',
  'gender',
  'regionCode',
  'missing',
  'a.b.c',
  '__proto__',
  'constructor',
  'toString',
  '/__proto__/polluted',
  'obj.hasOwnProperty',
];
const DATES = [
  '2026-06-01',
  '2026-05-31',
  '2026-06-02',
  '2008-06-01',
  '2010-02-28',
  '2026-02-30',
  '2026-06-01T23:30:00+08:00',
  '2026/06/01',
];
const PATTERNS = ['^a', 'b$', '^[0-9]+$', '^4403', '张', '^\\d{4}-\\d{2}-\\d{2}$', ''];
const FACTS = ['form', 'materials', 'applicant', 'today'] as const;

const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 30 }),
  fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', 'a', 'b', 'ab', '12', '3.5', ' 7', '1e2', 'abc', '张三', 'NaN', 'm1', 'm2'),
  fc.constantFrom(...DATES),
);

const { value: jsonValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4, noNullPrototype: true }),
}));

const applicant: fc.Arbitrary<ApplicantFacts | null> = fc.option(
  fc.record({
    birthDate: fc.constantFrom('1990-03-15', '2010-06-02', '2008-06-01', '2014-02-20'),
    age: fc.integer({ min: 0, max: 90 }),
    gender: fc.constantFrom('male' as const, 'female' as const),
    regionCode: fc.constantFrom('440305', '110101', '310115'),
  }),
  { nil: null },
);

const facts: fc.Arbitrary<RuleFacts> = fc.record({
  form: fc.dictionary(fc.constantFrom(...KEYS), jsonValue, { maxKeys: 7, noNullPrototype: true }),
  materials: fc.subarray(['m1', 'm2', 'm3']),
  applicant,
  today: fc.constantFrom('2026-06-01', '2024-02-29'),
});

const factReference = fc.record(
  { fact: fc.constantFrom<string>(...FACTS, 'nope'), path: fc.constantFrom(...PATHS) },
  { requiredKeys: ['fact'] },
);

const leaf: fc.Arbitrary<NestedCondition> = fc
  .record(
    {
      fact: fc.constantFrom(...FACTS),
      path: fc.constantFrom(...PATHS),
      operator: fc.constantFrom<OperatorName>(...OPERATOR_NAMES),
      value: fc.oneof({ weight: 3, arbitrary: jsonValue }, { weight: 1, arbitrary: factReference }),
      pattern: fc.constantFrom(...PATTERNS),
      priority: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: ['fact', 'operator', 'value', 'pattern'] },
  )
  .map(
    ({ pattern, ...c }) =>
      (c.operator === 'matchesPattern' ? { ...c, value: pattern } : c) as NestedCondition,
  );

const withPriority = <T extends object>(node: fc.Arbitrary<T>) =>
  fc
    .tuple(node, fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }))
    .map(([n, p]) => (p === undefined ? n : { ...n, priority: p }));

const condition = (depth: number): fc.Arbitrary<NestedCondition> => {
  if (depth === 0) return leaf;
  const child = condition(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: withPriority(fc.array(child, { maxLength: 4 }).map((all) => ({ all }))) },
    { weight: 1, arbitrary: withPriority(fc.array(child, { maxLength: 4 }).map((any) => ({ any }))) },
    { weight: 1, arbitrary: withPriority(child.map((not) => ({ not }))) },
  );
};

const topLevel: fc.Arbitrary<TopLevelCondition> = fc.oneof(
  fc.array(condition(2), { maxLength: 4 }).map((all) => ({ all })),
  fc.array(condition(2), { maxLength: 4 }).map((any) => ({ any })),
  condition(2).map((not) => ({ not })),
);

const rules: fc.Arbitrary<Rule[]> = fc
  .array(fc.tuple(topLevel, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 4 })
  .map((list) =>
    list.map(([conditions, priority], i) => ({
      id: `r${i}`,
      priority,
      conditions,
      event: { type: 'warn' as const, params: { message: { 'zh-CN': `规则 ${i}` } } },
    })),
  );

const KNOWN = new Set<string>(OPERATOR_NAMES);

/** Every node json-rules-engine evaluated must agree with the compiled trace at the same place. */
function compareNodes(
  node: CompiledCondition,
  trace: ConditionTrace,
  ref: ReferenceNode | undefined,
  where: string,
): void {
  if (ref === undefined) return;
  if (ref.result !== undefined) expect(trace.result, `${where} result`).toBe(ref.result);
  if (node.kind === 'leaf') {
    if (ref.result !== undefined) {
      expect(trace.actual, `${where} actual`).toEqual(ref.factResult);
      // json-rules-engine reports a clone of a literal value (which drops keys such as `constructor`);
      // a resolved fact reference it reports as it is.
      if (node.valueIsReference) expect(trace.expected, `${where} expected`).toEqual(ref.valueResult);
      else expect(trace.expected, `${where} expected`).toBe(node.value);
    }
    return;
  }
  const refChildren = node.kind === 'not' ? [ref.not] : (ref[node.kind] ?? []);
  node.children.forEach((child, i) => {
    compareNodes(child, trace.children?.[i] ?? { result: false }, refChildren[i], `${where}/${i}`);
  });
}

describe('the compiled evaluator agrees with json-rules-engine 7', () => {
  it('on random rules (nested all/any/not, every operator, fact references, priorities) and random facts', async () => {
    await fc.assert(
      fc.asyncProperty(rules, facts, async (ruleList, caseFacts) => {
        const compiled = compileRules(ruleList, KNOWN);
        const ops = createOperators({ today: caseFacts.today });
        const env = { facts: caseFacts, ops };
        const reports = await createReferenceEngine(compiled, OPERATOR_NAMES).run(caseFacts, ops);
        for (const rule of compiled) {
          const trace = rule.condition.evaluate(env);
          const report = reports.get(rule.index);
          expect(report, rule.id).toBeDefined();
          expect(trace.result, `${rule.id} fired`).toBe(report?.fired);
          compareNodes(rule.condition, trace, report?.conditions, rule.id);
        }
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('when every condition reads a missing fact or path, as with allowUndefinedFacts', async () => {
    const missing = fc.record({
      fact: fc.constantFrom(...FACTS),
      path: fc.constantFrom('missing', '/nope/deeper', '__proto__', 'constructor.name', 'toString'),
      operator: fc.constantFrom<OperatorName>(...OPERATOR_NAMES.filter((o) => o !== 'matchesPattern')),
      value: fc.oneof(
        jsonValue,
        fc.constant({ fact: 'nope' }),
        fc.constant({ fact: 'form', path: 'missing' }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(missing, { minLength: 1, maxLength: 3 }),
        facts,
        async (leaves, caseFacts) => {
          const ruleList: Rule[] = [
            {
              id: 'all',
              conditions: { all: leaves },
              event: { type: 'warn', params: { message: { en: 'x' } } },
            },
            {
              id: 'any',
              conditions: { any: leaves },
              event: { type: 'warn', params: { message: { en: 'x' } } },
            },
            {
              id: 'not',
              conditions: { not: { all: leaves } },
              event: { type: 'warn', params: { message: { en: 'x' } } },
            },
          ];
          const compiled = compileRules(ruleList, KNOWN);
          const ops = createOperators({ today: caseFacts.today });
          const reports = await createReferenceEngine(compiled, OPERATOR_NAMES).run(caseFacts, ops);
          for (const rule of compiled) {
            const trace = rule.condition.evaluate({ facts: caseFacts, ops });
            expect(trace.result, rule.id).toBe(reports.get(rule.index)?.fired);
            compareNodes(rule.condition, trace, reports.get(rule.index)?.conditions, rule.id);
          }
        },
      ),
      { numRuns: 500, seed: SEED + 1 },
    );
  });
});
