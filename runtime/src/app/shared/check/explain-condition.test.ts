import type { ConditionTrace } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { check, compile } from '../../../engine/index.ts';
import { outlineForm } from '../form/form-outline.ts';
import { createTranslate } from '../i18n/messages.ts';
import { exampleItem } from '../testing/example-item.ts';
import { type ExplainContext, explainTrace } from './explain-condition.ts';

const item = exampleItem('resident-id-card-renewal');
const compiled = compile(item);
const outline = outlineForm(item.form.schema, item.form.uiSchema);
const names = new Map(item.materials.map((m) => [m.code, m.name]));

function ctx(locale: 'zh-CN' | 'en'): ExplainContext {
  return { t: createTranslate(locale), outline, materialName: (code) => names.get(code)?.[locale] };
}

function sentences(trace: ConditionTrace, c: ExplainContext): string[] {
  const e = explainTrace(trace, c);
  const all: string[] = [];
  const walk = (n: typeof e) => {
    all.push(n.text);
    n.children.forEach(walk);
  };
  walk(e);
  return all;
}

const remoteInfoChange = item.tests.find((t) => t.expect.outcome === 'reject')!;
const result = check(compiled, remoteInfoChange.input, { today: remoteInfoChange.today });
const rejectRule = result.rules.find((r) => r.id === 'reject-remote-info-change')!;

describe('explainTrace', () => {
  it('says, in Chinese, which field had which value against what the rule wants, with the form’s own option names', () => {
    expect(rejectRule.fired).toBe(true);
    const lines = sentences(rejectRule.trace, ctx('zh-CN'));
    expect(lines[0]).toBe('以下条件全部满足');
    expect(lines).toContain('换领原因为“登记项目变更换领”，要求等于“登记项目变更换领”——成立');
    expect(lines).toContain(
      '是否在户籍地以外办理（异地受理）为“是（异地受理）”，要求等于“是（异地受理）”——成立',
    );
  });

  it('speaks English when asked', () => {
    const lines = sentences(rejectRule.trace, ctx('en'));
    expect(lines[0]).toBe('All of the following');
    expect(lines).toContain(
      '换领原因 is “登记项目变更换领”; the rule wants equal to “登记项目变更换领” — holds',
    );
  });

  it('says a field was not filled in rather than showing an empty value', () => {
    const expiryRule = result.rules.find((r) => r.id === 'warn-not-yet-due')!;
    const lines = sentences(expiryRule.trace, ctx('zh-CN'));
    expect(
      lines.some((l) => l.startsWith('原证有效期截止日期未填写，要求晚于“') && l.endsWith('——不成立')),
    ).toBe(true);
  });

  it('names materials and derived applicant facts in words', () => {
    const trace: ConditionTrace = {
      kind: 'any',
      result: false,
      children: [
        {
          kind: 'leaf',
          result: false,
          fact: 'materials',
          operator: 'contains',
          expected: 'residence_permit',
          actual: ['old_id_card'],
        },
        {
          kind: 'not',
          result: true,
          children: [
            {
              kind: 'leaf',
              result: false,
              fact: 'applicant',
              path: 'age',
              operator: 'lessThan',
              expected: 16,
              actual: 30,
            },
          ],
        },
      ],
    };
    const lines = sentences(trace, ctx('zh-CN'));
    expect(lines).toEqual([
      '以下条件满足其一',
      '已提供的材料为“原居民身份证”，要求包含“居住证”——不成立',
      '以下条件不满足',
      '申请人年龄为30，要求小于16——不成立',
    ]);
  });
});
