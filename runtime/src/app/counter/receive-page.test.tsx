// @vitest-environment jsdom
import '../test-setup.ts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../shared/api/api-client.ts';
import { ApiProvider } from '../shared/api/api-context.tsx';
import type { CaseAttachment } from '../shared/api/api-types.ts';
import { AuthProvider, useAuth } from '../shared/auth/auth-context.tsx';
import { RouterProvider } from '../shared/router/router.tsx';
import { exampleItem } from '../shared/testing/example-item.ts';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { draftStore } from './draft-store.ts';
import { ReceivePage } from './receive-page.tsx';

/** 个体工商户设立登记: 申请书 takes scans. */
const item = exampleItem('individual-business-registration');
const scan: CaseAttachment = {
  material: 'application_form',
  sha256: 'd4'.repeat(32),
  name: '申请书.pdf',
  size: 2048,
  contentType: 'application/pdf',
};

// The page loads the item version and compiles it first: slow on a busy machine.
const LOADED = { timeout: 10_000 };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function LoggedIn({ children }: { children: ReactNode }) {
  return useAuth().actor ? children : null;
}

/** The page on a fake server: the clerk is logged in, the item has version 1, filing a case fails. */
function renderPage() {
  const filed: unknown[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    if (path === '/api/auth/me')
      return json({ id: 'u1', username: 'clerk', displayName: '窗口一', role: 'clerk' });
    if (path === `/api/items/${item.code}/versions`)
      return json({ versions: [{ version: 1, status: 'active' }] });
    if (path === `/api/items/${item.code}/versions/1`) {
      return json({ code: item.code, version: 1, hash: 'h1', definition: item, status: 'active' });
    }
    if (path === '/api/cases' && init?.method === 'POST') {
      filed.push(JSON.parse(String(init.body)));
      return json({ status: 503, title: 'Unavailable' }, 503);
    }
    return json({ status: 404, title: 'Not found' }, 404);
  });
  renderWithI18n(
    <RouterProvider>
      <ApiProvider client={createApiClient({ fetch })}>
        <AuthProvider>
          <LoggedIn>
            <ReceivePage code={item.code} />
          </LoggedIn>
        </AuthProvider>
      </ApiProvider>
    </RouterProvider>,
  );
  return { filed };
}

describe('the reception page with a saved draft', () => {
  afterEach(() => localStorage.clear());

  it('resumes the draft with its scans, and files them with the receipt', async () => {
    draftStore.save('clerk', item.code, {
      version: 1,
      savedAt: '2026-11-30T01:00:00.000Z',
      formData: {},
      ticks: { application_form: ['original'] },
      attachments: [scan],
    });
    const { filed } = renderPage();
    expect(await screen.findByText('草稿含 1 个扫描件，恢复后随收件一并提交。', {}, LOADED)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /恢复草稿/ }));
    const list = await screen.findByRole('list', { name: '个体工商户登记（备案）申请书 的扫描件' });
    expect(within(list).getByText('申请书.pdf')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /提交收件/ }));
    await waitFor(() => expect(filed).toHaveLength(1));
    expect(filed[0]).toMatchObject({
      code: item.code,
      version: 1,
      attachments: [{ material: 'application_form', sha256: scan.sha256, name: '申请书.pdf' }],
    });
  });

  it('saves the scans with the draft', async () => {
    draftStore.save('clerk', item.code, {
      version: 1,
      savedAt: '2026-11-30T01:00:00.000Z',
      formData: {},
      ticks: {},
      attachments: [scan],
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /恢复草稿/ }, LOADED));
    await screen.findByText('申请书.pdf');
    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));
    await waitFor(() =>
      expect(draftStore.load('clerk', item.code)?.savedAt).not.toBe('2026-11-30T01:00:00.000Z'),
    );
    expect(draftStore.load('clerk', item.code)?.attachments).toEqual([scan]);
  });
});
