// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { useRouter } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from './testing/fake-api.ts';
import { holdSaves } from './testing/fake-save.ts';
import { renderEditor } from './testing/render-editor.tsx';
import { useEditorLeaveGuard } from './use-editor-leave-guard.ts';

function Navigation() {
  const router = useRouter();
  const stay = useEditorLeaveGuard();
  return (
    <>
      <p>{router.location.path + router.location.search}</p>
      <button
        type="button"
        onClick={() => stay(() => router.navigate('/items/x?tab=rules', { replace: true }))}
      >
        switch tab
      </button>
      <button type="button" onClick={() => router.navigate('/')}>
        leave
      </button>
    </>
  );
}

const rename = (d: ServiceItem) => ({ ...d, name: { ...d.name, 'zh-CN': '未保存' } });

describe('useEditorLeaveGuard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks before leaving with unsaved edits, never on a tab switch, and not at all once saved', async () => {
    window.history.replaceState(null, '', '/designer/items/x?tab=basic');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const server = holdSaves();
    const { store } = renderEditor(<Navigation />, { api: fakeApi({}), save: server.save, delayMs: 60_000 });

    fireEvent.click(screen.getByText('leave'));
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.getByText('/')).toBeTruthy();
    act(() => {
      window.history.replaceState(null, '', '/designer/items/x?tab=basic');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });

    act(() => store.edit(rename));
    fireEvent.click(screen.getByText('switch tab'));
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.getByText('/items/x?tab=rules')).toBeTruthy();

    fireEvent.click(screen.getByText('leave'));
    expect(confirm).toHaveBeenCalledWith('有修改尚未保存，离开后可能丢失。确定离开吗？');
    expect(screen.getByText('/items/x?tab=rules')).toBeTruthy();
    // Asking also started the save.
    expect(server.calls).toHaveLength(1);

    await act(async () => server.calls[0].succeed(4));
    confirm.mockClear();
    fireEvent.click(screen.getByText('leave'));
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.getByText('/')).toBeTruthy();
  });
});
