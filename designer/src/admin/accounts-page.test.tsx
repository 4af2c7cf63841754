// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, problem } from '../items/testing/fake-api.ts';
import { renderDesigner } from '../items/testing/render-designer.tsx';
import type { AccountView } from './account-types.ts';
import { AccountsPage } from './accounts-page.tsx';

const account = (over: Partial<AccountView>): AccountView => ({
  id: 'clerk-id',
  username: 'wang',
  displayName: '王窗口',
  role: 'clerk',
  disabled: false,
  createdAt: '2026-11-01T01:00:00.000Z',
  updatedAt: '2026-11-01T01:00:00.000Z',
  ...over,
});

const ACCOUNTS = [
  account({ id: 'admin-id', username: 'admin', displayName: '管理员', role: 'admin' }),
  account({}),
];

describe('the accounts screen', () => {
  it('creates a clerk and shows the generated password once, with a copy button', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const api = fakeApi({
      'GET /api/accounts': () => ACCOUNTS,
      'POST /api/accounts': ({ body }) => ({
        account: account({ id: 'new', ...(body as object) }),
        oneTimePassword: 'Xk3mP9qRt7vWz2Ab',
      }),
    });
    renderDesigner(<AccountsPage />, api, '/accounts');
    fireEvent.click(await screen.findByRole('button', { name: /新建账号/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('用户名'), { target: { value: 'li.na' } });
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '李娜' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /创\s*建/ }));

    const password = await screen.findByTestId('one-time-password');
    expect(password.textContent).toBe('Xk3mP9qRt7vWz2Ab');
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      username: 'li.na',
      displayName: '李娜',
      role: 'clerk',
    });
    fireEvent.click(screen.getByRole('button', { name: /复制密码/ }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('Xk3mP9qRt7vWz2Ab'));
    fireEvent.click(screen.getByRole('button', { name: /我已记下/ }));
    await waitFor(() => expect(screen.queryByTestId('one-time-password')).toBeNull());
  });

  it('resets a password after confirmation', async () => {
    const api = fakeApi({
      'GET /api/accounts': () => ACCOUNTS,
      'PATCH /api/accounts/clerk-id': () => ({ account: account({}), oneTimePassword: 'NewPass23456789a' }),
    });
    renderDesigner(<AccountsPage />, api, '/accounts');
    fireEvent.click(await screen.findByRole('button', { name: '重置 wang 的密码' }));
    fireEvent.click(await screen.findByRole('button', { name: /重置密码/ }));
    expect((await screen.findByTestId('one-time-password')).textContent).toBe('NewPass23456789a');
    expect(api.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ resetPassword: true });
  });

  it('shows a refused disable and never offers to disable the own account', async () => {
    const api = fakeApi({
      'GET /api/accounts': () => ACCOUNTS,
      'PATCH /api/accounts/clerk-id': () => {
        throw problem(409, { code: 'SOME_CONFLICT', detail: '账号正被其他管理员修改。' });
      },
    });
    renderDesigner(<AccountsPage />, api, '/accounts');
    const own = await screen.findByRole('button', { name: '停用 admin' });
    expect((own as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '停用 wang' }));
    const confirm = await screen.findByRole('dialog');
    expect(confirm.textContent).toContain('停用账号 wang？');
    fireEvent.click(within(confirm).getByRole('button', { name: /停\s*用/ }));
    expect(await screen.findByText('操作失败：账号正被其他管理员修改。')).toBeTruthy();
  });
});
