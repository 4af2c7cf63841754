// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { ApiError } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isDirty } from '../editor/editor-store.ts';
import { EditorToolbar } from './editor-toolbar.tsx';
import { fakeApi } from './testing/fake-api.ts';
import { conflictError, holdSaves } from './testing/fake-save.ts';
import { calendarsAnswer, renderEditor } from './testing/render-editor.tsx';

const rename = (name: string) => (d: ServiceItem) => ({ ...d, name: { ...d.name, 'zh-CN': name } });
const calendars = () => fakeApi({ 'GET /api/calendars': calendarsAnswer() });
const button = (name: RegExp) => screen.getByRole('button', { name });

describe('EditorToolbar — autosave', () => {
  it('saves in order: edits made during a save go in one next save, based on the first answer', async () => {
    const server = holdSaves();
    const { store } = renderEditor(<EditorToolbar />, { api: calendars(), save: server.save });
    expect(screen.getByText(/已保存/)).toBeTruthy();

    act(() => store.edit(rename('第一次')));
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    await waitFor(() => expect(server.calls).toHaveLength(1));
    expect(screen.getByText('保存中…')).toBeTruthy();
    expect(server.calls[0].revision).toBe(3);

    act(() => store.edit(rename('第二次')));
    act(() => store.edit(rename('第三次')));
    await new Promise((r) => setTimeout(r, 120));
    expect(server.calls).toHaveLength(1);

    await act(async () => server.calls[0].succeed(4));
    await waitFor(() => expect(server.calls).toHaveLength(2));
    expect(server.calls[1]).toMatchObject({ revision: 4 });
    expect(server.calls[1].definition.name['zh-CN']).toBe('第三次');

    await act(async () => server.calls[1].succeed(5, '2026-03-02T02:15:30.000Z'));
    await waitFor(() => expect(screen.getByText(/已保存 .*10:15:30/)).toBeTruthy());
    expect(server.calls).toHaveLength(2);
    expect(store.getState()).toMatchObject({ revision: 5 });
    expect(store.getState().definition.name['zh-CN']).toBe('第三次');
  });

  it('keeps the edits and says what failed when the server refuses the save; retry saves them', async () => {
    const server = holdSaves();
    const { store } = renderEditor(<EditorToolbar />, { api: calendars(), save: server.save });
    act(() => store.edit(rename('坏的草稿')));
    await waitFor(() => expect(server.calls).toHaveLength(1));
    const refusal = new ApiError(400, {
      title: 'Bad Request',
      detail: 'The draft does not have the shape of a definition.',
      errors: [{ path: '/name', message: 'must be object' }],
    });
    await act(async () => server.calls[0].fail(refusal));

    expect(
      await screen.findByText(
        '保存失败：The draft does not have the shape of a definition. /name: must be object',
      ),
    ).toBeTruthy();
    expect(store.getState().definition.name['zh-CN']).toBe('坏的草稿');
    expect(isDirty(store.getState())).toBe(true);

    fireEvent.click(button(/重试保存/));
    await waitFor(() => expect(server.calls).toHaveLength(2));
    expect(server.calls[1].definition.name['zh-CN']).toBe('坏的草稿');
    await act(async () => server.calls[1].succeed(4));
    await waitFor(() => expect(screen.getByText(/已保存/)).toBeTruthy());
    expect(screen.queryByText(/保存失败/)).toBeNull();
  });

  it('shows a network failure in words and keeps the draft', async () => {
    const server = holdSaves();
    const { store } = renderEditor(<EditorToolbar />, { api: calendars(), save: server.save });
    act(() => store.edit(rename('断网')));
    await waitFor(() => expect(server.calls).toHaveLength(1));
    await act(async () => server.calls[0].fail(new ApiError(0, { title: 'Network error', code: 'NETWORK' })));
    expect(await screen.findByText(/保存失败：无法连接服务器/)).toBeTruthy();
    expect(store.getState().definition.name['zh-CN']).toBe('断网');
  });
});

