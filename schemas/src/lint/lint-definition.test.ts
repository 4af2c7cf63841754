import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cleanItem from './fixtures/clean-item.json' with { type: 'json' };
import { parseFactPath } from './json-pointer.ts';
import { lintDefinition } from './lint-definition.ts';
import { compareFindings, hasErrors, type LintFinding } from './lint-finding.ts';
import { isRecord } from './read-json.ts';

type Edit = [pointer: string, value: unknown];
const REMOVE = Symbol('remove');

/** The clean fixture with values set (or removed, with REMOVE) at JSON pointers. */
function edited(...edits: Edit[]): unknown {
  const doc: unknown = structuredClone(cleanItem);
  for (const [pointer, value] of edits) {
    const segments = parseFactPath(pointer);
    const last = segments.pop()!;
    let parent: unknown = doc;
    for (const s of segments)
      parent = Array.isArray(parent) ? parent[Number(s)] : (parent as Record<string, unknown>)[s];
    if (!isRecord(parent) && !Array.isArray(parent)) throw new Error(`no parent for ${pointer}`);
    const container = parent as Record<string, unknown>;
    if (value === REMOVE) delete container[last];
    else container[last] = value;
  }
  return doc;
}

const lintEdited = (...edits: Edit[]) => lintDefinition(edited(...edits));
const at = (findings: LintFinding[], code: string) =>
  findings.filter((f) => f.code === code).map((f) => ({ pointer: f.pointer, severity: f.severity }));

