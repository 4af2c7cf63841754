import type { OperatorName } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { type DescribeContext, describeCondition } from './describe-condition.ts';
import type { FactChoice } from './fact-choices.ts';

const OPS: Partial<Record<OperatorName, string>> = {
  lessThan: '小于',
  equal: '等于',
  includesAny: '包含任一',
  dateBefore: '早于',
  ageAtLeast: '年满',
};
const CHOICES: Record<string, FactChoice> = {
  'applicant:age': {
    key: 'applicant:/age',
    fact: 'applicant',
    path: 'age',
    label: '申请人年龄',
    group: 'applicant',
    kind: 'number',
  },
  'form:business.organizationForm': {
    key: 'form:/business/organizationForm',
    fact: 'form',
    path: 'business.organizationForm',
    label: '组成形式',
    group: 'form',
    kind: 'string',
    options: [{ value: 'family', label: '家庭经营' }],
  },
  'form:agency.useAgent': {
    key: 'form:/agency/useAgent',
    fact: 'form',
    path: 'agency.useAgent',
    label: '是否委托代理人办理',
    group: 'form',
    kind: 'boolean',
  },
  'today:': { key: 'today:', fact: 'today', label: '审查日期', group: 'other', kind: 'date' },
};

const ctx: DescribeContext = {
  choice: (fact, path) => CHOICES[`${fact}:${path ?? ''}`],
  operator: (op) => OPS[op] ?? op,
  and: ' 且 ',
  or: ' 或 ',
  not: (inner) => `并非（${inner}）`,
  always: '任何情形下',
  yes: '是',
  no: '否',
  empty: '空',
  separator: '、',
  years: (n) => `${n} 周岁`,
  quote: (v) => `“${v}”`,
};

describe('describeCondition', () => {
  it('reads a rule as plain Chinese with labels, option names and brackets for nested groups', () => {
    const text = describeCondition(
      {
        all: [
          { fact: 'applicant', path: 'age', operator: 'lessThan', value: 16 },
          {
            any: [
              { fact: 'form', path: 'business.organizationForm', operator: 'equal', value: 'family' },
              { fact: 'form', path: 'agency.useAgent', operator: 'equal', value: true },
            ],
          },
        ],
      },
      ctx,
    );
    expect(text).toBe('申请人年龄 小于 16 且 （组成形式 等于 “家庭经营” 或 是否委托代理人办理 等于 “是”）');
  });

  it('names fact references, negations, years, unknown fields and empty groups', () => {
    expect(
      describeCondition(
        { not: { fact: 'form', path: 'x.y', operator: 'dateBefore', value: { fact: 'today' } } },
        ctx,
      ),
    ).toBe('并非（form.x.y 早于 审查日期）');
    expect(
      describeCondition(
        { all: [{ fact: 'applicant', path: 'age', operator: 'ageAtLeast', value: 18 }] },
        ctx,
      ),
    ).toBe('申请人年龄 年满 18 周岁');
    expect(describeCondition({ any: [] }, ctx)).toBe('任何情形下');
  });
});
