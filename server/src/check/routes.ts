import { schemas } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import type { RouteDef } from '../http/route.ts';
import { type RunCheckInput, runCheck } from './run-check.ts';

const caseInput = schemas['case-input.schema.json'].properties;

/** Body of `POST /api/check`: the case input of case-input.schema.json plus which item and when. */
export const CHECK_BODY: Record<string, unknown> = {
  type: 'object',
  required: ['code', 'formData'],
  additionalProperties: false,
  properties: {
    code: schemas['service-item.schema.json'].properties.code,
    version: { type: 'integer', minimum: 1 },
    formData: { type: 'object' },
    materials: {
      type: 'array',
      uniqueItems: true,
      maxItems: caseInput.materials.maxItems,
      items: caseInput.materials.items,
    },
    today: { type: 'string', format: 'date' },
  },
};

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
