// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { check, compile } from '@onewindow/runtime';
import { exampleItem, renderWithI18n } from '@onewindow/runtime/app/testing';
import type { AllCondition, ConditionLeaf, Rule } from '@onewindow/schemas';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore, type EditorStore } from '../editor/editor-store.ts';
import { RulesTab } from './rules-tab.tsx';
import { optionsOf, pickOption as pick } from './select-testing.ts';

function renderRules(name = 'individual-business-registration'): EditorStore {
  const definition = exampleItem(name);
  const store = createEditorStore({ code: definition.code, definition, revision: 1 });
  renderWithI18n(
    <EditorProvider store={store}>
      <RulesTab />
    </EditorProvider>,
  );
  return store;
}

/** The button whose text matches (antd spaces out two-character Chinese labels: 应 用). */
function button(text: string | RegExp): HTMLElement {
  const label = screen.getByText(text, { selector: 'button, button > span' });
  return label.closest('button') ?? label;
}

const rules = (store: EditorStore) => store.getState().definition.rules;
const lastRule = (store: EditorStore): Rule => rules(store)[rules(store).length - 1];

function addRuleWithCondition(): void {
  fireEvent.click(button('添加规则'));
  fireEvent.click(screen.getByLabelText('顶层条件组：添加条件'));
}

