// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { exampleItem, renderWithI18n } from '@onewindow/runtime/app/testing';
import { act, fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore } from '../editor/editor-store.ts';
import { BasicTab } from './basic-tab.tsx';
import { fieldId } from './field-id.ts';

/** The example item with short lists: jsdom renders the whole tab, and every row costs time. */
function setup() {
  let clock = 1_000_000;
  const example = exampleItem('resident-id-card-renewal');
  const definition = {
    ...example,
    legalBasis: example.legalBasis?.slice(0, 1),
    conditions: example.conditions?.slice(0, 1),
    process: example.process?.slice(0, 1),
    faq: [],
  };
  const store = createEditorStore({ code: definition.code, definition, revision: 1 }, () => clock);
  renderWithI18n(
    <EditorProvider store={store}>
      <BasicTab />
    </EditorProvider>,
  );
  return { store, definition, tick: (ms: number) => (clock += ms) };
}

/** The part of the tab (section, row) or input whose pointer is `pointer`. */
const at = (pointer: string) => document.getElementById(fieldId(pointer)) as HTMLElement;
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('the basic information tab', () => {
  it('edits the item name in the store, typing coalesced into one undo step', () => {
    const { store, definition, tick } = setup();
    const zh = within(at('')).getByRole('textbox', {
      name: '事项名称 中文',
      hidden: true,
    }) as HTMLInputElement;
    expect(zh.value).toBe('居民身份证换领');
    for (const text of ['居民身份证', '居民身份证补', '居民身份证补领']) {
      type(zh, text);
      tick(200);
    }
    expect(store.getState().definition.name).toEqual({ ...definition.name, 'zh-CN': '居民身份证补领' });
    expect(store.getState().past).toHaveLength(1);

    act(() => store.undo());
    expect(store.getState().definition.name).toEqual(definition.name);
    expect(zh.value).toBe('居民身份证换领');
  });

  it('removes an emptied English text but keeps an emptied required Chinese one for lint to flag', () => {
    const { store } = setup();
    type(at('/name/en'), '');
    expect(store.getState().definition.name).toEqual({ 'zh-CN': '居民身份证换领' });
    type(at('/name/zh-CN'), '');
    expect(store.getState().definition.name).toEqual({ 'zh-CN': '' });
    type(at('/handling/place/zh-CN'), '');
    type(at('/handling/place/en'), '');
    expect('place' in store.getState().definition.handling).toBe(false);
  });

  it('adds, edits and removes a legal basis, each change its own undo step', () => {
    const { store } = setup();
    const section = within(at('/legalBasis'));
    fireEvent.click(section.getByRole('button', { name: /添加依据/, hidden: true }));
    type(section.getByRole('textbox', { name: '依据 2 法律法规名称', hidden: true }), '《行政许可法》');
    type(section.getByRole('textbox', { name: '依据 2 条款', hidden: true }), '第四十二条');
    expect(store.getState().definition.legalBasis?.[1]).toEqual({
      title: '《行政许可法》',
      kind: 'setting',
      article: '第四十二条',
    });
    fireEvent.click(section.getByRole('button', { name: '删除 依据 2', hidden: true }));
    expect(store.getState().definition.legalBasis).toHaveLength(1);
    expect(store.getState().past).toHaveLength(4);
  });

  it('changes the handling kind and channels, and removes commitments once all are cleared', () => {
    const { store } = setup();
    const handling = within(at('/handling'));
    fireEvent.click(handling.getByRole('radio', { name: '即办件', hidden: true }));
    expect(store.getState().definition.handling.kind).toBe('immediate');
    fireEvent.click(within(at('/handling/channels')).getByRole('checkbox', { name: '网上', hidden: true }));
    expect(store.getState().definition.handling.channels).toContain('online');

    act(() => store.edit((d) => ({ ...d, commitments: { onTimeRate: 100 } })));
    type(at('/commitments/onTimeRate'), '');
    expect('commitments' in store.getState().definition).toBe(false);
  });

  it('reveals the input a lint finding points at and clears the focus request', () => {
    const { store } = setup();
    act(() => store.setFocus('/department/name/zh-CN'));
    expect(document.activeElement).toBe(at('/department/name/zh-CN'));
    expect(store.getState().focus).toBeNull();

    // A pointer below any input lands on the nearest part that has one.
    act(() => store.setFocus('/legalBasis/0/unknownKey'));
    expect(document.activeElement).toBe(at('/legalBasis/0'));
  });

  it('leaves focus requests for other tabs alone', () => {
    const { store } = setup();
    act(() => store.setFocus('/rules/0/event'));
    expect(store.getState().focus).toBe('/rules/0/event');
  });
});
