// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { exampleItem } from '@onewindow/runtime/app/testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore } from '../editor/editor-store.ts';
import { fakeApi } from '../items/testing/fake-api.ts';
import { renderDesigner } from '../items/testing/render-designer.tsx';
import { JsonTab } from './json-tab.tsx';

function setup() {
  const definition = exampleItem('birth-registration');
  const store = createEditorStore({ code: definition.code, definition, revision: 1 });
  renderDesigner(
    <EditorProvider store={store}>
      <JsonTab />
    </EditorProvider>,
    fakeApi({}),
    `/items/${definition.code}?tab=json`,
  );
  const textarea = screen.getByLabelText('事项定义（JSON）') as HTMLTextAreaElement;
  const apply = () => fireEvent.click(screen.getByRole('button', { name: '应 用' }));
  const edit = (text: string) => fireEvent.change(textarea, { target: { value: text } });
  return { store, definition, textarea, apply, edit };
}

describe('the JSON tab', () => {
  it('shows the definition as formatted JSON', () => {
    const { textarea, definition } = setup();
    expect(textarea.value).toBe(JSON.stringify(definition, null, 2));
  });

  it('refuses malformed JSON with its line and column, keeping the text and the store', async () => {
    const { store, textarea, apply, edit } = setup();
    const broken = textarea.value.replace('"type": "public-service",', '"type": "public-service"');
    edit(broken);
    apply();
    const alert = await screen.findByRole('alert');
    const line = broken.split('\n').findIndex((l) => l.includes('"type": "public-service"')) + 2;
    expect(alert.textContent).toContain(`JSON 格式错误：第 ${line} 行`);
    expect(textarea.value).toBe(broken);
    expect(store.getState().past).toHaveLength(0);
  });

  it('refuses a changed code and JSON that is not an object', async () => {
    const { store, textarea, apply, edit } = setup();
    edit(textarea.value.replace(/"code": "[^"]+"/, '"code": "OTHER"'));
    apply();
    expect((await screen.findByRole('alert')).textContent).toContain('实施编码不能在这里修改');
    edit('[1, 2]');
    apply();
    expect((await screen.findByRole('alert')).textContent).toContain('必须是一个 JSON 对象');
    expect(store.getState().past).toHaveLength(0);
  });

  it('applies valid JSON as one undo step; after undo it offers to reload the changed working copy', async () => {
    const { store, definition, textarea, apply, edit } = setup();
    const changed = { ...definition, name: { ...definition.name, 'zh-CN': '生育登记（试点）' } };
    edit(JSON.stringify(changed, null, 2));
    apply();
    expect(store.getState().definition.name['zh-CN']).toBe('生育登记（试点）');
    expect(store.getState().past).toHaveLength(1);

    act(() => store.undo());
    expect(store.getState().definition).toBe(definition);
    expect(await screen.findByText(/已在其他标签页或通过撤销\/重做被修改/)).toBeTruthy();
    expect(textarea.value).toContain('生育登记（试点）');
    fireEvent.click(screen.getByRole('button', { name: '重新载入' }));
    expect(textarea.value).toBe(JSON.stringify(definition, null, 2));
    expect(screen.queryByText(/已在其他标签页/)).toBeNull();
  });
});