// antd under jsdom is slow on a busy machine: allow each interaction-heavy case two minutes.
describe('RulesTab', { timeout: 120_000 }, () => {
  it('lists the rules with their outcome and opens the first in the builder', async () => {
    renderRules();
    const table = document.querySelector('.ow-rule-list table') as HTMLElement;
    expect(within(table).getByText('reject-under-16')).toBeTruthy();
    expect(within(table).getAllByText('需补充材料').length).toBeGreaterThan(0);
    expect(screen.getByText('编辑规则 reject-under-16', { selector: 'h3' })).toBeTruthy();
    expect(screen.getByTestId('rule-explanation').textContent).toBe('当 申请人年龄 小于 16 时：不予受理');
  });

  it('offers the operators and the value input that suit the picked field', async () => {
    const store = renderRules();
    addRuleWithCondition();
    await pick('条件 1的事实', '组成形式');
    expect(await optionsOf('条件 1的运算符')).toEqual(['等于', '不等于', '属于', '不属于']);
    // enum → a select of the options with the labels the form shows
    await pick('条件 1的值', '家庭经营');
    expect((lastRule(store).conditions as AllCondition).all[0]).toEqual({
      fact: 'form',
      path: 'business.organizationForm',
      operator: 'equal',
      value: 'family',
    });

    await pick('条件 1的事实', '资金数额（万元）');
    expect(await optionsOf('条件 1的运算符')).toEqual([
      '等于',
      '不等于',
      '小于',
      '不大于',
      '大于',
      '不小于',
      '属于',
      '不属于',
    ]);
    expect(screen.getByLabelText('条件 1的值').getAttribute('role')).toBe('spinbutton');
  });

  it('offers yes/no, list and date operators for boolean, array and date facts', async () => {
    const store = renderRules();
    addRuleWithCondition();
    await pick('条件 1的事实', '是否委托代理人办理');
    expect(await optionsOf('条件 1的运算符')).toEqual(['等于', '不等于']);
    expect(await optionsOf('条件 1的值')).toEqual(['是', '否']);

    await pick('条件 1的事实', '经营范围类别');
    await pick('条件 1的运算符', '包含任一');
    await pick('条件 1的值', '快递业务');
    expect((lastRule(store).conditions as AllCondition).all[0]).toMatchObject({
      path: 'business.scopeCategories',
      operator: 'includesAny',
      value: ['express-delivery'],
    });

    await pick('条件 1的事实', '申请人年龄');
    expect(await optionsOf('条件 1的运算符')).toContain('小于');
    await pick('条件 1的事实', '申请人出生日期');
    expect(await optionsOf('条件 1的运算符')).toEqual(['早于', '晚于', '等于', '不等于', '年满']);
  });

  it('builds nested groups and switches all to any', async () => {
    const store = renderRules();
    addRuleWithCondition();
    fireEvent.click(screen.getByLabelText('顶层条件组：添加子条件组'));
    fireEvent.click(screen.getByLabelText('条件组 2：添加条件'));
    expect(lastRule(store).conditions).toMatchObject({ all: [{ fact: 'form' }, { any: [{}, {}] }] });
    await pick('条件组 2的组合方式', '全部满足（且）');
    await pick('顶层条件组的组合方式', '任一满足（或）');
    expect(lastRule(store).conditions).toMatchObject({ any: [{ fact: 'form' }, { all: [{}, {}] }] });
    fireEvent.click(screen.getByLabelText('条件 2.1：删除'));
    expect(lastRule(store).conditions).toMatchObject({ any: [{ fact: 'form' }, { all: [{}] }] });
    fireEvent.click(screen.getByLabelText('条件组 2：取反'));
    expect(lastRule(store).conditions).toMatchObject({ any: [{ fact: 'form' }, { not: { all: [{}] } }] });
  });

  it('picks the material of a require-material event from the item materials', async () => {
    const store = renderRules();
    fireEvent.click(button('添加规则'));
    await pick('结果类型', '需补充材料');
    await pick('材料', '家庭成员关系证明（family_relation_proof）');
    expect(lastRule(store).event).toEqual({
      type: 'require-material',
      params: { material: 'family_relation_proof', message: {} },
    });
    expect(screen.getByText('中文说明必填：窗口人员和申请人看到的正是这段话')).toBeTruthy();
  });

  it('edits the same rule as JSON: a valid edit shows in the builder, an invalid one changes nothing', async () => {
    const store = renderRules();
    fireEvent.click(screen.getByLabelText('JSON 编辑'));
    const textarea = screen.getByLabelText('规则 reject-under-16 的 JSON');
    const before = rules(store)[0];

    fireEvent.change(textarea, { target: { value: '{"id": "x", ' } });
    fireEvent.click(button(/^应\s*用$/));
    expect(screen.getByText(/JSON 语法错误/)).toBeTruthy();
    expect(rules(store)[0]).toBe(before);

    const noEvent = { ...before, event: undefined };
    fireEvent.change(textarea, { target: { value: JSON.stringify(noEvent) } });
    fireEvent.click(button(/^应\s*用$/));
    expect(screen.getByText('JSON 有误，规则未修改')).toBeTruthy();
    expect(screen.getByText('此项为必填项')).toBeTruthy();
    expect(rules(store)[0]).toBe(before);

    const edited = structuredClone(before);
    ((edited.conditions as AllCondition).all[0] as ConditionLeaf).value = 14;
    fireEvent.change(textarea, { target: { value: JSON.stringify(edited) } });
    // switching back applies the valid JSON first
    fireEvent.click(screen.getByLabelText('可视化编辑'));
    expect(rules(store)[0]).toEqual(edited);
    expect((screen.getByLabelText('条件 1的值') as HTMLInputElement).value).toBe('14');
    expect(screen.getByTestId('rule-explanation').textContent).toContain('申请人年龄 小于 14');
  });

  it('stays in JSON mode while the JSON is invalid', async () => {
    const store = renderRules();
    const before = rules(store)[0];
    fireEvent.click(screen.getByLabelText('JSON 编辑'));
    fireEvent.change(screen.getByLabelText(/的 JSON$/), { target: { value: '[]' } });
    fireEvent.click(screen.getByLabelText('可视化编辑'));
    expect(screen.getByText('JSON 有误，规则未修改')).toBeTruthy();
    expect(screen.getByLabelText(/的 JSON$/)).toBeTruthy();
    expect(rules(store)[0]).toBe(before);
  });

  it('builds a rule that the engine fires', async () => {
    const store = renderRules();
    addRuleWithCondition();
    await pick('条件 1的事实', '组成形式');
    await pick('条件 1的值', '家庭经营');
    fireEvent.click(screen.getByLabelText('顶层条件组：添加条件'));
    await pick('条件 2的事实', '申请人年龄');
    await pick('条件 2的运算符', '大于');
    fireEvent.change(screen.getByLabelText('条件 2的值'), { target: { value: '30' } });
    await pick('结果类型', '不予受理');
    fireEvent.change(screen.getByLabelText('说明（中文）'), {
      target: { value: '家庭经营者年满30周岁的，本窗口不予受理。' },
    });
    expect(screen.getByTestId('rule-explanation').textContent).toBe(
      '当 组成形式 等于 “家庭经营” 且 申请人年龄 大于 30 时：不予受理',
    );

    const definition = store.getState().definition;
    const id = lastRule(store).id;
    const compiled = compile(definition);
    const base = definition.tests?.[0]?.input;
    if (!base) throw new Error('the example has a test input');
    const family = structuredClone(base);
    (family.formData as { business: Record<string, unknown> }).business.organizationForm = 'family';
    const fired = check(compiled, family, { today: '2026-03-16' });
    expect(fired.rules.find((r) => r.id === id)?.fired).toBe(true);
    expect(fired.outcome).toBe('reject');
    const notFired = check(compiled, base, { today: '2026-03-16' });
    expect(notFired.rules.find((r) => r.id === id)?.fired).toBe(false);
  });

  it('selects the rule a focus pointer names and highlights its condition', async () => {
    const store = renderRules();
    act(() => store.setFocus('/rules/1/conditions/all/1/value'));
    expect(screen.getByText('编辑规则 require-income-proof-16-17', { selector: 'h3' })).toBeTruthy();
    const highlighted = document.querySelectorAll('.ow-cond-leaf.ow-highlight');
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0].getAttribute('data-pointer')).toBe('/rules/1/conditions/all/1');
    expect(store.getState().focus).toBeNull();
  });

  it('adds, duplicates, moves and removes rules', async () => {
    const store = renderRules();
    const count = rules(store).length;
    fireEvent.click(screen.getByLabelText('规则 reject-under-16：复制'));
    expect(rules(store)[1].id).toBe('reject-under-16-copy');
    expect(screen.getByText('编辑规则 reject-under-16-copy', { selector: 'h3' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('规则 reject-under-16-copy：下移'));
    expect(rules(store)[2].id).toBe('reject-under-16-copy');
    fireEvent.click(screen.getByLabelText('规则 reject-under-16-copy：删除'));
    expect(rules(store)).toHaveLength(count);
    fireEvent.click(button('添加规则'));
    expect(lastRule(store)).toMatchObject({ conditions: { all: [] }, event: { type: 'warn' } });
    expect(screen.getByText('尚无条件：此规则对每个案件都会触发。')).toBeTruthy();
  });
});
