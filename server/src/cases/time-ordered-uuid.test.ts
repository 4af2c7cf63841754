import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from './time-ordered-uuid.ts';

describe('timeOrderedUuid', () => {
  it('is a version 7 UUID carrying the milliseconds, random after them', () => {
    const at = Date.UTC(2026, 10, 29, 16, 0, 0, 123);
    const id = timeOrderedUuid(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
    expect(timeOrderedUuid(at)).not.toBe(id);
  });

  it('sorts ids of later milliseconds after earlier ones, as text', () => {
    const ids = [0, 1, 255, 256, 65_536, Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 1].map((ms) =>
      timeOrderedUuid(ms),
    );
    expect([...ids].sort()).toEqual(ids);
  });
});
