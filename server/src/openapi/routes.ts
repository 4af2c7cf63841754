import type { RouteDef } from '../http/route.ts';
import { buildOpenApi, type OpenApiDocument } from './build-openapi.ts';
import { docsPage } from './docs-page.ts';

/**
 * `GET /api/openapi.json` and `GET /api/docs`, describing `listed()` — the app's whole route list,
 * these two included — built on first request and kept.
 */
export function openapiRoutes(listed: () => readonly RouteDef[]): RouteDef[] {
  let document: OpenApiDocument | undefined;
  let page: string | undefined;
  return [
    {
      method: 'GET',
      path: '/api/openapi.json',
      roles: 'public',
      summary: 'This API as an OpenAPI 3.1 document',
      tag: 'docs',
      async handler() {
        document ??= buildOpenApi(listed());
        return { body: document };
      },
    },
    {
      method: 'GET',
      path: '/api/docs',
      roles: 'public',
      summary: 'This API as a readable page',
      tag: 'docs',
      async handler() {
        page ??= docsPage(listed());
        return { body: page, contentType: 'text/html' };
      },
    },
  ];
}
