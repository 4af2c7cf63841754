import { ClockError } from './errors.ts';
import type { TrafficLight } from './types.ts';

/**
 * 红黄绿灯 — green while more than `yellowAt` (default 1, the 预警阈值) working days remain, yellow from
 * `yellowAt` down to 0, red once past the deadline (remaining < 0).
 */
export function trafficLight(remaining: number, opts: { yellowAt?: number } = {}): TrafficLight {
  const yellowAt = opts.yellowAt ?? 1;
  if (!Number.isInteger(yellowAt) || yellowAt < 0) {
    throw new ClockError('INVALID_DURATION', `yellowAt must be a non-negative integer: ${yellowAt}`);
  }
  if (remaining < 0) return 'red';
  return remaining <= yellowAt ? 'yellow' : 'green';
}
