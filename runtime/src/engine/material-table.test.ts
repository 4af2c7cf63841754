import type { Material, MaterialReason, MaterialStatus, Rule } from '@onewindow/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledRule, compileRules } from './compile-rules.ts';
import { compileMaterialTable } from './material-table.ts';
import { OPERATOR_NAMES } from './operators.ts';

const KNOWN = new Set<string>(OPERATOR_NAMES);
const CODES = ['idCard', 'photo', 'proxy', 'lease'] as const;
const NECESSITIES = ['required', 'optional', 'conditional', 'deferrable'] as const;

const material = (code: string, necessity: Material['necessity']): Material => ({
  code,
  name: { 'zh-CN': `材料 ${code}`, en: `Material ${code}` },
  kind: 'original',
  necessity,
  source: 'applicant',
});

const rule = (id: string, type: Rule['event']['type'], code: string): Rule => ({
  id,
  conditions: { all: [{ fact: 'today', operator: 'equal', value: 'x' }] },
  event: { type, params: { message: { 'zh-CN': id, en: id }, material: code } },
});

/**
 * The table as its doc comment defines it, material by material: the definition the compiled
 * table must agree with (the code it replaced).
 */
function statusesByDefinition(
  materials: readonly Material[],
  fired: readonly CompiledRule[],
  provided: readonly string[],
): MaterialStatus[] {
  return materials.map((m) => {
    const reasons = (kind: 'require-material' | 'waive-material'): MaterialReason[] =>
      fired
        .filter((r) => r.type === kind && r.params.material === m.code)
        .map((r) => ({ kind, rule: r.id, message: r.params.message }));
    const requires = reasons('require-material');
    const waives = reasons('waive-material');
    const byRule = m.necessity === 'conditional' && requires.length > 0;
    const waived = waives.length > 0;
    const required = !waived && (m.necessity === 'required' || m.necessity === 'deferrable' || byRule);
    const isProvided = provided.includes(m.code);
    const absent = required && !isProvided;
    return {
      code: m.code,
      name: m.name,
      necessity: m.necessity,
      required,
      provided: isProvided,
      missing: absent && m.necessity !== 'deferrable',
      deferred: absent && m.necessity === 'deferrable',
      waived,
      why: [...(byRule ? [] : [{ kind: 'necessity' as const }]), ...requires, ...waives],
    };
  });
}

describe('compileMaterialTable', () => {
  it('requires a conditional material once its rule fires, and says which rule', () => {
    const materials = [material('idCard', 'required'), material('proxy', 'conditional')];
    const rules = compileRules([rule('needs-proxy', 'require-material', 'proxy')], KNOWN);
    const table = compileMaterialTable(materials, rules);
    expect(table([], ['idCard']).map((s) => s.required)).toEqual([true, false]);
    const [, proxy] = table(rules, ['idCard']);
    expect(proxy).toMatchObject({ required: true, provided: false, missing: true });
    expect(proxy.why).toEqual([
      {
        kind: 'require-material',
        rule: 'needs-proxy',
        message: { 'zh-CN': 'needs-proxy', en: 'needs-proxy' },
      },
    ]);
  });

  it('gives every material the status the per-material definition gives, for any rules and codes', () => {
    const materialsArb = fc.array(
      fc.tuple(fc.constantFrom(...CODES), fc.constantFrom(...NECESSITIES)).map(([c, n]) => material(c, n)),
      { maxLength: 6 },
    );
    const rulesArb = fc.array(
      fc.tuple(
        fc.constantFrom<Rule['event']['type']>('require-material', 'waive-material', 'warn', 'fee'),
        fc.constantFrom(...CODES, 'unknown'),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        materialsArb,
        rulesArb,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.uniqueArray(fc.constantFrom(...CODES, 'other'), { maxLength: 5 }),
        (materials, ruleSpecs, firedFlags, provided) => {
          const rules = compileRules(
            ruleSpecs.map(([type, code], i) => rule(`r${i}`, type, code)),
            KNOWN,
          );
          const fired = rules.filter((_, i) => firedFlags[i]);
          const table = compileMaterialTable(materials, rules);
          expect(table(fired, provided)).toEqual(statusesByDefinition(materials, fired, provided));
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});
