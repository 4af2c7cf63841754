import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cal2025 from '../../../../examples/calendars/2025.json' with { type: 'json' };
import cal2026 from '../../../../examples/calendars/2026.json' with { type: 'json' };
import { computeDeadline } from './computeDeadline.ts';
import { createWorkCalendar } from './createWorkCalendar.ts';
import { addDays, diffDays, formatDate, parseDate } from './dates.ts';
import { remainingWorkdays } from './remainingWorkdays.ts';
import type { LimitUnit, Pause } from './types.ts';

const calendar = createWorkCalendar([cal2025, cal2026]);

// Acceptance dates from mid-2024 to mid-2027, so runs go in and out of the covered years.
const dateArb = fc.integer({ min: parseDate('2024-06-01'), max: parseDate('2027-06-30') }).map(formatDate);
const amountArb = fc.integer({ min: 0, max: 60 });
const unitArb = fc.constantFrom<LimitUnit>('workday', 'day');
/** A pause starting 0–40 days after acceptance and lasting 0–20 days. */
const pauseArb = (accepted: string) =>
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 })).map(
    ([offset, length]): Pause => ({
      from: addDays(accepted, offset),
      to: addDays(accepted, offset + length),
    }),
  );
const caseArb = dateArb.chain((accepted) =>
  fc.record({
    accepted: fc.constant(accepted),
    amount: amountArb,
    unit: unitArb,
    pauses: fc.array(pauseArb(accepted), { maxLength: 3 }),
  }),
);

const due = (c: { accepted: string; amount: number; unit: LimitUnit; pauses: Pause[] }) =>
  computeDeadline({
    accepted: c.accepted,
    limit: { amount: c.amount, unit: c.unit },
    pauses: c.pauses,
    calendar,
  }).due;

/** Day-by-day reference for the working-day rule, with no interval merging. */
function referenceWorkdayDue(accepted: string, amount: number, pauses: Pause[]): string {
  const isPaused = (d: string) => pauses.some((p) => p.from < d && p.to !== null && d <= p.to);
  let day = accepted;
  for (let counted = 0; counted < amount; ) {
    day = addDays(day, 1);
    if (!isPaused(day) && calendar.isWorkday(day)) counted++;
  }
  return day;
}

describe('clock properties', () => {
  it('a working-day deadline of at least one day is always a working day, pauses or not', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(c.amount > 0);
        expect(calendar.isWorkday(due({ ...c, unit: 'workday' }))).toBe(true);
        expect(calendar.isWorkday(due({ ...c, unit: 'day' }))).toBe(true);
      }),
    );
  });

  it('agrees with a day-by-day count that removes every paused day once', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(due({ ...c, unit: 'workday' })).toBe(referenceWorkdayDue(c.accepted, c.amount, c.pauses));
      }),
    );
  });

  it('more amount never gives an earlier deadline', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 30 }), (c, more) => {
        expect(due({ ...c, amount: c.amount + more }) >= due(c)).toBe(true);
      }),
    );
  });

  it('a pause never makes the deadline earlier', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(due(c) >= due({ ...c, pauses: [] })).toBe(true);
      }),
    );
  });

  it('remaining working days decrease by at most 1 per calendar day, and never increase', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -30, max: 90 }), (deadline, offset) => {
        const today = addDays(deadline, -offset);
        const step =
          remainingWorkdays(deadline, today, calendar) -
          remainingWorkdays(deadline, addDays(today, 1), calendar);
        expect([0, 1]).toContain(step);
      }),
    );
  });

  it('while a pause stays open, the remaining working days stay the same from day to day', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 5, max: 40 }),
        fc.integer({ min: 0, max: 4 }),
        (accepted, amount, start) => {
          const from = addDays(accepted, start);
          const remainingOn = (today: string) => {
            const { due: d, paused } = computeDeadline({
              accepted,
              limit: { amount, unit: 'workday' },
              pauses: [{ from, to: null }],
              today,
              calendar,
            });
            expect(paused).toBe(true);
            return remainingWorkdays(d, today, calendar);
          };
          const first = remainingOn(from);
          for (let waited = 1; waited <= 20; waited++) expect(remainingOn(addDays(from, waited))).toBe(first);
          expect(diffDays(from, accepted)).toBe(start);
        },
      ),
    );
  });
});
