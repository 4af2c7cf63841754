import { describe, expect, it } from 'vitest';
import { localDate, localDateTime, startOfLocalDay } from './local-time.ts';

describe('local time', () => {
  it('writes an instant as the centre’s wall clock with its offset', () => {
    expect(localDateTime(new Date('2026-11-30T01:15:42.900Z'), 'Asia/Shanghai')).toBe(
      '2026-11-30T09:15:42+08:00',
    );
    expect(localDate('2026-11-30T17:00:00Z', 'Asia/Shanghai')).toBe('2026-12-01');
    expect(startOfLocalDay('2026-12-01', 'Asia/Shanghai')).toBe('2026-11-30T16:00:00.000Z');
  });

  it('follows daylight saving time where a zone has it', () => {
    expect(localDateTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-07-01T14:00:00+02:00',
    );
    expect(localDateTime(new Date('2026-12-01T12:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-12-01T13:00:00+01:00',
    );
    expect(localDateTime(new Date('2026-11-01T07:30:00Z'), 'America/New_York')).toBe(
      '2026-11-01T02:30:00-05:00',
    );
  });
});
