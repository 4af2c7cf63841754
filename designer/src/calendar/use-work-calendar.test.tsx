// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { ApiError, ApiProvider } from '@onewindow/runtime/app';
import { renderWithI18n } from '@onewindow/runtime/app/testing';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../save/testing/fake-api.ts';
import { calendarsAnswer } from '../save/testing/render-editor.tsx';
import { type CalendarFailurePolicy, useWorkCalendar, type WorkCalendarState } from './use-work-calendar.ts';

/** Records every state the hook gives under `policy`. */
function Probe({ policy, seen }: { policy: CalendarFailurePolicy; seen: WorkCalendarState[] }) {
  seen.push(useWorkCalendar(policy));
  return null;
}

function renderHook(policy: CalendarFailurePolicy, answer: unknown) {
  const seen: WorkCalendarState[] = [];
  renderWithI18n(
    <ApiProvider client={fakeApi({ 'GET /api/calendars': answer })}>
      <Probe policy={policy} seen={seen} />
    </ApiProvider>,
  );
  return seen;
}

const serverDown = () => {
  throw new ApiError(503, { title: 'Service Unavailable', detail: '日历服务暂不可用' });
};
// 2026-10-01 is a national holiday in examples/calendars/2026.json.
const NATIONAL_DAY = '2026-10-01';

describe('useWorkCalendar', () => {
  it.each(['weekdays', 'block'] as const)(
    'under %s: not ready while loading, then the centre calendar',
    async (policy) => {
      const seen = renderHook(policy, calendarsAnswer());
      expect(seen[0]).toEqual({ calendar: undefined, ready: false, problem: null });
      await waitFor(() => expect(seen.at(-1)?.ready).toBe(true));
      const { calendar, problem } = seen.at(-1)!;
      expect(problem).toBeNull();
      expect(calendar?.isWorkday(NATIONAL_DAY)).toBe(false);
    },
  );

  it('when the calendars cannot be loaded, the tests run on Monday to Friday and say why', async () => {
    const seen = renderHook('weekdays', serverDown);
    await waitFor(() => expect(seen.at(-1)?.problem).not.toBeNull());
    expect(seen.at(-1)).toMatchObject({ calendar: undefined, ready: true });
    expect(seen.at(-1)?.problem).toContain('日历服务暂不可用');
  });

  it('when the calendars cannot be loaded, publishing checks run nothing and say why', async () => {
    const seen = renderHook('block', serverDown);
    await waitFor(() => expect(seen.at(-1)?.problem).not.toBeNull());
    expect(seen.at(-1)).toMatchObject({ calendar: undefined, ready: false });
    expect(seen.every((s) => !s.ready)).toBe(true);
  });

  it.each([
    ['weekdays', true],
    ['block', false],
  ] as const)('a calendar the engine refuses counts as a failure (%s: ready %s)', async (policy, ready) => {
    const broken = {
      calendars: [{ year: 2026, holidays: [{ date: '2025-13-40', name: '?' }], workdays: [] }],
    };
    const seen = renderHook(policy, broken);
    await waitFor(() => expect(seen.at(-1)?.problem).not.toBeNull());
    expect(seen.at(-1)).toMatchObject({ calendar: undefined, ready });
  });
});
