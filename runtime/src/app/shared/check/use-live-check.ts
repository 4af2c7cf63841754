import type { CaseInput, CheckResult } from '@onewindow/schemas';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { type CompiledItem, check } from '../../../engine/index.ts';
import { keepUnchanged } from './keep-unchanged.ts';

export interface LiveCheck {
  /** The latest result; null until the first check ran. */
  result: CheckResult | null;
  /**
   * Asks for a check of this input. While checks are cheap it runs at once, so the panel shows the
   * result in the same frame as the keystroke; otherwise once the keystroke is painted, coalescing
   * the changes made meanwhile.
   */
  schedule(input: CaseInput): void;
  /** Checks this input now (e.g. before submitting) and returns the result. */
  runNow(input: CaseInput): CheckResult | null;
}

/**
 * A check that took at most this long runs in the keystroke's own update next time: the engine checks
 * a 200-field, 25-rule item in about a millisecond, far less than a frame, and waiting a frame to
 * show the result would cost more than the check. A heavier item gets the deferred path.
 */
const SYNC_CHECK_BUDGET_MS = 8;
const COST_SAMPLES = 5;

/** Runs `task` right after the next frame is painted (or after `delayMs` when one is given). */
function afterPaint(task: () => void, delayMs: number): void {
  if (delayMs > 0 || typeof requestAnimationFrame !== 'function') {
    setTimeout(task, delayMs);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * The check recomputed in the browser with the runtime engine as the case changes. A cheap check
 * (see `SYNC_CHECK_BUDGET_MS`) runs as the change is reported and its result is an urgent update, so
 * the form and the panel are painted together. A slow one (or the first, whose cost is not known yet)
 * waits for the keystroke to be painted, runs once on the latest input (changes made meanwhile are
 * coalesced) and sets its result in a transition, so typing never waits for the panel. `delayMs` > 0
 * always waits that long instead.
 */
export function useLiveCheck(compiled: CompiledItem | null, today: string, delayMs = 0): LiveCheck {
  const [result, setResult] = useState<CheckResult | null>(null);
  const last = useRef<CheckResult | null>(null);
  const latest = useRef<CaseInput | null>(null);
  const checked = useRef<CaseInput | null>(null);
  // What the recent checks of this item took (the least of them, so that one check the machine
  // preempted does not count); another item's cost says nothing about this one.
  const cost = useRef<{ of: CompiledItem; ms: number[] } | null>(null);
  const scheduled = useRef(false);
  const alive = useRef(true);

  const run = useCallback(
    (input: CaseInput, urgent: boolean) => {
      latest.current = input;
      if (!compiled) return null;
      let next: CheckResult;
      const started = performance.now();
      try {
        // The parts equal to the last result stay the same objects, so the panel renders what changed.
        next = keepUnchanged(last.current, check(compiled, input, { today })) as CheckResult;
      } catch (error) {
        // Only a programming error gets here (a bad `today`); a bad case is always a result.
        console.error('check failed', error);
        return null;
      }
      const took = performance.now() - started;
      const recent = cost.current?.of === compiled ? cost.current.ms.slice(-(COST_SAMPLES - 1)) : [];
      cost.current = { of: compiled, ms: [...recent, took] };
      checked.current = input;
      last.current = next;
      if (urgent) setResult(next);
      else startTransition(() => setResult(next));
      return next;
    },
    [compiled, today],
  );

  const runNow = useCallback((input: CaseInput) => run(input, false), [run]);

  const schedule = useCallback(
    (input: CaseInput) => {
      latest.current = input;
      const known = cost.current;
      if (delayMs === 0 && known?.of === compiled && Math.min(...known.ms) <= SYNC_CHECK_BUDGET_MS) {
        run(input, true);
        return;
      }
      if (scheduled.current) return;
      scheduled.current = true;
      afterPaint(() => {
        scheduled.current = false;
        const input = latest.current;
        if (alive.current && input && input !== checked.current) run(input, false);
      }, delayMs);
    },
    [run, compiled, delayMs],
  );

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  return { result, schedule, runNow };
}
