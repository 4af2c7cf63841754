import type { CaseInput, CheckResult } from '@onewindow/schemas';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { type CompiledItem, check } from '../../../engine/index.ts';

export interface LiveCheck {
  /** The latest result; null until the first check ran. */
  result: CheckResult | null;
  /** Asks for a check of this input: runs once the keystroke is painted, coalescing the changes made meanwhile. */
  schedule(input: CaseInput): void;
  /** Checks this input now (e.g. before submitting) and returns the result. */
  runNow(input: CaseInput): CheckResult | null;
}

/** Runs `task` right after the next frame is painted (or after `delayMs` when one is given). */
function afterPaint(task: () => void, delayMs: number): void {
  if (delayMs > 0 || typeof requestAnimationFrame !== 'function') {
    setTimeout(task, delayMs);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * The check recomputed in the browser with the runtime engine as the case changes. Debounced
 * lightly: the keystroke is painted first, then one check runs on the latest input (changes made
 * meanwhile are coalesced), and its result is set in a transition, so typing never waits for the
 * panel. `delayMs` > 0 waits that long instead of one frame.
 */
export function useLiveCheck(compiled: CompiledItem | null, today: string, delayMs = 0): LiveCheck {
  const [result, setResult] = useState<CheckResult | null>(null);
  const latest = useRef<CaseInput | null>(null);
  const scheduled = useRef(false);
  const alive = useRef(true);

  const runNow = useCallback(
    (input: CaseInput) => {
      latest.current = input;
      if (!compiled) return null;
      let next: CheckResult;
      try {
        next = check(compiled, input, { today });
      } catch (error) {
        // Only a programming error gets here (a bad `today`); a bad case is always a result.
        console.error('check failed', error);
        return null;
      }
      startTransition(() => setResult(next));
      return next;
    },
    [compiled, today],
  );

  const schedule = useCallback(
    (input: CaseInput) => {
      latest.current = input;
      if (scheduled.current) return;
      scheduled.current = true;
      afterPaint(() => {
        scheduled.current = false;
        if (alive.current && latest.current) runNow(latest.current);
      }, delayMs);
    },
    [runNow, delayMs],
  );

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  return { result, schedule, runNow };
}
