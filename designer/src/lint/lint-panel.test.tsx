// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../save/testing/fake-api.ts';
import { renderEditor } from '../save/testing/render-editor.tsx';
import { LintPanel } from './lint-panel.tsx';

const POINTER = '/rules/0/conditions/all/0/path';

describe('LintPanel', () => {
  it('says there is nothing wrong with a clean definition', () => {
    renderEditor(<LintPanel />, { api: fakeApi({}) });
    expect(screen.getByText('没有问题')).toBeTruthy();
    expect(screen.queryByText(/错误（/)).toBeNull();
  });

  it('lists a new error after edits pause, and clicking it asks the editor to show that place', async () => {
    const { store } = renderEditor(<LintPanel />, { api: fakeApi({}) });
    act(() =>
      store.edit((d) => {
        const rules = structuredClone(d.rules);
        (rules[0].conditions as { all: { path: string }[] }).all[0].path = 'wife.nickname';
        return { ...d, rules };
      }),
    );
    expect(screen.getByText('没有问题')).toBeTruthy();
    expect(await screen.findByText('错误（1）')).toBeTruthy();
    expect(screen.getByText('1 个错误，0 个提醒')).toBeTruthy();
    expect(screen.getByText('有错误时不能发布。')).toBeTruthy();

    fireEvent.click(screen.getByText(/没有“wife\.nickname”/));
    expect(store.getState().focus).toBe(POINTER);

    act(() => store.setFocus('/name'));
    fireEvent.click(screen.getByText(POINTER));
    expect(store.getState().focus).toBe(POINTER);

    act(() => store.undo());
    expect(await screen.findByText('没有问题')).toBeTruthy();
  });

  it('speaks English when asked', async () => {
    const { store } = renderEditor(<LintPanel />, { api: fakeApi({}), locale: 'en' });
    act(() =>
      store.edit((d) => ({
        ...d,
        timeLimits: { ...d.timeLimits, promised: { amount: 999, unit: 'workday' } },
      })),
    );
    expect(await screen.findByText(/^Errors \(\d+\)$/)).toBeTruthy();
  });
});
