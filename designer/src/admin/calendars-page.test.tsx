// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import type { ProblemDocument } from '@onewindow/runtime/app';
import type { HolidayCalendar } from '@onewindow/schemas';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '../items/testing/fake-api.ts';
import { renderDesigner } from '../items/testing/render-designer.tsx';
import { CalendarsPage } from './calendars-page.tsx';

const CAL_2026: HolidayCalendar = {
  year: 2026,
  source: '国务院办公厅通知',
  holidays: [
    { date: '2026-10-02', name: '国庆节' },
    { date: '2026-10-01', name: '国庆节' },
    { date: '2026-06-19', name: '端午' },
  ],
  workdays: [{ date: '2026-10-10', name: '国庆调休' }],
};

describe('the holiday calendars', () => {
  it('edits a year and saves it sorted by date', async () => {
    const api = fakeApi({
      'GET /api/calendars': () => ({ calendars: [CAL_2026] }),
      'PUT /api/calendars/2026': ({ body }) => body,
    });
    renderDesigner(<CalendarsPage />, api, '/calendars?year=2026');
    expect(await screen.findByRole('heading', { name: '2026 年节假日安排' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('节假日 3 名称'), { target: { value: '端午节' } });
    fireEvent.click(screen.getByRole('button', { name: '删除 节假日 1' }));
    fireEvent.click(screen.getByRole('button', { name: /保存 2026 年安排/ }));
    expect(await screen.findByText('2026 年节假日安排已保存。')).toBeTruthy();
    const put = api.calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      year: 2026,
      source: '国务院办公厅通知',
      holidays: [
        { date: '2026-06-19', name: '端午节' },
        { date: '2026-10-01', name: '国庆节' },
      ],
      workdays: [{ date: '2026-10-10', name: '国庆调休' }],
    });
  });

  it('blocks saving a make-up workday on a weekday, and shows the server’s refusal at the date it names', async () => {
    const refuse = true;
    const api = fakeApi({
      'GET /api/calendars': () => ({
        calendars: [{ ...CAL_2026, workdays: [{ date: '2026-10-09', name: '调休' }] }],
      }),
      'PUT /api/calendars/2026': () => {
        if (refuse) {
          // The calendar check names where each problem is by `path`, as the body schema does.
          const refusal = {
            code: 'INVALID_CALENDAR',
            detail: 'The holiday calendar is not valid.',
            errors: [{ path: '/holidays/0/date', message: '2026-06-19 is not allowed today' }],
          };
          throw problem(422, refusal as unknown as ProblemDocument);
        }
        return CAL_2026;
      },
    });
    renderDesigner(<CalendarsPage />, api, '/calendars?year=2026');
    expect(await screen.findByText('调休上班日应为周六或周日')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('调休上班日 1 名称'), { target: { value: '国庆调休' } });
    fireEvent.click(screen.getByRole('button', { name: /保存 2026 年安排/ }));
    expect(await screen.findByText('请先改正标红的 1 处问题。')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: '删除 调休上班日 1' }));
    fireEvent.click(screen.getByRole('button', { name: /保存 2026 年安排/ }));
    expect(await screen.findByText('2026-06-19 is not allowed today')).toBeTruthy();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContainEqual(
      expect.stringContaining('保存失败'),
    );
    // Nothing typed is lost: the rows are still there, now in date order.
    expect((screen.getByLabelText('节假日 1 名称') as HTMLInputElement).value).toBe('端午');
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
  });
});