describe('EditorToolbar — conflict', () => {
  async function conflicted() {
    const server = holdSaves();
    const rendered = renderEditor(<EditorToolbar />, { api: calendars(), save: server.save });
    const { store } = rendered;
    const theirs = rename('同事改的名称')(store.getState().definition);
    act(() => store.edit(rename('我改的名称')));
    await waitFor(() => expect(server.calls).toHaveLength(1));
    await act(async () =>
      server.calls[0].fail(
        conflictError(
          {
            code: theirs.code,
            definition: theirs,
            revision: 7,
            updatedAt: '2026-03-02T03:04:05Z',
            updatedBy: 'lisi',
          },
          3,
        ),
      ),
    );
    const dialog = await screen.findByRole('dialog');
    return { ...rendered, server, theirs, dialog };
  }

  it('says who saved when and where theirs differs; "load theirs" replaces my working copy', async () => {
    const { store, theirs, dialog } = await conflicted();
    expect(within(dialog).getByText('lisi 于 2026-03-02 11:04:05 保存了这份草稿（修订号 7）。')).toBeTruthy();
    expect(within(dialog).getByText(/对方的草稿与您的修改不同之处（1 处）/)).toBeTruthy();
    expect(within(dialog).getByText('事项名称')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: '加载对方的版本（放弃我的修改）' }));
    expect(store.getState().definition).toBe(theirs);
    expect(store.getState().revision).toBe(7);
    expect(isDirty(store.getState())).toBe(false);
    await waitFor(() => expect(screen.queryByText('保存冲突：草稿已被他人修改')).toBeNull());
  });

  it('"overwrite with mine" saves my working copy over their revision', async () => {
    const { store, server, dialog } = await conflicted();
    fireEvent.click(within(dialog).getByRole('button', { name: '用我的版本覆盖' }));
    await waitFor(() => expect(server.calls).toHaveLength(2));
    expect(server.calls[1].revision).toBe(7);
    expect(server.calls[1].definition.name['zh-CN']).toBe('我改的名称');
    await act(async () => server.calls[1].succeed(8));
    await waitFor(() => expect(store.getState().revision).toBe(8));
    expect(store.getState().definition.name['zh-CN']).toBe('我改的名称');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('EditorToolbar — undo and redo', () => {
  it('buttons are disabled with nothing to undo or redo, and step through the history', async () => {
    const { store } = renderEditor(<EditorToolbar />, { api: calendars(), save: holdSaves().save });
    const original = store.getState().definition;
    expect(button(/撤\s*销/).hasAttribute('disabled')).toBe(true);
    expect(button(/重\s*做/).hasAttribute('disabled')).toBe(true);

    act(() => store.edit(rename('改过')));
    expect(button(/撤\s*销/).hasAttribute('disabled')).toBe(false);
    fireEvent.click(button(/撤\s*销/));
    expect(store.getState().definition).toBe(original);
    expect(button(/撤\s*销/).hasAttribute('disabled')).toBe(true);
    expect(button(/重\s*做/).hasAttribute('disabled')).toBe(false);
    fireEvent.click(button(/重\s*做/));
    expect(store.getState().definition.name['zh-CN']).toBe('改过');
  });

  it('Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y work outside text fields only', () => {
    const { store } = renderEditor(
      <>
        <EditorToolbar />
        <input aria-label="名称" />
      </>,
      { api: calendars(), save: holdSaves().save },
    );
    const original = store.getState().definition;
    act(() => store.edit(rename('改过')));

    fireEvent.keyDown(screen.getByLabelText('名称'), { key: 'z', ctrlKey: true });
    expect(store.getState().definition.name['zh-CN']).toBe('改过');

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().definition).toBe(original);
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(store.getState().definition.name['zh-CN']).toBe('改过');
    fireEvent.keyDown(document.body, { key: 'z', metaKey: true });
    expect(store.getState().definition).toBe(original);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.getState().definition.name['zh-CN']).toBe('改过');
  });
});
