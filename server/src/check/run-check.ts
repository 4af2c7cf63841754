import { check } from '@onewindow/runtime/engine';
import type { CheckResult } from '@onewindow/schemas';
import { getWorkCalendar } from '../calendars/work-calendar.ts';
import { getCompiledVersion } from '../definitions/compiled-cache.ts';
import { PREVIEW_VERSIONS_MAX_AGE_MS } from '../definitions/published-version.ts';
import type { AppDeps } from '../deps.ts';

export interface RunCheckInput {
  code: string;
  /** A published version (retired ones too: a pinned case can be re-previewed); absent: the active one. */
  version?: number;
  formData: Record<string, unknown>;
  materials?: string[];
  /** The check date, YYYY-MM-DD; the centre's today when absent. */
  today?: string;
}

/**
 * 预审 — the stateless authoritative check: the server's engine judges a case against a published
 * version and answers the CheckResult. Nothing is stored or audited; receipts do that. Which version
 * is active may be read up to {@link PREVIEW_VERSIONS_MAX_AGE_MS} ago (the receipt reads it fresh).
 */
export async function runCheck(deps: AppDeps, input: RunCheckInput): Promise<CheckResult> {
  const { compiled } = await getCompiledVersion(
    deps,
    { code: input.code, version: input.version },
    { maxAgeMs: PREVIEW_VERSIONS_MAX_AGE_MS },
  );
  return check(
    compiled,
    { formData: input.formData, materials: input.materials ?? [] },
    { today: input.today ?? deps.clock.today(), calendar: await getWorkCalendar(deps) },
  );
}
