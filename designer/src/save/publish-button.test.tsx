// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { ApiError } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VersionDiff, VersionSummary } from '../api/designer-api-types.ts';
import { PublishButton } from './publish-button.tsx';
import { type FakeRoutes, fakeApi } from './testing/fake-api.ts';
import { holdSaves } from './testing/fake-save.ts';
import { calendarsAnswer, renderEditor } from './testing/render-editor.tsx';

const SLOW = { timeout: 15_000 };
const publishButton = () => screen.getByRole('button', { name: /发\s*布/ });
const isEnabled = () => !publishButton().hasAttribute('disabled');

const version1: VersionSummary = {
  code: 'x',
  version: 1,
  hash: 'a'.repeat(64),
  publishedAt: '2026-03-01T02:00:00.000Z',
  publishedBy: 'admin',
  status: 'active',
  retiredAt: null,
  retiredBy: null,
};

function renderPublish(routes: FakeRoutes = {}) {
  const api = fakeApi({ 'GET /api/calendars': calendarsAnswer(), ...routes });
  const rendered = renderEditor(<PublishButton />, { api, save: holdSaves().save });
  return { api, ...rendered };
}

describe('PublishButton — blocked until lint and tests pass', () => {
  it('is disabled with the reason while lint has an error, and enabled once it is fixed', async () => {
    const { store } = renderPublish();
    await waitFor(() => expect(screen.getByText('检查无错误，测试全部通过（8 个）')).toBeTruthy(), SLOW);
    expect(isEnabled()).toBe(true);

    act(() =>
      store.edit((d) => {
        const rules = structuredClone(d.rules);
        (rules[0].conditions as { all: { path: string }[] }).all[0].path = 'wife.nickname';
        return { ...d, rules };
      }),
    );
    await waitFor(() => expect(screen.getByText('不能发布：有 1 个检查错误')).toBeTruthy(), SLOW);
    expect(isEnabled()).toBe(false);
    expect(publishButton().getAttribute('aria-describedby')).toBe(
      screen.getByText('不能发布：有 1 个检查错误').id,
    );

    act(() => store.undo());
    await waitFor(() => expect(isEnabled()).toBe(true), SLOW);
  });

  it('is disabled while an embedded test fails, naming it, and enabled once it passes', async () => {
    const { store } = renderPublish();
    await waitFor(() => expect(isEnabled()).toBe(true), SLOW);
    const first = store.getState().definition.tests?.[0].name;

    act(() =>
      store.edit((d: ServiceItem) => {
        const tests = structuredClone(d.tests ?? []);
        tests[0].expect.outcome = 'reject';
        return { ...d, tests };
      }),
    );
    await waitFor(() => expect(screen.getByText(`不能发布：1 个测试未通过（${first}）`)).toBeTruthy(), SLOW);
    expect(isEnabled()).toBe(false);

    act(() => store.undo());
    await waitFor(() => expect(isEnabled()).toBe(true), SLOW);
  });
});

