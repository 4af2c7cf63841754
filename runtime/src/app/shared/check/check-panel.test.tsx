// @vitest-environment jsdom
import '../../test-setup.ts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { check, compile } from '../../../engine/index.ts';
import { outlineForm } from '../form/form-outline.ts';
import { exampleItem } from '../testing/example-item.ts';
import { renderWithI18n } from '../testing/render-app.tsx';
import { CheckPanel } from './check-panel.tsx';

const item = exampleItem('resident-id-card-renewal');
const compiled = compile(item);
const outline = outlineForm(item.form.schema, item.form.uiSchema);
const byName = (name: string) => item.tests.find((t) => t.name.startsWith(name))!;

describe('the check panel', () => {
  it('shows a remote renewal without a residence permit as 需补正, the permit missing and why', () => {
    const test = byName('异地期满换领未带居住证');
    const result = check(compiled, test.input, { today: test.today });
    renderWithI18n(<CheckPanel result={result} outline={outline} />);

    expect(screen.getByText('需补正')).toBeTruthy();
    const permit = screen.getByText('居住证').closest('li')!;
    expect(within(permit).getByText('缺少')).toBeTruthy();
    expect(within(permit).getByText('异地受理的，须出示有效期内的居住证。')).toBeTruthy();
    // The rule that required it, explained sentence by sentence.
    const rules = screen.getByRole('region', { name: '审查规则' });
    const rule = within(rules).getByText('异地受理的，须出示有效期内的居住证。').closest('li')!;
    expect(within(rule).getByText('成立')).toBeTruthy();
    expect(
      within(rule).getByText(
        '是否在户籍地以外办理（异地受理）为“是（异地受理）”，要求等于“是（异地受理）”——成立',
      ),
    ).toBeTruthy();
  });

  it('shows a refusal as 不予受理 with the rule’s reason, its legal basis and the explanation', () => {
    const test = item.tests.find((t) => t.expect.outcome === 'reject')!;
    const result = check(compiled, test.input, { today: test.today });
    renderWithI18n(<CheckPanel result={result} outline={outline} />);

    expect(screen.getByText('不予受理')).toBeTruthy();
    const reasons = screen.getByRole('region', { name: '不予受理理由' });
    expect(within(reasons).getByText(/登记项目变更换领须到户籍地公安机关办理/)).toBeTruthy();
    expect(
      within(reasons).getByText(/依据：《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》/),
    ).toBeTruthy();
    const rules = screen.getByRole('region', { name: '审查规则' });
    const rule = within(rules)
      .getByText(/登记项目变更换领须到户籍地公安机关办理/)
      .closest('li')!;
    expect(
      within(rule).getByText('换领原因为“登记项目变更换领”，要求等于“登记项目变更换领”——成立'),
    ).toBeTruthy();
  });

  it('lists form errors by field label, and fees with their total', () => {
    const test = byName('期满换领未填原证有效期');
    const result = check(compiled, test.input, { today: test.today });
    renderWithI18n(<CheckPanel result={result} outline={outline} />);

    expect(screen.getByText('联系电话：请输入 11 位手机号码')).toBeTruthy();
    expect(screen.getByText('原证有效期截止日期：此项为必填项')).toBeTruthy();
    expect(screen.getByText('合计 20 元')).toBeTruthy();
  });

  it('shows the rules that did not fire only on request', () => {
    const test = byName('户籍地损坏换领');
    const result = check(compiled, test.input, { today: test.today });
    renderWithI18n(<CheckPanel result={result} outline={outline} />);
    expect(screen.getByText('可受理')).toBeTruthy();
    expect(screen.queryByText('损坏换领居民身份证，收取工本费40元。')).toBeTruthy();
    expect(screen.queryByText('换领居民身份证，收取工本费20元。')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: '显示未触发的规则' }));
    expect(screen.getByText('换领居民身份证，收取工本费20元。')).toBeTruthy();
  });

  it('speaks English after the switch', () => {
    const test = byName('异地期满换领未带居住证');
    const result = check(compiled, test.input, { today: test.today });
    renderWithI18n(<CheckPanel result={result} outline={outline} />, 'en');
    expect(screen.getByText('Supplement needed')).toBeTruthy();
    const materials = screen.getByRole('region', { name: 'Materials' });
    const permit = within(materials).getByText('Residence permit').closest('li')!;
    expect(within(permit).getByText('Missing')).toBeTruthy();
    expect(
      within(permit).getByText('Away from the place of registration, show a valid residence permit.'),
    ).toBeTruthy();
  });
});
