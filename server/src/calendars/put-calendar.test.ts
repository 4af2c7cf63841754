import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestDeps, type TestDeps } from '../definitions/testing/test-deps.ts';
import { ValidationError } from '../errors/index.ts';
import { putCalendar } from './put-calendar.ts';
import { getWorkCalendar } from './work-calendar.ts';

let deps: TestDeps;
beforeEach(() => {
  deps = makeTestDeps();
});
afterEach(() => deps.dispose());

const admin = { username: 'admin' };
const calendar2027 = {
  year: 2027,
  holidays: [
    { date: '2027-10-01', name: '国庆节' },
    { date: '2027-10-04', name: '国庆节' },
  ],
  workdays: [{ date: '2027-09-26', name: '国庆节调休' }],
};

describe('writing a holiday calendar', () => {
  it('makes the working-day calendar use it at once, with a calendar audit record', async () => {
    expect((await getWorkCalendar(deps)).isWorkday('2027-10-04')).toBe(true);
    await putCalendar(deps, { year: 2027, calendar: calendar2027, actor: admin });
    const calendar = await getWorkCalendar(deps);
    expect(calendar.isWorkday('2027-10-04')).toBe(false);
    expect(calendar.isWorkday('2027-09-26')).toBe(true);
    const [record] = await deps.store.listAudit({ kind: 'calendar' });
    expect(record).toMatchObject({ subject: 'calendar@2027', actor: 'admin' });
  });

  it('refuses a calendar for another year than the path names', async () => {
    await expect(
      putCalendar(deps, { year: 2028, calendar: calendar2027, actor: admin }),
    ).rejects.toMatchObject({
      status: 422,
      code: 'YEAR_MISMATCH',
    });
  });

  it('refuses a make-up workday on a weekday, pointing at it', async () => {
    const bad = { ...calendar2027, workdays: [{ date: '2027-09-27' }] };
    const error = await putCalendar(deps, { year: 2027, calendar: bad, actor: admin }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.extensions.errors).toEqual([expect.objectContaining({ path: '/workdays/0/date' })]);
  });

  it('refuses data that is not shaped like a calendar', async () => {
    const error = await putCalendar(deps, {
      year: 2027,
      calendar: { year: 2027, holidays: [{ date: '27-1-1' }] },
      actor: admin,
    }).catch((e) => e);
    expect(error).toMatchObject({ status: 422, code: 'INVALID_CALENDAR' });
    expect(await deps.store.listCalendars()).toEqual([]);
  });
});
