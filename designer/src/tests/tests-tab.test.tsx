// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiProvider, createApiClient } from '@onewindow/runtime/app';
import { exampleItem, renderWithI18n } from '@onewindow/runtime/app/testing';
import { createAjv, type ItemTest, type ServiceItem, schemaId, schemas } from '@onewindow/schemas';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore } from '../editor/editor-store.ts';
import { TestsTab } from './tests-tab.tsx';

// Role queries skip the visibility check: under jsdom it calls getComputedStyle on every element
// against all of antd's injected CSS, which costs seconds per query; nothing here is hidden by CSS.
configure({ defaultHidden: true });

const examples = join(process.cwd(), 'examples');
const calendars = ['2025', '2026'].map((year) =>
  JSON.parse(readFileSync(join(examples, 'calendars', `${year}.json`), 'utf8')),
);

/** The tests tab over `definition`, with `GET /api/calendars` answered from the shipped calendars. */
function renderTab(definition: ServiceItem, before?: (store: ReturnType<typeof createEditorStore>) => void) {
  const store = createEditorStore({ code: definition.code, definition, revision: 1 });
  before?.(store);
  const client = createApiClient({
    fetch: async () =>
      new Response(JSON.stringify({ calendars }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
  });
  renderWithI18n(
    <ApiProvider client={client}>
      <EditorProvider store={store}>
        <TestsTab />
      </EditorProvider>
    </ApiProvider>,
  );
  return store;
}

/** Compiling and running an item's tests under jsdom on a busy machine takes seconds. */
const SLOW = { timeout: 30_000 };

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

// Rendering the item's whole form under jsdom takes long on a loaded machine (fast in a browser).
describe('the tests tab', { timeout: 120_000 }, () => {
  it('runs every test of an example item in the browser and shows them all passing, every rule covered', async () => {
    const item = exampleItem('resident-id-card-renewal');
    renderTab(item);

    expect(await screen.findByText(`${item.tests.length} 通过 / 0 失败`, {}, SLOW)).toBeTruthy();
    for (const test of item.tests) {
      const row = rowOf(test.name);
      expect(within(row).getByText('通过')).toBeTruthy();
      expect(within(row).getByText(test.today)).toBeTruthy();
    }
    const coverage = screen.getByRole('region', { name: '规则覆盖' });
    expect(within(coverage).getByText('每条规则都至少被一个测试触发。')).toBeTruthy();
  });

  it('shows a test whose expectation is broken as failed, with expected against actual and the rules that fired', async () => {
    const item = exampleItem('resident-id-card-renewal');
    const broken = item.tests[1];
    broken.expect = { ...broken.expect, outcome: 'reject', feeTotal: 99 };
    renderTab(item);

    expect(await screen.findByText(`${item.tests.length - 1} 通过 / 1 失败`, {}, SLOW)).toBeTruthy();
    const row = rowOf(broken.name);
    expect(within(row).getByText('失败')).toBeTruthy();
    // A failed test opens its details by itself.
    const details = row.nextElementSibling as HTMLElement;
    const differences = within(details).getByRole('table');
    const outcome = within(differences).getByRole('rowheader', { name: '审查结论' }).closest('tr')!;
    expect(within(outcome).getByText('不予受理')).toBeTruthy();
    expect(within(outcome).getByText('可受理')).toBeTruthy();
    const fee = within(differences).getByRole('rowheader', { name: '收费合计' }).closest('tr')!;
    expect(within(fee).getByText('99 元')).toBeTruthy();
    expect(within(fee).getByText('40 元')).toBeTruthy();
    // The rules that fired, with the plain-language reason.
    expect(within(details).getByText('损坏换领居民身份证，收取工本费40元。')).toBeTruthy();
    expect(within(details).getByText('换领原因为“证件损坏换领”，要求等于“证件损坏换领”——成立')).toBeTruthy();
    // Passing tests keep their details closed.
    expect(rowOf(item.tests[0].name).nextElementSibling?.textContent ?? '').not.toContain('实际结论');
  });

  it('lists the rules no test fires, and a click opens that rule', async () => {
    const item = exampleItem('resident-id-card-renewal');
    item.tests = [item.tests[0]];
    const store = renderTab(item);

    const coverage = await screen.findByRole('region', { name: '规则覆盖' }, SLOW);
    const uncovered = within(coverage).getByRole('button', { name: '未覆盖：reject-remote-info-change' });
    expect(within(coverage).queryByRole('button', { name: '未覆盖：fee-renewal' })).toBeNull();
    fireEvent.click(uncovered);
    expect(store.getState().focus).toBe(
      `/rules/${item.rules.findIndex((r) => r.id === 'reject-remote-info-change')}`,
    );
  });

  it('saves a test built by filling the form, ticking a material and choosing the outcome, in the item-test shape', async () => {
    const item = exampleItem('resident-id-card-renewal');
    const store = renderTab(item);
    await screen.findByText(`${item.tests.length} 通过 / 0 失败`, {}, SLOW);

    fireEvent.click(screen.getByRole('button', { name: '新建测试' }));
    const editor = await screen.findByRole('dialog');
    const name = within(editor).getByLabelText('测试名称');
    fireEvent.change(name, { target: { value: '只填姓名：需补正' } });
    fireEvent.change(within(editor).getByLabelText(/姓名/), { target: { value: '王小明' } });
    fireEvent.click(within(editor).getByRole('checkbox', { name: '《居民身份证申领登记表》' }));
    fireEvent.click(within(editor).getByRole('radio', { name: '需补正' }));
    // The live check judges the half-filled case as the counter would.
    const live = within(editor).getByRole('complementary', { name: '实时审查（本测试）' });
    await waitFor(() => expect(within(live).getByText('需补正')).toBeTruthy());
    fireEvent.click(within(editor).getByRole('button', { name: '保存测试' }));

    const tests = store.getState().definition.tests as ItemTest[];
    expect(tests).toHaveLength(item.tests.length + 1);
    const saved = tests[tests.length - 1];
    expect(saved.name).toBe('只填姓名：需补正');
    expect((saved.input.formData.applicant as Record<string, unknown>).name).toBe('王小明');
    expect(saved.input.materials).toEqual(['application_form']);
    expect(saved.expect).toEqual({ outcome: 'incomplete' });
    const ajv = createAjv();
    for (const schema of Object.values(schemas)) ajv.addSchema(schema);
    const validate = ajv.getSchema(schemaId('item-test.schema.json'))!;
    expect(validate(saved), JSON.stringify(validate.errors)).toBe(true);
    // It runs with the others, and passes.
    expect(await screen.findByText(`${tests.length} 通过 / 0 失败`, {}, SLOW)).toBeTruthy();
  });

  it('fills the expectation from the live check, so the saved test pins what the engine says now', async () => {
    const item = exampleItem('resident-id-card-renewal');
    const store = renderTab(item);
    await screen.findByText(`${item.tests.length} 通过 / 0 失败`, {}, SLOW);

    fireEvent.click(screen.getByRole('button', { name: '编辑测试“户籍地损坏换领：可受理，工本费40元”' }));
    const editor = await screen.findByRole('dialog');
    const live = within(editor).getByRole('complementary', { name: '实时审查（本测试）' });
    await waitFor(() => expect(within(live).getByText('可受理')).toBeTruthy());
    fireEvent.click(within(editor).getByRole('button', { name: '以当前审查结果作为预期' }));
    fireEvent.click(within(editor).getByRole('button', { name: '保存测试' }));

    const saved = (store.getState().definition.tests as ItemTest[])[1];
    expect(saved.name).toBe('户籍地损坏换领：可受理，工本费40元');
    expect(saved.expect).toMatchObject({
      outcome: 'accept',
      fees: ['damaged-fee'],
      feeTotal: 40,
      missingMaterials: [],
      formErrors: [],
      route: 'hukou-window',
    });
    expect(saved.expect.fired).toContain('fee-damaged');
    expect(saved.expect.notFired).toContain('fee-renewal');
    expect(await screen.findByText(`${item.tests.length} 通过 / 0 失败`, {}, SLOW)).toBeTruthy();
  });

  it('duplicates, renames and deletes tests in the working copy', async () => {
    const item = exampleItem('resident-id-card-renewal');
    item.tests = item.tests.slice(0, 3);
    const store = renderTab(item);
    const first = item.tests[0].name;
    await screen.findByText(`${item.tests.length} 通过 / 0 失败`, {}, SLOW);
    const names = () => (store.getState().definition.tests ?? []).map((t) => t.name);

    fireEvent.click(screen.getByRole('button', { name: `复制测试“${first}”` }));
    expect(names()[1]).toBe(`${first}（副本）`);

    fireEvent.click(screen.getByRole('button', { name: `重命名测试“${first}（副本）”` }));
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByLabelText('测试名称');
    fireEvent.change(input, { target: { value: item.tests[2].name } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    expect(within(dialog).getByRole('alert').textContent).toBe('已有同名的测试，请换一个名称。');
    fireEvent.change(input, { target: { value: '改名后的测试' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    expect(names()[1]).toBe('改名后的测试');

    fireEvent.click(screen.getByRole('button', { name: '删除测试“改名后的测试”' }));
    fireEvent.click(await screen.findByRole('button', { name: /^删\s*除$/ }));
    expect(names()).toEqual(item.tests.map((t) => t.name));
  });

  it('selects the test a focus pointer under /tests names', async () => {
    const item = exampleItem('resident-id-card-renewal');
    item.tests = item.tests.slice(0, 4);
    const store = renderTab(item, (s) => s.setFocus('/tests/2/expect/formErrors/0'));

    const row = rowOf(item.tests[2].name);
    expect(row.className).toContain('ow-test-selected');
    expect(store.getState().focus).toBeNull();
    await screen.findByText(`${item.tests.length} 通过 / 0 失败`, {}, SLOW);
    expect(
      screen.getByRole('button', { name: `运行详情：${item.tests[2].name}` }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('shows why a draft that does not compile cannot run its tests, instead of results', async () => {
    const item = exampleItem('resident-id-card-renewal');
    const bad = structuredClone(item) as ServiceItem;
    (bad.rules[0].conditions as { all: { operator: string }[] }).all[0].operator = 'noSuchOperator';
    const store = renderTab(bad);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('事项定义有误，无法运行测试');
    expect(alert.textContent).toContain('UNKNOWN_OPERATOR');
    expect(screen.queryByText(/通过 \/ \d+ 失败/)).toBeNull();
    expect(screen.getByRole('button', { name: '新建测试' }).hasAttribute('disabled')).toBe(true);
    // Every test is still listed, not run.
    expect(within(rowOf(item.tests[0].name)).getByText('待运行')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: '查看出错位置' }));
    expect(store.getState().focus).toMatch(/^\/rules\/0/);

    // Fixing the definition runs the tests again.
    store.edit(() => item);
    expect(await screen.findByText(`${item.tests.length} 通过 / 0 失败`, {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('fails a test typed wrong in the JSON tab on its own, and runs the others', async () => {
    const item = exampleItem('birth-registration');
    const typo = { ...item.tests[0], name: '日期写错的测试', today: '2026-13-45' };
    renderTab({ ...item, tests: [...item.tests, typo] });

    expect(await screen.findByText(`${item.tests.length} 通过 / 1 失败`, {}, SLOW)).toBeTruthy();
    const row = rowOf('日期写错的测试');
    expect(within(row).getByText('无法运行')).toBeTruthy();
    expect(row.nextElementSibling?.textContent).toContain(
      '此测试无法运行：today must be a real YYYY-MM-DD date',
    );
  });
});