describe('PublishDialog', () => {
  const diff: VersionDiff = {
    code: 'x',
    from: { version: 1, hash: 'a'.repeat(64) },
    to: { version: 'draft', hash: null },
    changes: [
      { op: 'remove', path: '/form/schema/properties/wife/properties/idNumber', old: { type: 'string' } },
      { op: 'replace', path: '/name/zh-CN', old: '生育登记', new: '生育登记（新）' },
    ],
    fields: { added: [], removed: ['/wife/idNumber'], renamed: [] },
    ruleFieldChanges: [
      {
        rule: 'reject-under-marriage-age',
        at: '/rules/0/conditions/all/0',
        field: '/wife/idNumber',
        change: 'removed',
        stillReferenced: true,
      },
    ],
  };

  it('shows the diff against the last version with the rule-field warning, then publishes that revision', async () => {
    const published = { ...version1, version: 2, hash: '0123456789abcdef'.repeat(4) };
    const { api } = renderPublish({
      'GET /api/items/11440305MB2C86420H4000114002000/versions': { versions: [version1] },
      'GET /api/items/11440305MB2C86420H4000114002000/diff?from=1&to=draft': diff,
      'POST /api/items/11440305MB2C86420H4000114002000/publish': published,
    });
    await waitFor(() => expect(isEnabled()).toBe(true), SLOW);
    fireEvent.click(publishButton());

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('有规则使用的字段被删除或改名')).toBeTruthy();
    expect(
      within(dialog).getByText('规则 reject-under-marriage-age 使用的字段 /wife/idNumber 已删除'),
    ).toBeTruthy();
    expect(within(dialog).getByText('与已发布的第 1 版相比：')).toBeTruthy();
    expect(within(dialog).getByText('生育登记（新）')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: '确认发布' }));
    expect(await within(dialog).findByText('已发布第 2 版')).toBeTruthy();
    expect(within(dialog).getByText('内容哈希 0123456789abcdef')).toBeTruthy();
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.headers['If-Match']).toBe('"3"');
  });

  it('says so for a first version, and shows a 422 refusal in full', async () => {
    renderPublish({
      'GET /api/items/11440305MB2C86420H4000114002000/versions': { versions: [] },
      'POST /api/items/11440305MB2C86420H4000114002000/publish': () => {
        throw new ApiError(422, {
          code: 'PUBLISH_REFUSED',
          detail: 'Version not published: 1 lint error(s), 1 failing test(s).',
          lintErrors: [
            {
              severity: 'error',
              code: 'rule-unknown-field',
              pointer: '/rules/0/conditions/all/0/path',
              message: { 'zh-CN': '表单中没有字段“nope”', en: 'No field "nope"' },
            },
          ],
          failedTests: [{ name: '第三孩', failures: ['结论应为 accept，实际为 reject / outcome'] }],
        });
      },
    });
    await waitFor(() => expect(isEnabled()).toBe(true), SLOW);
    fireEvent.click(publishButton());
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('这是本事项的第一个版本，发布后为第 1 版。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认发布' }));
    expect(
      await within(dialog).findByText(
        '服务器拒绝发布：Version not published: 1 lint error(s), 1 failing test(s).',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('表单中没有字段“nope”')).toBeTruthy();
    expect(within(dialog).getByText('第三孩')).toBeTruthy();
    expect(within(dialog).getByText('结论应为 accept，实际为 reject / outcome')).toBeTruthy();
  });

  it('saves pending edits first, and has nothing to publish when only the version number differs', async () => {
    const server = holdSaves();
    const api = fakeApi({
      'GET /api/calendars': calendarsAnswer(),
      'GET /api/items/11440305MB2C86420H4000114002000/versions': { versions: [version1] },
      'GET /api/items/11440305MB2C86420H4000114002000/diff?from=1&to=draft': {
        ...diff,
        changes: [{ op: 'remove', path: '/version', old: 1 }],
        fields: { added: [], removed: [], renamed: [] },
        ruleFieldChanges: [],
      },
    });
    const { store } = renderEditor(<PublishButton />, { api, save: server.save, delayMs: 60_000 });
    await waitFor(() => expect(isEnabled()).toBe(true), SLOW);
    act(() => store.edit((d) => ({ ...d, name: { ...d.name, en: 'Birth registration' } })));
    await waitFor(() => expect(isEnabled()).toBe(true), SLOW);
    fireEvent.click(publishButton());

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('正在保存草稿…')).toBeTruthy();
    await waitFor(() => expect(server.calls).toHaveLength(1));
    expect(api.calls.some((c) => c.path.includes('/versions'))).toBe(false);
    await act(async () => server.calls[0].succeed(4));

    expect(await within(dialog).findByText('草稿与第 1 版相同，无需发布。')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '确认发布' }).hasAttribute('disabled')).toBe(true);
  });
});
