// @vitest-environment jsdom
import '../test-setup.ts';
import type { Locale } from '@onewindow/schemas';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../shared/api/api-client.ts';
import { ApiProvider } from '../shared/api/api-context.tsx';
import type { CaseDetail } from '../shared/api/api-types.ts';
import { RouterProvider } from '../shared/router/router.tsx';
import { exampleItem } from '../shared/testing/example-item.ts';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { NoticePage } from './notice-page.tsx';

/**
 * 建筑工程施工许可证核发 with an English label on 统一社会信用代码 (as the designer stores it) and
 * none on 工程地点 (its `ui:en` taken out of this copy).
 */
const item = exampleItem('construction-permit');
const ui = item.form.uiSchema as Record<string, Record<string, Record<string, unknown>>>;
ui.builder.uscc = { ...ui.builder.uscc, 'ui:en': { title: 'Unified social credit code' } };
const { 'ui:en': _, ...locationWithoutEnglish } = ui.project.location;
ui.project.location = locationWithoutEnglish;

const ref = { code: item.code, version: 1, hash: 'h1' };

/** A case under a one-time supplement notice: a missing material and two form errors. */
const detail = {
  case: {
    id: 'c1',
    caseNumber: '2026113000002',
    definition: ref,
    itemName: '建筑工程施工许可证核发',
    status: 'supplement-requested',
    applicantName: '深圳市南山某某置业有限公司',
    receivedAt: '2026-11-30T01:00:00.000Z',
    acceptedAt: null,
    promisedDue: null,
    statutoryDue: null,
  },
  timeline: [
    { seq: 1, type: 'receive', at: '2026-11-30T01:00:00.000Z', actor: 'clerk', data: {} },
    {
      seq: 2,
      type: 'request-supplement',
      at: '2026-11-30T01:05:00.000Z',
      actor: 'clerk',
      actorName: '李明',
      data: {
        notice: {
          missingMaterials: [
            {
              code: 'planning_permit',
              name: { 'zh-CN': '建设工程规划许可证', en: 'Planning permit' },
              reason: { 'zh-CN': '必须提交', en: 'Required' },
            },
          ],
          formErrors: [
            {
              path: '/builder/uscc',
              message: { 'zh-CN': '请输入正确的 18 位统一社会信用代码', en: 'Enter a valid code' },
            },
            { path: '/project/location', message: { 'zh-CN': '此项为必填项', en: 'This field is required' } },
          ],
          deferredMaterials: [],
        },
      },
    },
  ],
  definition: ref,
  check: { rejections: [] },
} as unknown as CaseDetail;

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

function renderNotice(locale: Locale) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input);
    if (path === '/api/cases/c1') return json(detail);
    if (path === `/api/items/${item.code}/versions/1`) {
      return json({ code: item.code, version: 1, hash: 'h1', definition: item, status: 'active' });
    }
    return new Response(JSON.stringify({ status: 404, title: 'Not found' }), { status: 404 });
  });
  renderWithI18n(
    <RouterProvider>
      <ApiProvider client={createApiClient({ fetch })}>
        <NoticePage id="c1" />
      </ApiProvider>
    </RouterProvider>,
    locale,
  );
}

const itemsOf = async (heading: string) => {
  const list = (await screen.findByRole('heading', { name: heading })).nextElementSibling as HTMLElement;
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};

describe('the one-time supplement notice', () => {
  it('lists every missing material and every form entry to correct, named as the form names them', async () => {
    renderNotice('zh-CN');
    expect(await screen.findByRole('heading', { name: '一次性告知书', level: 1 })).toBeTruthy();
    expect(await itemsOf('需补交的材料')).toEqual(['建设工程规划许可证（必须提交）']);
    expect(await itemsOf('需更正的申请表内容')).toEqual([
      '统一社会信用代码：请输入正确的 18 位统一社会信用代码',
      '工程地点：此项为必填项',
    ]);
    // Signed by the clerk's name, not the login name.
    expect(screen.getByText('经办人：李明')).toBeTruthy();
    expect(screen.queryByText(/clerk/)).toBeNull();
  });

  it('in English names the fields by their English labels, with English punctuation', async () => {
    renderNotice('en');
    expect(
      await screen.findByRole('heading', { name: 'One-time notice of required supplements', level: 1 }),
    ).toBeTruthy();
    expect(await itemsOf('Materials to supply')).toEqual(['Planning permit (Required)']);
    // A field without an English label keeps the label the form shows (工程地点).
    expect(await itemsOf('Form entries to correct')).toEqual([
      'Unified social credit code: Enter a valid code',
      '工程地点: This field is required',
    ]);
    expect(screen.getByText('Handled by: 李明')).toBeTruthy();
  });
});
