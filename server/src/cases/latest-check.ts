import { check } from '@onewindow/runtime/engine';
import type { CheckResult } from '@onewindow/schemas';
import type { CaseRecord } from '../storage/port.ts';
import { clockAt } from './case-clocks.ts';
import type { CaseContext } from './case-context.ts';

/**
 * The full result of a case's latest authoritative check, rebuilt by re-running its pinned definition
 * on the stored (pruned) form and materials with the original check date: the engine is a pure function,
 * so this is the result the clerk saw, and `factsHash` equals the one recorded.
 */
export function latestCheck(
  c: CaseRecord,
  ctx: Pick<CaseContext, 'compiled' | 'calendar' | 'now'>,
): CheckResult {
  const checkedOn = c.check.today;
  const today = typeof checkedOn === 'string' ? checkedOn : clockAt(c.receivedAt, ctx.now.timeZone).today;
  return check(
    ctx.compiled,
    { formData: c.formData, materials: c.materials },
    { today, calendar: ctx.calendar },
  );
}
