// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DraftAnswer, VersionDiff, VersionSummary } from '../api/designer-api-types.ts';
import { fakeApi } from '../save/testing/fake-api.ts';
import { holdSaves } from '../save/testing/fake-save.ts';
import { renderEditor, testItem } from '../save/testing/render-editor.tsx';
import { VersionsTab } from './versions-tab.tsx';

const item = testItem();
const base = `/api/items/${item.code}`;
const summary = (version: number, status: 'active' | 'retired'): VersionSummary => ({
  code: item.code,
  version,
  hash: `${version}`.repeat(64),
  publishedAt: '2026-03-01T02:00:00.000Z',
  publishedBy: 'admin',
  status,
  retiredAt: status === 'retired' ? '2026-03-02T02:00:00.000Z' : null,
  retiredBy: status === 'retired' ? 'lisi' : null,
});
const versions = { versions: [summary(2, 'active'), summary(1, 'retired')] };
const diff = (from: number): VersionDiff => ({
  code: item.code,
  from: { version: from, hash: 'x' },
  to: { version: 'draft', hash: null },
  changes: [
    { op: 'replace', path: '/name/zh-CN', old: '旧名称', new: '新名称' },
    { op: 'add', path: '/rules/7', new: { id: 'warn-new' } },
  ],
  fields: { added: [], removed: [], renamed: [] },
  ruleFieldChanges: [],
});

describe('VersionsTab', () => {
  it('lists the versions with status, publisher and short hash', async () => {
    renderEditor(<VersionsTab />, { api: fakeApi({ [`GET ${base}/versions`]: versions }) });
    const table = (await screen.findByText('第 2 版', { selector: 'td' })).closest('table') as HTMLElement;
    expect(within(table).getByText('有效')).toBeTruthy();
    expect(within(table).getByText('已停用')).toBeTruthy();
    expect(within(table).getByText(/lisi 于 .* 停用/)).toBeTruthy();
    expect(within(table).getByText('2'.repeat(12))).toBeTruthy();
    // A retired version cannot be retired again.
    expect(screen.queryByLabelText('停用第 1 版')).toBeNull();
    expect(screen.getByLabelText('停用第 2 版')).toBeTruthy();
  });

  it('restores a version as the draft after confirming, with the draft revision as If-Match', async () => {
    const restored: DraftAnswer = {
      code: item.code,
      definition: { ...item, name: { 'zh-CN': '第一版的名称' } },
      revision: 9,
      updatedAt: '2026-03-02T05:00:00.000Z',
      updatedBy: 'admin',
    };
    const api = fakeApi({
      [`GET ${base}/versions`]: versions,
      [`POST ${base}/versions/1/restore`]: restored,
    });
    const { store } = renderEditor(<VersionsTab />, { api, save: holdSaves().save });
    fireEvent.click(await screen.findByLabelText('将第 1 版恢复为草稿'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/当前草稿（包括尚未保存的修改）将被第 1 版的内容替换/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /恢复为草稿/ }));

    await waitFor(() => expect(store.getState().revision).toBe(9));
    expect(store.getState().definition.name['zh-CN']).toBe('第一版的名称');
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.headers['If-Match']).toBe('"3"');
  });

  it('diffs a version against the draft, grouped by part with old → new', async () => {
    const api = fakeApi({
      [`GET ${base}/versions`]: versions,
      [`GET ${base}/diff?from=1&to=draft`]: diff(1),
      [`GET ${base}/diff?from=2&to=draft`]: diff(2),
    });
    renderEditor(<VersionsTab />, { api });
    // The pickers start at the latest version and the draft.
    fireEvent.click(await screen.findByText(/^对\s*比$/));
    expect(await screen.findByText('第 2 版 → 草稿（已保存的内容）')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('第 1 版与草稿对比'));
    expect(await screen.findByText('第 1 版 → 草稿（已保存的内容）')).toBeTruthy();
    expect(screen.getByText('事项名称（1）')).toBeTruthy();
    expect(screen.getByText('审查规则（1）')).toBeTruthy();
    expect(screen.getByText('旧名称').tagName).toBe('DEL');
    expect(screen.getByText('新名称').tagName).toBe('INS');
    expect(api.calls.map((c) => c.path)).toEqual([
      `${base}/versions`,
      `${base}/diff?from=2&to=draft`,
      `${base}/diff?from=1&to=draft`,
    ]);
  });

  it('retires a version only with a reason, then reloads the list', async () => {
    const retired = { ...summary(2, 'retired') };
    const api = fakeApi({ [`GET ${base}/versions`]: versions, [`POST ${base}/versions/2/retire`]: retired });
    renderEditor(<VersionsTab />, { api });
    fireEvent.click(await screen.findByLabelText('停用第 2 版'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /停\s*用/ }));
    expect(await within(dialog).findByText('请填写停用原因')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('停用原因'), { target: { value: '政策调整，改用新版' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /停\s*用/ }));
    await waitFor(() => expect(api.calls.filter((c) => c.path === `${base}/versions`)).toHaveLength(2));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: '政策调整，改用新版' });
  });
});
