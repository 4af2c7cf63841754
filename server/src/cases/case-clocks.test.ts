import { readFileSync } from 'node:fs';
import { createWorkCalendar, type HolidayCalendarData } from '@onewindow/runtime/engine';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../storage/port.ts';
import {
  acceptanceWindowDue,
  type ClockedCase,
  type ClockNow,
  caseClocks,
  caseDeadlines,
  clockAt,
} from './case-clocks.ts';
import type { ItemTiming } from './item-timing.ts';

const calendar = createWorkCalendar(
  ['2025', '2026'].map(
    (y) =>
      JSON.parse(
        readFileSync(new URL(`../../../examples/calendars/${y}.json`, import.meta.url), 'utf8'),
      ) as HolidayCalendarData,
  ),
);
const timing = (over: Partial<ItemTiming> = {}): ItemTiming => ({
  promised: { amount: 5, unit: 'workday' },
  statutory: { amount: 20, unit: 'workday' },
  acceptanceWindow: { amount: 5, unit: 'day' },
  yellowAt: 1,
  usesHours: false,
  ...over,
});
const on = (today: string): ClockNow => ({ ...clockAt(`${today}T01:00:00Z`, 'Asia/Shanghai'), today });
const accepted = (acceptedAt: string, over: Partial<ClockedCase> = {}): ClockedCase => ({
  status: 'in-review',
  acceptedAt,
  pauses: [],
  extensions: [],
  concludedAt: null,
  receivedAt: `${acceptedAt}T01:00:00.000Z`,
  check: { outcome: 'accept', factsHash: 'f', today: acceptedAt },
  ...over,
});

describe('case clocks', () => {
  it('follows the worked examples of DOMAIN.md', () => {
    expect(caseDeadlines(accepted('2026-09-30'), timing(), calendar, on('2026-09-30'))!.promised.due).toBe(
      '2026-10-13',
    );
    expect(caseDeadlines(accepted('2026-06-15'), timing(), calendar, on('2026-06-15'))!.promised.due).toBe(
      '2026-06-23',
    );
    expect(caseClocks(accepted('2026-06-15'), timing(), calendar, on('2026-06-22')).promised?.light).toBe(
      'yellow',
    );
    expect(caseClocks(accepted('2026-06-15'), timing(), calendar, on('2026-06-24')).promised?.light).toBe(
      'red',
    );
    const natural = timing({ promised: { amount: 7, unit: 'day' } });
    expect(caseDeadlines(accepted('2026-09-24'), natural, calendar, on('2026-09-24'))!.promised.due).toBe(
      '2026-10-08',
    );
  });

  it('adds every extension to both limits, each in its own unit', () => {
    const ext = accepted('2026-06-15', { extensions: [{ amount: 2, approver: 'a', reason: 'r', at: 'x' }] });
    const mixed = timing({ statutory: { amount: 60, unit: 'day' } });
    const d = caseDeadlines(ext, mixed, calendar, on('2026-06-15'))!;
    expect(d.promised.due).toBe('2026-06-25');
    expect(d.statutory.due).toBe('2026-08-17');
  });

  it('freezes the remaining working days of a suspended case and shows no light', () => {
    const paused = accepted('2026-06-15', {
      status: 'suspended',
      pauses: [{ from: '2026-06-16', to: null, kind: 'hearing' }],
    });
    const first = caseClocks(paused, timing(), calendar, on('2026-06-16')).promised!;
    const later = caseClocks(paused, timing(), calendar, on('2026-06-30')).promised!;
    expect(first).toMatchObject({ paused: true, light: null });
    expect(later.remaining).toBe(first.remaining);
  });

  it('reports an overdue conclusion and no light once concluded', () => {
    const late = accepted('2026-06-15', { status: 'approved', concludedAt: '2026-06-24T02:00:00.000Z' });
    const clocks = caseClocks(late, timing(), calendar, on('2026-07-01'));
    expect(clocks).toMatchObject({
      overdue: true,
      promised: { due: '2026-06-23', light: null, remaining: null },
    });
  });

  it('ends a natural-day acceptance window on a day off on the next working day', () => {
    const received: Pick<CaseRecord, 'check' | 'receivedAt'> = {
      receivedAt: '2026-11-30T01:00:00.000Z',
      check: { outcome: 'accept', factsHash: 'f', today: '2026-11-30' },
    };
    expect(acceptanceWindowDue(received, timing(), calendar, on('2026-11-30'))).toBe('2026-12-07');
  });
});
