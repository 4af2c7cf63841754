import { accountRoutes } from './accounts/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { calendarRoutes } from './calendars/routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { checkRoutes } from './check/routes.ts';
import { definitionRoutes } from './definitions/routes.ts';
import type { AppDeps } from './deps.ts';
import { fileRoutes } from './files/routes.ts';
import { guideRoutes } from './guide/routes.ts';
import type { RouteDef } from './http/route.ts';

/**
 * Every route of the API, in mounting order. Each folder owns its routes (`<folder>/routes.ts`);
 * the role test and the fuzz test walk this list, so a new route is covered the day it is added.
 */
export function allRoutes(deps: AppDeps): RouteDef[] {
  return [
    ...accountRoutes(deps),
    ...authRoutes(deps),
    ...definitionRoutes(deps),
    ...calendarRoutes(deps),
    ...checkRoutes(deps),
    ...guideRoutes(deps),
    ...auditRoutes(deps),
    ...caseRoutes(deps),
    ...fileRoutes(deps),
  ];
}
