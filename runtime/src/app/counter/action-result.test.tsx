// @vitest-environment jsdom
import '../test-setup.ts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseView, DeadlineView } from '../shared/api/api-types.ts';
import { renderWithI18n } from '../shared/testing/render-app.tsx';
import { ActionResult } from './action-result.tsx';

const deadline = (due: string, paused: boolean): DeadlineView => ({
  due,
  remaining: 8,
  light: 'green',
  paused,
});

const caseWith = (status: string, paused: boolean) =>
  ({
    status,
    promisedDue: '2026-12-10',
    statutoryDue: '2026-12-16',
    clocks: {
      acceptanceWindow: null,
      promised: deadline('2026-12-10', paused),
      statutory: deadline('2026-12-16', paused),
      provisional: [],
      overdue: false,
    },
  }) as unknown as CaseView;

describe('the result of a case action', () => {
  it('says what was done, the new status and the new deadlines', () => {
    renderWithI18n(<ActionResult action="extend" view={caseWith('accepted', false)} />);
    expect(screen.getByRole('status').textContent).toBe('已完成：延长期限');
    expect(screen.getByText('状态：已受理')).toBeTruthy();
    expect(screen.getByText('承诺办结期限：2026-12-10；法定办结期限：2026-12-16')).toBeTruthy();
  });

  it('after a suspension says the deadlines wait for the clock to resume instead of showing them as final', () => {
    renderWithI18n(<ActionResult action="suspend" view={caseWith('suspended', true)} />);
    expect(screen.queryByText('承诺办结期限：2026-12-10；法定办结期限：2026-12-16')).toBeNull();
    expect(screen.getByText(/^已暂停计时：恢复计时后，期限按暂停的天数顺延/).textContent).toContain(
      '暂停前承诺办结期限：2026-12-10；法定办结期限：2026-12-16',
    );
  });

  it('in English', () => {
    renderWithI18n(<ActionResult action="extend" view={caseWith('accepted', false)} />, 'en');
    expect(screen.getByText('Status: Accepted')).toBeTruthy();
    expect(screen.getByText('Promised deadline: 2026-12-10; statutory deadline: 2026-12-16')).toBeTruthy();
  });
});
