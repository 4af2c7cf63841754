// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { exampleItem, renderWithI18n } from '@onewindow/runtime/app/testing';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore, type EditorStore } from '../editor/editor-store.ts';
import { pickOption } from '../rules/select-testing.ts';
import { MaterialsTab } from './materials-tab.tsx';

function renderMaterials(name = 'construction-permit'): EditorStore {
  const definition = exampleItem(name);
  const store = createEditorStore({ code: definition.code, definition, revision: 1 });
  renderWithI18n(
    <EditorProvider store={store}>
      <MaterialsTab />
    </EditorProvider>,
  );
  return store;
}

function button(text: string): HTMLElement {
  const label = screen.getByText(text, { selector: 'button, button > span' });
  return label.closest('button') ?? label;
}

const materials = (store: EditorStore) => store.getState().definition.materials;

// antd under jsdom is slow on a busy machine: allow each interaction-heavy case two minutes.
describe('MaterialsTab', { timeout: 120_000 }, () => {
  it('adds a material and says at once that its name is missing', () => {
    const store = renderMaterials();
    fireEvent.click(button('添加材料'));
    expect(materials(store)).toHaveLength(10);
    expect(materials(store)[9]).toEqual({
      code: 'material-10',
      name: {},
      kind: 'original',
      necessity: 'required',
      source: 'applicant',
    });
    const name = screen.getByLabelText('材料 10 名称（中文）');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${name.id}-error`)?.textContent).toBe('请填写中文名称');
    fireEvent.change(name, { target: { value: '授权委托书' } });
    expect(materials(store)[9].name).toEqual({ 'zh-CN': '授权委托书' });
    expect(screen.getByLabelText('材料 10 名称（中文）').getAttribute('aria-invalid')).toBeNull();
  });

  it('flags a duplicate code on both rows and clears it when the code is unique again', () => {
    renderMaterials();
    fireEvent.change(screen.getByLabelText('材料 2 编码'), { target: { value: 'application_form' } });
    for (const row of ['材料 1 编码', '材料 2 编码']) {
      const input = screen.getByLabelText(row);
      expect(document.getElementById(`${input.id}-error`)?.textContent).toBe('编码与其他项重复');
    }
    fireEvent.change(screen.getByLabelText('材料 2 编码'), { target: { value: '1st' } });
    const second = screen.getByLabelText('材料 2 编码');
    expect(document.getElementById(`${second.id}-error`)?.textContent).toMatch(/以字母开头/);
    expect(screen.getByLabelText('材料 1 编码').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the rule that requires a conditional material and opens it', () => {
    const store = renderMaterials();
    const row = screen.getByLabelText('材料 9 编码').closest('tr') as HTMLElement;
    expect(within(row).getByText('由规则要求：')).toBeTruthy();
    fireEvent.click(within(row).getByLabelText('规则 require-civil-air-defense：打开'));
    expect(store.getState().focus).toBe('/rules/1');
  });

  it('adds a rule that requires a conditional material and opens it', async () => {
    const store = renderMaterials();
    await pickOption('材料 1 必要性', '情形必要');
    expect(materials(store)[0].necessity).toBe('conditional');
    const row = screen.getByLabelText('材料 1 编码').closest('tr') as HTMLElement;
    expect(within(row).getByText('尚无规则要求此材料，它永远不会被要求提交。')).toBeTruthy();
    fireEvent.click(within(row).getByLabelText('材料 1：添加要求此材料的规则'));
    const rules = store.getState().definition.rules;
    expect(rules[rules.length - 1]).toEqual({
      id: 'require-application_form',
      conditions: { all: [] },
      event: {
        type: 'require-material',
        params: {
          material: 'application_form',
          message: {
            'zh-CN': '须提交建筑工程施工许可证申请表。',
            en: 'Submit: Construction permit application form.',
          },
        },
      },
    });
    expect(store.getState().focus).toBe(`/rules/${rules.length - 1}`);
  });

  it('renames a material code in the rules that name it', () => {
    const store = renderMaterials();
    fireEvent.change(screen.getByLabelText('材料 9 编码'), { target: { value: 'air_defense' } });
    expect(materials(store)[8].code).toBe('air_defense');
    expect(store.getState().definition.rules[1].event.params.material).toBe('air_defense');
  });

  it('edits further attributes, and opens them for a focus pointer into them', () => {
    const store = renderMaterials();
    act(() => store.setFocus('/materials/2/sharedKey'));
    const sharedKey = screen.getByLabelText('共享键（数据字典）');
    expect((sharedKey as HTMLInputElement).value).toBe('planning.constructionPermit');
    expect(screen.getByLabelText('材料 3：更多属性').getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(sharedKey, { target: { value: 'Bad key' } });
    expect(screen.getByText(/以小写字母开头/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('设定依据'), { target: { value: '' } });
    expect(materials(store)[2].basis).toBeUndefined();
  });

  it('moves and removes materials', () => {
    const store = renderMaterials();
    fireEvent.click(screen.getByLabelText('材料 1：下移'));
    expect(
      materials(store)
        .slice(0, 2)
        .map((x) => x.code),
    ).toEqual(['land_use_approval', 'application_form']);
    fireEvent.click(screen.getByLabelText('材料 1：删除'));
    expect(materials(store)[0].code).toBe('application_form');
    expect(materials(store)).toHaveLength(8);
  });

  it('edits the fees and links each to the rules that charge it', () => {
    const store = renderMaterials('resident-id-card-renewal');
    fireEvent.change(screen.getByLabelText('收费项目 2 收费标准（元）'), { target: { value: '45' } });
    expect(store.getState().definition.fees?.[1].amount).toBe(45);
    fireEvent.click(screen.getByLabelText('规则 fee-damaged：打开'));
    expect(store.getState().focus).toBe('/rules/5');
    fireEvent.click(button('添加收费项目'));
    expect(store.getState().definition.fees?.[2]).toEqual({ code: 'fee-3', name: {}, amount: 0 });
    expect(screen.getByText('没有规则收取此项，也未勾选“每件必收”：不会收费。')).toBeTruthy();
  });
});