describe('lintDefinition', () => {
  it('finds nothing in a complete, valid definition', () => {
    expect(lintDefinition(cleanItem)).toEqual([]);
  });

  describe('schema findings', () => {
    it('when a required property is missing, points at the property itself', () => {
      const findings = lintEdited(['/code', REMOVE]);
      expect(findings).toEqual([
        {
          severity: 'error',
          code: 'schema-invalid',
          pointer: '/code',
          message: { 'zh-CN': '缺少必填项“code”', en: 'Missing required property "code"' },
        },
      ]);
    });

    it('when a property is not allowed, points at that property', () => {
      expect(at(lintEdited(['/handling/colour', 'red']), 'schema-invalid')).toEqual([
        { pointer: '/handling/colour', severity: 'error' },
      ]);
    });

    it('when a condition leaf has a bad operator, reports only that, not the other condition shapes', () => {
      const findings = lintEdited(['/rules/1/conditions/all/0/operator', 'isTrue']);
      expect(findings.map((f) => [f.code, f.pointer])).toEqual([
        ['schema-invalid', '/rules/1/conditions/all/0/operator'],
      ]);
      expect(findings[0].message.en).toMatch(/^Must be one of: equal, notEqual/);
    });

    it('when a condition has no recognisable shape, names the shapes it could have', () => {
      const findings = lintEdited(['/rules/1/conditions/all/0', {}]);
      expect(findings).toEqual([
        expect.objectContaining({
          code: 'schema-invalid',
          pointer: '/rules/1/conditions/all/0',
          message: {
            'zh-CN': '应为以下形式之一：{fact, operator, value}、{all}、{any}、{not}',
            en: 'Must have one of these shapes: {fact, operator, value}, {all}, {any}, {not}',
          },
        }),
      ]);
    });

    it('when the schema fails, still runs the semantic checks that can run', () => {
      const findings = lintEdited(['/code', REMOVE], ['/rules/3/event/params/fee', 'licenceFee']);
      expect(findings.map((f) => f.code)).toEqual(['schema-invalid', 'fee-unknown']);
    });
  });

  describe('form schema', () => {
    it('form-schema-invalid: a form schema breaking the draft-07 meta-schema, at the bad keyword', () => {
      const findings = lintEdited(['/form/schema/properties/agent/type', 'bool']);
      expect(at(findings, 'form-schema-invalid')).toEqual([
        { pointer: '/form/schema/properties/agent/type', severity: 'error' },
      ]);
      expect(findings[0].message.en).toMatch(/^Must be one of: array, boolean/);
    });

    it('form-schema-invalid: a form schema declaring another draft', () => {
      const findings = lintEdited(['/form/schema/$schema', 'https://json-schema.org/draft/2020-12/schema']);
      expect(at(findings, 'form-schema-invalid')).toEqual([
        { pointer: '/form/schema/$schema', severity: 'error' },
      ]);
    });

    it('form-schema-uncompilable: a valid schema the strict platform ajv refuses (unknown format)', () => {
      const findings = lintEdited(['/form/schema/properties/owner/properties/name/format', 'dog-tag']);
      expect(at(findings, 'form-schema-uncompilable')).toEqual([
        { pointer: '/form/schema', severity: 'error' },
      ]);
      expect(findings[0].message.en).toContain('dog-tag');
    });

    it('a new label leaves the compile verdict as it was, in both directions', () => {
      const badFormat = ['/form/schema/properties/owner/properties/name/format', 'dog-tag'] as Edit;
      const relabelled = (title: string) =>
        ['/form/schema/properties/owner/properties/name/title', title] as Edit;
      expect(at(lintEdited(badFormat, relabelled('姓名（新）')), 'form-schema-uncompilable')).toHaveLength(1);
      expect(at(lintEdited(relabelled('姓名（新）')), 'form-schema-uncompilable')).toEqual([]);
      expect(at(lintEdited(badFormat, relabelled('姓名（再改）')), 'form-schema-uncompilable')).toHaveLength(
        1,
      );
    });

    it('a field called "title" is a field, not a label: changing its schema changes the verdict', () => {
      const titleField = (schema: object) =>
        ['/form/schema/properties/owner/properties/title', schema] as Edit;
      expect(
        at(lintEdited(titleField({ type: 'string', title: '职务' })), 'form-schema-uncompilable'),
      ).toEqual([]);
      expect(
        at(
          lintEdited(titleField({ type: 'string', title: '职务', format: 'dog-tag' })),
          'form-schema-uncompilable',
        ),
      ).toEqual([{ pointer: '/form/schema', severity: 'error' }]);
    });
  });

  describe('rule-unknown-field', () => {
    it('flags a form path naming no field, at the path', () => {
      expect(at(lintEdited(['/rules/1/conditions/all/0/path', '/dog/colour']), 'rule-unknown-field')).toEqual(
        [{ pointer: '/rules/1/conditions/all/0/path', severity: 'error' }],
      );
    });

    it('flags a fact-reference value naming no field, at the reference path', () => {
      const findings = lintEdited([
        '/rules/1/conditions/all/0/value',
        { fact: 'form', path: 'owner.nickname' },
      ]);
      expect(at(findings, 'rule-unknown-field')).toEqual([
        { pointer: '/rules/1/conditions/all/0/value/path', severity: 'error' },
      ]);
    });

    it('flags an applicant path other than birthDate, age, gender, regionCode', () => {
      expect(at(lintEdited(['/rules/0/conditions/all/0/path', 'income']), 'rule-unknown-field')).toEqual([
        { pointer: '/rules/0/conditions/all/0/path', severity: 'error' },
      ]);
    });

    it.each([
      ['a field of a then branch', '/dog/vaccineDate'],
      ['a field of an else branch', 'dog.exemptionReason'],
      ['a field of a schema dependency', 'agentName'],
      ['an array item by index', '/previousDogs/3/tag'],
      ['an array item without index', 'previousDogs.tag'],
      ['the array itself', '/previousDogs'],
    ])('accepts %s (%s)', (_, path) => {
      expect(lintEdited(['/rules/1/conditions/all/0/path', path])).toEqual([]);
    });
  });

  it('fact-path-unexpected: warns about a path on today or materials', () => {
    expect(at(lintEdited(['/rules/3/conditions/all/1/path', 'year']), 'fact-path-unexpected')).toEqual([
      { pointer: '/rules/3/conditions/all/1/path', severity: 'warning' },
    ]);
  });

  it('condition-empty-list: warns that an empty all (or any) list is always true', () => {
    const findings = lintEdited(['/rules/1/conditions', { all: [] }], ['/rules/2/conditions/any', []]);
    expect(at(findings, 'condition-empty-list')).toEqual([
      { pointer: '/rules/1/conditions/all', severity: 'warning' },
      { pointer: '/rules/2/conditions/any', severity: 'warning' },
    ]);
  });

  describe('materials and fees', () => {
    it('material-unknown: a require-material event naming no material', () => {
      expect(at(lintEdited(['/rules/1/event/params/material', 'dogPhoto']), 'material-unknown')).toEqual([
        { pointer: '/rules/1/event/params/material', severity: 'error' },
      ]);
    });

    it('material-unknown: a waive-material event naming no material', () => {
      const findings = lintEdited(
        ['/rules/2/event/type', 'waive-material'],
        ['/rules/2/event/params/material', 'x'],
      );
      expect(at(findings, 'material-unknown')).toEqual([
        { pointer: '/rules/2/event/params/material', severity: 'error' },
      ]);
    });

    it('fee-unknown: a fee event naming no fee', () => {
      expect(at(lintEdited(['/rules/3/event/params/fee', 'licenceFee']), 'fee-unknown')).toEqual([
        { pointer: '/rules/3/event/params/fee', severity: 'error' },
      ]);
    });

    it('conditional-material-unreferenced: a conditional material no require-material rule names', () => {
      expect(
        at(lintEdited(['/rules/2/event/type', 'waive-material']), 'conditional-material-unreferenced'),
      ).toEqual([{ pointer: '/materials/2/necessity', severity: 'warning' }]);
    });

    it('require-non-conditional: require-material naming a material that is not conditional', () => {
      const findings = lintEdited(['/rules/1/event/params/material', 'idCard']);
      expect(at(findings, 'require-non-conditional')).toEqual([
        { pointer: '/rules/1/event/params/material', severity: 'warning' },
      ]);
    });
  });

  it.each([
    ['material code', '/materials/2/code', 'idCard'],
    ['fee code', '/fees/1', { code: 'tagFee', name: { 'zh-CN': '重复' }, amount: 1 }],
    ['rule id', '/rules/4/id', 'tagFee'],
    ['test name', '/tests/1', { ...cleanItem.tests[0] }],
  ])('duplicate-code: a repeated %s, at the repetition', (_, pointer, value) => {
    const findings = lintEdited([pointer, value]);
    const expected = { '/fees/1': '/fees/1/code', '/tests/1': '/tests/1/name' }[pointer] ?? pointer;
    expect(at(findings, 'duplicate-code')).toEqual([{ pointer: expected, severity: 'error' }]);
  });

  describe('time limits', () => {
    it('promised-exceeds-statutory: promised longer than statutory in the same unit', () => {
      expect(
        at(
          lintEdited(['/timeLimits/promised', { amount: 21, unit: 'workday' }]),
          'promised-exceeds-statutory',
        ),
      ).toEqual([{ pointer: '/timeLimits/promised', severity: 'error' }]);
    });

    it('promised-exceeds-statutory: promised in natural days beyond what 20 working days can span', () => {
      const findings = lintEdited(['/timeLimits/promised', { amount: 43, unit: 'day' }]);
      expect(at(findings, 'promised-exceeds-statutory')).toEqual([
        { pointer: '/timeLimits/promised', severity: 'error' },
      ]);
    });

    it('stays silent when the calendar decides (promised 28 days against statutory 20 working days)', () => {
      expect(lintEdited(['/timeLimits/promised', { amount: 28, unit: 'day' }])).toEqual([]);
    });

    it('immediate-promised-nonzero: 即办件 promising more than 0', () => {
      expect(at(lintEdited(['/handling/kind', 'immediate']), 'immediate-promised-nonzero')).toEqual([
        { pointer: '/timeLimits/promised/amount', severity: 'error' },
      ]);
    });

    it('commitment-promised-zero: 承诺件 promising 0 is really 即办件', () => {
      expect(at(lintEdited(['/timeLimits/promised/amount', 0]), 'commitment-promised-zero')).toEqual([
        { pointer: '/timeLimits/promised/amount', severity: 'warning' },
      ]);
    });

    it('acceptance-window-missing: 承诺件 without an acceptance window', () => {
      expect(at(lintEdited(['/timeLimits/acceptanceWindow', REMOVE]), 'acceptance-window-missing')).toEqual([
        { pointer: '/timeLimits/acceptanceWindow', severity: 'warning' },
      ]);
    });
  });

  describe('unsafe-pattern', () => {
    it('flags a matchesPattern value open to catastrophic backtracking', () => {
      const findings = lintEdited(['/rules/4/conditions/all/0/value', '^(\\d+)*$']);
      expect(at(findings, 'unsafe-pattern')).toEqual([
        { pointer: '/rules/4/conditions/all/0/value', severity: 'error' },
      ]);
      expect(findings[0].message.en).toContain('exponential');
    });

    it('flags a matchesPattern value taken from a fact', () => {
      const findings = lintEdited(['/rules/4/conditions/all/0/value', { fact: 'form', path: '/owner/name' }]);
      expect(at(findings, 'unsafe-pattern')).toEqual([
        { pointer: '/rules/4/conditions/all/0/value', severity: 'error' },
      ]);
    });

    it('flags an unsafe pattern in the form schema, at the pattern', () => {
      const pointer = '/form/schema/properties/owner/properties/mobile/pattern';
      expect(at(lintEdited([pointer, '^(\\d|1)+$']), 'unsafe-pattern')).toEqual([
        { pointer, severity: 'error' },
      ]);
    });

    it('reports a pattern that does not compile once, as unsafe-pattern only', () => {
      const pointer = '/form/schema/properties/owner/properties/mobile/pattern';
      const findings = lintEdited([pointer, '^1[3-9\\d{9}$']);
      expect(findings.map((f) => [f.code, f.pointer])).toEqual([['unsafe-pattern', pointer]]);
      expect(findings[0].message.en).toMatch(/does not compile/);
    });
  });

  describe('messages', () => {
    it('missing-zh-message: an event message without Chinese', () => {
      expect(at(lintEdited(['/rules/0/event/params/message/zh-CN', '  ']), 'missing-zh-message')).toEqual([
        { pointer: '/rules/0/event/params/message/zh-CN', severity: 'error' },
      ]);
    });

    it('missing-en-message: an event message without English is a warning', () => {
      const findings = lintEdited(['/rules/0/event/params/message/en', REMOVE]);
      expect(findings).toEqual([
        expect.objectContaining({
          code: 'missing-en-message',
          pointer: '/rules/0/event/params/message/en',
          severity: 'warning',
        }),
      ]);
      expect(hasErrors(findings)).toBe(false);
    });
  });

  describe('tests', () => {
    it('test-unknown-rule: expecting a rule that does not exist to fire', () => {
      expect(at(lintEdited(['/tests/0/expect/fired/1', 'ghost']), 'test-unknown-rule')).toEqual([
        { pointer: '/tests/0/expect/fired/1', severity: 'error' },
      ]);
    });

    it('test-unknown-material: expected missing material is an error, an unknown input material a warning', () => {
      const findings = lintEdited(
        ['/tests/0/expect/missingMaterials/0', 'ghost'],
        ['/tests/0/input/materials/0', 'ghost'],
      );
      expect(at(findings, 'test-unknown-material')).toEqual([
        { pointer: '/tests/0/expect/missingMaterials/0', severity: 'error' },
        { pointer: '/tests/0/input/materials/0', severity: 'warning' },
      ]);
    });

    it('test-unknown-fee: expecting a fee that does not exist', () => {
      expect(at(lintEdited(['/tests/0/expect/fees', ['ghost']]), 'test-unknown-fee')).toEqual([
        { pointer: '/tests/0/expect/fees/0', severity: 'error' },
      ]);
    });
  });

  describe('applicant facts', () => {
    it('applicant-id-field-unknown: applicantIdField naming no field', () => {
      expect(at(lintEdited(['/applicantIdField', '/owner/idNo']), 'applicant-id-field-unknown')).toEqual([
        { pointer: '/applicantIdField', severity: 'error' },
      ]);
    });

    it('applicant-facts-unavailable: applicant facts used but no ID field to derive them from', () => {
      const findings = lintEdited(['/form/schema/properties/owner/properties/idNumber/format', REMOVE]);
      expect(at(findings, 'applicant-facts-unavailable')).toEqual([
        { pointer: '/rules/0/conditions/all/0/fact', severity: 'warning' },
      ]);
    });
  });

  it('sorts by pointer (array indexes numerically), then code', () => {
    const rules = Array.from({ length: 11 }, (_, i) => ({
      ...cleanItem.rules[4],
      id: `r${i}`,
      event: { type: 'warn', params: { message: { 'zh-CN': '提示' } } },
    }));
    const findings = lintEdited(['/rules', rules]);
    expect(findings.map((f) => f.pointer).slice(0, 3)).toEqual([
      '/materials/1/necessity',
      '/materials/2/necessity',
      '/rules/0/event/params/message/en',
    ]);
    const pointers = findings.map((f) => f.pointer);
    expect(pointers.indexOf('/rules/2/event/params/message/en')).toBeLessThan(
      pointers.indexOf('/rules/10/event/params/message/en'),
    );
    expect([...findings].sort(compareFindings)).toEqual(findings);
  });

  describe('never throws', () => {
    it.each([null, 42, [], {}, { rules: 'x' }, 'definition', true])('gives findings for %j', (input) => {
      const findings = lintDefinition(input);
      expect(findings.length).toBeGreaterThan(0);
      expect(hasErrors(findings)).toBe(true);
    });

    it('gives findings for a definition of garbage parts', () => {
      const garbage = {
        rules: [
          null,
          1,
          { conditions: 'x', event: { params: [] } },
          { conditions: { all: [{ not: null }] } },
        ],
        materials: [null, { code: 7 }],
        form: { schema: [] },
        tests: [{ expect: 5, input: { materials: 'x' } }],
        timeLimits: { statutory: { amount: 'x' }, promised: null },
        handling: { kind: 'immediate' },
      };
      expect(hasErrors(lintDefinition(garbage))).toBe(true);
    });

    const wellFormed = (findings: LintFinding[]) =>
      Array.isArray(findings) &&
      findings.every(
        (f) =>
          (f.severity === 'error' || f.severity === 'warning') &&
          typeof f.code === 'string' &&
          f.code !== 'lint-internal-error' &&
          (f.pointer === '' || f.pointer.startsWith('/')) &&
          f.message['zh-CN'] !== '' &&
          f.message.en !== '',
      ) &&
      findings.every((f, i) => i === 0 || compareFindings(findings[i - 1], f) <= 0);

    it('for any JSON value', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => wellFormed(lintDefinition(value))),
        { numRuns: 300 },
      );
    });

    it('for the valid definition with any part replaced by any JSON value', () => {
      const pointers: string[] = [];
      const collect = (node: unknown, pointer: string) => {
        pointers.push(pointer);
        if (Array.isArray(node)) {
          node.forEach((v, i) => {
            collect(v, `${pointer}/${i}`);
          });
        } else if (isRecord(node)) for (const [k, v] of Object.entries(node)) collect(v, `${pointer}/${k}`);
      };
      collect(cleanItem, '');
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...pointers.slice(1)), fc.jsonValue({ maxDepth: 3 })), {
            maxLength: 3,
          }),
          (edits) => {
            let doc: unknown;
            try {
              doc = edited(...edits);
            } catch {
              return true; // an earlier edit removed this place's parent
            }
            return wellFormed(lintDefinition(doc));
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
