// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../api/designer-api-types.ts';
import { ItemsPage } from './items-page.tsx';
import { fakeApi, problem } from './testing/fake-api.ts';
import { renderDesigner } from './testing/render-designer.tsx';

const summary = (over: Partial<ItemSummary>): ItemSummary => ({
  code: 'ITEM-1',
  name: '居民身份证换领',
  type: 'public-service',
  departmentCode: 'GA',
  departmentName: '公安分局',
  revision: 3,
  updatedAt: '2026-11-30T01:00:00.000Z',
  updatedBy: 'admin',
  latestVersion: 2,
  publishedRevision: 3,
  activeVersion: 2,
  status: 'active',
  ...over,
});

const ITEMS = [
  summary({}),
  summary({
    code: 'ITEM-2',
    name: '建筑工程施工许可证核发',
    type: 'administrative-license',
    departmentCode: null,
    departmentName: '住房和城乡建设局',
    latestVersion: null,
    publishedRevision: null,
    activeVersion: null,
    status: 'draft',
  }),
];

/** Opens an antd Select by its label and picks the option with `text`. */
async function choose(label: string, text: string) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: label }));
  const options = await screen.findAllByText(text, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]);
}

describe('the item list', () => {
  it('lists the items and sends the chosen filters and search to the server', async () => {
    const api = fakeApi({ 'GET /api/items': () => ({ items: ITEMS }) });
    renderDesigner(<ItemsPage />, api);
    expect(await screen.findByRole('link', { name: '居民身份证换领' })).toBeTruthy();
    expect(screen.getByText('生效：第 2 版')).toBeTruthy();
    expect(screen.getByText('未发布')).toBeTruthy();

    await choose('事项类型', '行政许可');
    await waitFor(() => expect(api.calls.at(-1)?.query).toMatchObject({ type: 'administrative-license' }));
    expect(window.location.search).toBe('?type=administrative-license');

    await choose('实施主体', '住房和城乡建设局');
    await waitFor(() =>
      expect(api.calls.at(-1)?.query).toMatchObject({
        type: 'administrative-license',
        department: '住房和城乡建设局',
      }),
    );

    const search = screen.getByRole('searchbox', { name: '搜索' });
    fireEvent.change(search, { target: { value: ' 许可 ' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(api.calls.at(-1)?.query).toMatchObject({ q: '许可' }));
  });

  it('creates a blank item and opens it in the editor', async () => {
    const api = fakeApi({
      'GET /api/items': () => ({ items: ITEMS }),
      'POST /api/items': ({ body }) => ({ code: (body as { code: string }).code, revision: 1 }),
    });
    renderDesigner(<ItemsPage />, api);
    fireEvent.click(await screen.findByRole('button', { name: /新建事项/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('实施编码'), { target: { value: 'NEW-1' } });
    fireEvent.change(within(dialog).getByLabelText('事项名称'), { target: { value: '新事项' } });
    fireEvent.change(within(dialog).getByLabelText('实施主体名称'), { target: { value: '政务服务局' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /创建并编辑/ }));
    await waitFor(() => expect(window.location.pathname).toBe('/designer/items/NEW-1'));
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      code: 'NEW-1',
      name: '新事项',
      type: 'administrative-license',
      department: '政务服务局',
    });
  });

  it('keeps the dialog and says so on the code field when the code is taken', async () => {
    const api = fakeApi({
      'GET /api/items': () => ({ items: ITEMS }),
      'POST /api/items': () => {
        throw problem(409, { code: 'DUPLICATE', detail: 'Item ITEM-1 already exists.', field: 'code' });
      },
    });
    renderDesigner(<ItemsPage />, api);
    fireEvent.click(await screen.findByRole('button', { name: /新建事项/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: '从示例创建' }));
    await choose('示例事项', '居民身份证换领');
    fireEvent.change(within(dialog).getByLabelText('实施编码'), { target: { value: 'ITEM-1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /创建并编辑/ }));
    expect(await within(dialog).findByText('实施编码 ITEM-1 已被其他事项使用，请换一个。')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      fromExample: 'resident-id-card-renewal',
      code: 'ITEM-1',
    });
    expect((within(dialog).getByLabelText('实施编码') as HTMLInputElement).value).toBe('ITEM-1');
    expect(window.location.pathname).toBe('/designer/');
  });

  it('retires the active version with a reason after confirmation, then reloads the list', async () => {
    let retired = false;
    const api = fakeApi({
      'GET /api/items': () => ({
        items: retired ? [summary({ status: 'retired', activeVersion: null })] : ITEMS,
      }),
      'POST /api/items/ITEM-1/versions/2/retire': () => {
        retired = true;
        return { code: 'ITEM-1', version: 2, status: 'retired' };
      },
    });
    renderDesigner(<ItemsPage />, api);
    fireEvent.click(await screen.findByRole('button', { name: '停用 居民身份证换领' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('停用原因（选填）'), { target: { value: '政策调整' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确认停用/ }));
    expect(await screen.findByText('已停用')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: '政策调整' });
    expect(screen.queryByRole('button', { name: '停用 居民身份证换领' })).toBeNull();
  });
});
