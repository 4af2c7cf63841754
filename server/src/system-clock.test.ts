import { describe, expect, it } from 'vitest';
import { localDate, systemClock } from './system-clock.ts';

describe('systemClock', () => {
  it("gives the centre's date, turning over at local midnight, not UTC midnight", () => {
    let ms = Date.parse('2026-09-30T15:59:59.000Z'); // 23:59:59 in Shanghai
    const clock = systemClock('Asia/Shanghai', () => ms);
    expect(clock.today()).toBe('2026-09-30');
    ms += 1000; // 00:00:00 on 1 October in Shanghai, still 30 September in UTC
    expect(clock.today()).toBe('2026-10-01');
    expect(clock.now().toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('agrees with localDate across a whole day, minute by minute', () => {
    let ms = Date.parse('2026-03-08T00:00:30.000Z');
    const clock = systemClock('America/New_York', () => ms); // a day with a DST change
    for (let i = 0; i < 24 * 60; i++, ms += 60_000) {
      expect(clock.today()).toBe(localDate(new Date(ms), 'America/New_York'));
    }
  });
});
