import type { ServiceItem } from '@onewindow/schemas';
import { LIST_ITEMS_QUERY } from '../definitions/item-schemas.ts';
import { queryString } from '../definitions/route-params.ts';
import type { AppDeps } from '../deps.ts';
import type { RouteDef } from '../http/route.ts';
import { getGuide } from './get-guide.ts';
import { listGuides } from './list-guides.ts';

const { status: _status, ...guideFilters } = (LIST_ITEMS_QUERY as { properties: Record<string, unknown> })
  .properties;

/** `GET /api/public/guides` and `GET /api/public/guides/:code` — the public service guides. */
export function guideRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'GET',
      path: '/api/public/guides',
      roles: 'public',
      summary: 'List the service guides (办事指南) of active items; search by q, department, type',
      tag: 'public',
      querySchema: { type: 'object', additionalProperties: false, properties: guideFilters },
      handler: async (ctx) => ({
        body: {
          guides: await listGuides(deps, {
            q: queryString(ctx, 'q'),
            department: queryString(ctx, 'department'),
            type: queryString(ctx, 'type') as ServiceItem['type'] | undefined,
          }),
        },
      }),
    },
    {
      method: 'GET',
      path: '/api/public/guides/:code',
      roles: 'public',
      summary: 'Get the service guide (办事指南) of an item',
      tag: 'public',
      handler: async ({ params }) => ({ body: await getGuide(deps, params.code) }),
    },
  ];
}
