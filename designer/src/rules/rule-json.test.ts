import { describe, expect, it } from 'vitest';
import { parseRuleJson } from './rule-json.ts';

const syntax = (detail: string) => `语法错误：${detail}`;
const valid = {
  id: 'warn-x',
  conditions: { all: [{ fact: 'applicant', path: 'age', operator: 'lessThan', value: 16 }] },
  event: { type: 'warn', params: { message: { 'zh-CN': '提示' } } },
};

describe('parseRuleJson', () => {
  it('accepts a rule that rule.schema.json accepts', () => {
    expect(parseRuleJson(JSON.stringify(valid), 'zh-CN', syntax)).toEqual({ ok: true, rule: valid });
  });

  it('reports a syntax error', () => {
    const result = parseRuleJson('{"id": ', 'zh-CN', syntax);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/^语法错误：/);
  });

  it('reports schema errors where they are, deepest first, in the language asked', () => {
    const bad = {
      ...valid,
      conditions: { all: [{ fact: 'applicant', path: 'age', operator: 'olderThan', value: 16 }] },
      event: { type: 'require-material', params: { message: { 'zh-CN': '须提交' } } },
    };
    const result = parseRuleJson(JSON.stringify(bad), 'zh-CN', syntax);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toContainEqual({
      pointer: '/conditions/all/0/operator',
      message: '请从列表中选择',
    });
    expect(result.problems).toContainEqual({ pointer: '/event/params/material', message: '此项为必填项' });
    // not the other alternatives of the condition's oneOf: a leaf does not lack "all"
    expect(result.problems.map((p) => p.pointer)).not.toContain('/conditions/all/0/all');
    const english = parseRuleJson(JSON.stringify({ ...valid, extra: 1 }), 'en', syntax);
    if (english.ok) throw new Error('expected problems');
    expect(english.problems).toEqual([
      { pointer: '', message: 'Contains a field that is not allowed：extra' },
    ]);
  });
});
