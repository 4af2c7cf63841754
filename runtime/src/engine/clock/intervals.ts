/** A half-open span [start, end) of epoch days or of epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Sorted, non-overlapping union of the intervals, empty ones dropped: overlapping pauses must remove
 * each unit once, not once per pause.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/**
 * Moves `due` (the last counted unit) later by every unit of the merged intervals that would have been
 * counted: units before `firstCounted` never were, and an interval that begins after the clock ran
 * out no longer moves it — the same outcome as walking the units one by one.
 */
export function extendPastIntervals(firstCounted: number, due: number, merged: readonly Interval[]): number {
  let result = due;
  for (const interval of merged) {
    const start = Math.max(interval.start, firstCounted);
    if (interval.end <= start) continue;
    if (start > result) break;
    result += interval.end - start;
  }
  return result;
}
