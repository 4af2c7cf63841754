import type { CompiledItem } from '@onewindow/runtime/engine';
import type { ItemTest } from '@onewindow/schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkCalendarState } from '../calendar/use-work-calendar.ts';
import { runTests, type TestRun, type TestsReport } from './run-tests.ts';

/** How long the tests wait after the last edit before they run again. */
const RUN_DELAY_MS = 400;

export interface TestRuns {
  /** The latest run (maybe of an older working copy: see `runOf`), or null before the first. */
  report: TestsReport | null;
  /** True while the working copy has changed since the latest run. */
  stale: boolean;
  /** The latest run of the test at `index`, or undefined when that test changed since (or never ran). */
  runOf(index: number): TestRun | undefined;
  /** Runs every test now. */
  runNow(): void;
}

/**
 * The tests of the working copy, run in the browser: at once when the tab opens (once the calendar
 * has loaded), then again `RUN_DELAY_MS` after the definition stops changing, and on request.
 */
export function useTestRuns(
  compiled: CompiledItem | null,
  tests: readonly ItemTest[],
  calendar: WorkCalendarState,
): TestRuns {
  const [report, setReport] = useState<TestsReport | null>(null);
  const ranOnce = useRef(false);
  const { ready, calendar: workCalendar } = calendar;

  const runNow = useCallback(() => {
    if (compiled && ready) setReport(runTests(compiled, tests, workCalendar));
  }, [compiled, tests, ready, workCalendar]);

  useEffect(() => {
    if (!compiled || !ready) return;
    if (!ranOnce.current) {
      ranOnce.current = true;
      runNow();
      return;
    }
    const timer = setTimeout(runNow, RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [runNow, compiled, ready]);

  const current = report !== null && report.compiled === compiled;
  const runOf = (index: number) =>
    current && report.tests[index] !== undefined && report.tests[index] === tests[index]
      ? report.runs[index]
      : undefined;
  return {
    report,
    stale: compiled !== null && !(current && report.tests === tests),
    runOf,
    runNow,
  };
}
