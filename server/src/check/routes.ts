import type { AppDeps } from '../deps.ts';
import type { RouteDef } from '../http/route.ts';
import { caseInputBodySchema } from './case-input-body.ts';
import { type RunCheckInput, runCheck } from './run-check.ts';

/** Body of `POST /api/check`: the case input plus which item and when. */
export const CHECK_BODY = caseInputBodySchema({ withToday: true });

/** `POST /api/check` — the stateless check (a preview: not stored, not audited). */
export function checkRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/api/check',
      roles: ['clerk', 'admin', 'inspector'],
      summary: 'Check a case against a published version (stateless preview; not audited)',
      tag: 'check',
      bodySchema: CHECK_BODY,
      handler: async ({ body }) => ({ body: await runCheck(deps, body as RunCheckInput) }),
    },
  ];
}
