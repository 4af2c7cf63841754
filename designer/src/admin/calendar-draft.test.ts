import { describe, expect, it } from 'vitest';
import { calendarOf, draftOf, draftProblems, sortedDraft } from './calendar-draft.ts';

const calendar = {
  year: 2026,
  source: '国务院通知',
  holidays: [
    { date: '2026-10-02', name: '国庆节' },
    { date: '2026-10-01', name: '国庆节' },
  ],
  workdays: [{ date: '2026-10-10', name: '国庆调休' }],
};

describe('the calendar draft', () => {
  it('round-trips a calendar and sorts each list by date', () => {
    expect(calendarOf(draftOf(calendar))).toEqual(calendar);
    expect(calendarOf(sortedDraft(draftOf(calendar))).holidays.map((d) => d.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
    ]);
  });

  it('finds what the server would refuse, by pointer', () => {
    const draft = draftOf({
      year: 2026,
      holidays: [
        { date: '2026-10-01' },
        { date: '2026-10-01' },
        { date: '2025-12-31' },
        { date: '2026-10-04' },
      ],
      // A Friday, and a Sunday that is a holiday.
      workdays: [{ date: '2026-10-09' }, { date: '2026-10-04' }],
    });
    draft.workdays.push({ key: -1, date: '', name: '' });
    const problems = Object.fromEntries(draftProblems(draft));
    expect(problems).toEqual({
      '/holidays/1/date': { code: 'duplicate', row: 1 },
      '/holidays/2/date': { code: 'outside-year' },
      '/workdays/0/date': { code: 'workday-not-weekend' },
      '/workdays/1/date': { code: 'both-holiday-and-workday' },
      '/workdays/2/date': { code: 'required' },
    });
  });
});
