import { exampleItem } from '@onewindow/runtime/app/testing';
import { describe, expect, it } from 'vitest';
import { type FactLabels, factChoices, factKey, writePath } from './fact-choices.ts';
import { fitValue, leafFor, leafWithFact, operatorsFor, valueFits } from './operator-choices.ts';

const labels: FactLabels = {
  age: '申请人年龄',
  birthDate: '申请人出生日期',
  gender: '申请人性别',
  regionCode: '申请人户籍地区码',
  materials: '已提供的材料',
  today: '审查日期',
  male: '男',
  female: '女',
  yes: '是',
  no: '否',
  materialName: (m) => m.name['zh-CN'] ?? m.code,
};

const item = exampleItem('individual-business-registration');
const choices = factChoices(item.form, item.materials, labels);
const byLabel = (label: string) => {
  const choice = choices.find((c) => c.label === label);
  if (!choice) throw new Error(`no fact ${label}`);
  return choice;
};

describe('factChoices', () => {
  it('lists the form fields with one value each, as dot paths with the form labels and enum names', () => {
    expect(byLabel('组成形式')).toMatchObject({
      fact: 'form',
      path: 'business.organizationForm',
      kind: 'string',
      options: [
        { value: 'individual', label: '个人经营' },
        { value: 'family', label: '家庭经营' },
      ],
    });
    expect(byLabel('从业人数')).toMatchObject({ kind: 'number', integer: true });
    expect(byLabel('是否委托代理人办理').options).toEqual([
      { value: true, label: '是' },
      { value: false, label: '否' },
    ]);
    expect(byLabel('经营范围类别')).toMatchObject({ kind: 'array' });
    expect(byLabel('经营范围类别').options?.[7]).toEqual({ value: 'express-delivery', label: '快递业务' });
    // fields of a conditional branch are facts too; sections and array items are not
    expect(byLabel('委托代理人姓名').path).toBe('agency.agentName');
    expect(choices.some((c) => c.label === '经营者信息')).toBe(false);
    expect(choices.some((c) => c.path?.startsWith('business.familyMembers.'))).toBe(false);
  });

  it('adds the applicant facts, the materials and the check date', () => {
    expect(choices.filter((c) => c.group !== 'form').map((c) => factKey(c.fact, c.path))).toEqual([
      'applicant:/age',
      'applicant:/birthDate',
      'applicant:/gender',
      'applicant:/regionCode',
      'materials:',
      'today:',
    ]);
    expect(byLabel('已提供的材料').options?.[0]).toEqual({
      value: 'application_form',
      label: '个体工商户登记（备案）申请书（application_form）',
    });
  });

  it('keys a path the same whichever way it is written', () => {
    expect(factKey('form', 'business.capital')).toBe(factKey('form', '/business/capital'));
    expect(writePath(['a', 'b_1'])).toBe('a.b_1');
    expect(writePath(['a', 'x-y'])).toBe('/a/x-y');
  });
});

describe('operators and values', () => {
  it('types the operators to the fact', () => {
    expect(operatorsFor(byLabel('组成形式'))).toEqual(['equal', 'notEqual', 'in', 'notIn']);
    expect(operatorsFor(byLabel('经营场所'))).toContain('matchesPattern');
    expect(operatorsFor(byLabel('审查日期'))).toEqual([
      'dateBefore',
      'dateAfter',
      'equal',
      'notEqual',
      'ageAtLeast',
    ]);
    expect(operatorsFor(undefined)).toHaveLength(16);
  });

  it('starts a condition with a value that fits and keeps one that still fits', () => {
    expect(leafFor(byLabel('组成形式'))).toEqual({
      fact: 'form',
      path: 'business.organizationForm',
      operator: 'equal',
      value: 'individual',
    });
    expect(leafFor(byLabel('申请人出生日期')).value).toEqual({ fact: 'today' });
    expect(fitValue('family', 'in', byLabel('组成形式'))).toEqual(['family']);
    expect(fitValue(['family', 'individual'], 'equal', byLabel('组成形式'))).toBe('family');
    expect(valueFits('nope', 'equal', byLabel('组成形式'))).toBe(false);
    const leaf = {
      fact: 'form' as const,
      path: 'business.capital',
      operator: 'greaterThan' as const,
      value: 500,
    };
    expect(leafWithFact(leaf, byLabel('从业人数'))).toEqual({ ...leaf, path: 'business.employees' });
    expect(leafWithFact(leaf, byLabel('组成形式'))).toMatchObject({ operator: 'equal', value: 'individual' });
  });
});
