// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { exampleItem, renderWithI18n } from '@onewindow/runtime/app/testing';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore, type EditorStore } from '../editor/editor-store.ts';
import { FormTab } from './form-tab.tsx';
import { itemWithForm } from './model/test-form.ts';

function open(store: EditorStore) {
  return renderWithI18n(
    <EditorProvider store={store}>
      <FormTab />
    </EditorProvider>,
  );
}

const blank = () =>
  createEditorStore({
    code: 'builder-test',
    revision: 1,
    definition: itemWithForm({ schema: { type: 'object', properties: {} }, uiSchema: {} }),
  });

const preview = () => screen.getByRole('region', { name: '实时预览' });
const fieldList = () => screen.getByRole('list', { name: '表单字段列表' });

describe('FormTab', () => {
  it('adds a field from the palette with the keyboard, shows it in the list and the preview, and selects it', () => {
    const store = blank();
    open(store);
    const add = screen.getByRole('button', { name: '添加手机号码' });
    add.focus();
    // A button: Enter or Space activates it as a click.
    fireEvent.click(add);
    expect(store.getState().definition.form.schema).toMatchObject({
      properties: { mobile: { type: 'string', title: '手机号码', format: 'cn-mobile' } },
    });
    expect(
      within(fieldList()).getByRole('button', { name: '手机号码（手机号码）', pressed: true }),
    ).toBeTruthy();
    expect(within(preview()).getByLabelText('手机号码')).toBeTruthy();
    expect(screen.getByText('已添加“手机号码”。')).toBeTruthy();
  });

  it('edits the label of the selected field: the list and the preview follow, and undo brings it back in one step', () => {
    const store = blank();
    open(store);
    fireEvent.click(screen.getByRole('button', { name: '添加单行文本' }));
    const label = screen.getByLabelText('标签（中文）');
    fireEvent.change(label, { target: { value: '经营者' } });
    fireEvent.change(label, { target: { value: '经营者姓名' } });
    expect(within(preview()).getByLabelText('经营者姓名')).toBeTruthy();
    expect(within(fieldList()).getByText('经营者姓名')).toBeTruthy();
    // Both keystrokes coalesce into one step after the add.
    expect(store.getState().past).toHaveLength(2);
    act(() => store.undo());
    expect(within(preview()).getByLabelText('单行文本')).toBeTruthy();
    act(() => store.undo());
    expect(within(preview()).queryByLabelText('单行文本')).toBeNull();
    expect(store.getState().definition.form.schema).toEqual({ type: 'object', properties: {} });
  });

  it('keeps English help, placeholder and description next to the Chinese ones, removed when emptied', () => {
    const store = blank();
    open(store);
    fireEvent.click(screen.getByRole('button', { name: '添加单行文本' }));
    fireEvent.change(screen.getByLabelText('帮助提示'), { target: { value: '与营业执照一致' } });
    fireEvent.change(screen.getByLabelText('帮助提示（英文）'), { target: { value: 'As on the licence' } });
    fireEvent.change(screen.getByLabelText('占位提示（英文）'), { target: { value: 'e.g. Acme' } });
    fireEvent.change(screen.getByLabelText('字段说明（英文）'), { target: { value: 'The trade name' } });
    const ui = () =>
      (store.getState().definition.form.uiSchema as Record<string, Record<string, unknown>>).text;
    expect(ui()).toMatchObject({
      'ui:help': '与营业执照一致',
      'ui:en': {
        title: 'Text',
        help: 'As on the licence',
        placeholder: 'e.g. Acme',
        description: 'The trade name',
      },
    });
    // The Chinese preview keeps the Chinese help.
    expect(within(preview()).getByText('与营业执照一致')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('帮助提示（英文）'), { target: { value: '' } });
    expect(ui()['ui:en']).not.toHaveProperty('help');
    expect((screen.getByLabelText('占位提示（英文）') as HTMLInputElement).value).toBe('e.g. Acme');
  });

  it('adds after the selected field, moves it with the up button and deletes it', () => {
    const store = blank();
    open(store);
    fireEvent.click(screen.getByRole('button', { name: '添加单行文本' }));
    fireEvent.click(screen.getByRole('button', { name: '添加日期' }));
    expect(store.getState().definition.form.uiSchema).toMatchObject({ 'ui:order': ['text', 'date'] });
    fireEvent.click(screen.getByRole('button', { name: '上移“日期”' }));
    expect(store.getState().definition.form.uiSchema).toMatchObject({ 'ui:order': ['date', 'text'] });
    fireEvent.click(screen.getByRole('button', { name: '删除“日期”' }));
    expect(store.getState().definition.form.uiSchema).toMatchObject({ 'ui:order': ['text'] });
    expect(screen.getByText('已删除“日期”，可撤销。')).toBeTruthy();
  });

  it('builds a conditional field through the form: hidden in the preview until the condition holds', () => {
    const store = blank();
    open(store);
    fireEvent.click(screen.getByRole('button', { name: '添加是/否' }));
    fireEvent.click(screen.getByRole('button', { name: '添加多行文本' }));
    // Choose the yes/no as the condition of the long text (antd Select: open, pick).
    const source = screen.getByLabelText('显示条件：当字段');
    fireEvent.mouseDown(source);
    fireEvent.click(screen.getByTitle('是/否（confirm）'));
    expect(store.getState().definition.form.schema).toMatchObject({
      if: { properties: { confirm: { const: true } }, required: ['confirm'] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
      then: { properties: { longText: { type: 'string' } } },
    });
    expect(within(preview()).queryByLabelText('多行文本')).toBeNull();
    fireEvent.click(within(preview()).getByLabelText('是'));
    expect(within(preview()).getByLabelText('多行文本')).toBeTruthy();
  });

  it('refuses an unsafe pattern with the reason and keeps the stored one', () => {
    const store = blank();
    open(store);
    fireEvent.click(screen.getByRole('button', { name: '添加单行文本' }));
    const pattern = screen.getByLabelText('格式（正则表达式）');
    fireEvent.change(pattern, { target: { value: '^[0-9]{6}$' } });
    fireEvent.change(pattern, { target: { value: '^(a+)+$' } });
    expect(screen.getByRole('alert').textContent).toContain('未保存');
    expect(store.getState().definition.form.schema).toMatchObject({
      properties: { text: { pattern: '^[0-9]{6}$' } },
    });
  });

  it('renames a key on Enter, and refuses a taken one', () => {
    const store = createEditorStore({
      code: 'x',
      revision: 1,
      definition: exampleItem('resident-id-card-renewal'),
    });
    open(store);
    fireEvent.click(within(fieldList()).getByRole('button', { name: '换领原因（单选）' }));
    const key = screen.getByLabelText('字段键');
    expect(screen.getByText(/读取此字段的规则/)).toBeTruthy();
    fireEvent.change(key, { target: { value: 'oldCardExpiry' } });
    expect(screen.getByRole('alert').textContent).toContain('本分组已有字段键 oldCardExpiry');
    fireEvent.change(key, { target: { value: 'renewalReason' } });
    fireEvent.keyDown(key, { key: 'Enter', code: 'Enter', keyCode: 13 });
    const application = store.getState().definition.form.schema.properties?.application as {
      required: string[];
    };
    expect(application.required).toEqual(['renewalReason']);
    expect(screen.getByText('字段键已改为 renewalReason。')).toBeTruthy();
  });

  it('selects the field a lint finding points at', () => {
    const store = createEditorStore({
      code: 'x',
      revision: 1,
      definition: exampleItem('birth-registration'),
    });
    open(store);
    act(() => store.setFocus('/form/schema/properties/marriage/then/properties/previousChildren/maximum'));
    expect(
      within(fieldList()).getByRole('button', { name: /再婚前已生育子女数/, pressed: true }),
    ).toBeTruthy();
    expect(store.getState().focus).toBeNull();
  });

  it('names a field type and a shared field of the same label apart, and adds the one asked for', () => {
    const store = blank();
    open(store);
    const names = screen.getAllByRole('button', { name: /^添加/ }).map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    const shared = screen.getByRole('list', { name: '共享数据项' });
    fireEvent.click(within(shared).getByRole('button', { name: '添加共享数据项“身份证号码”' }));
    expect(store.getState().definition.form.schema).toMatchObject({
      properties: { idNumber: { format: 'cn-id-card', 'x-sharedKey': 'person.idNumber' } },
    });
    fireEvent.click(
      within(screen.getByRole('list', { name: '字段类型' })).getByRole('button', { name: '添加身份证号码' }),
    );
    expect(store.getState().definition.form.schema).toMatchObject({
      properties: { idNumber2: { format: 'cn-id-card' } },
    });
  });
});
