import { schemas } from '@onewindow/schemas';
import { SESSION_COOKIE } from '../auth/session-cookie.ts';
import type { RouteDef } from '../http/route.ts';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = Record<string, unknown> & { openapi: '3.1.0'; paths: Record<string, unknown> };

/** `/api/items/:code/versions/:version` → `/api/items/{code}/versions/{version}`, and its parameter names. */
export function openApiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const converted = path.replace(/[:*]([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path: converted, params };
}

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri-reference' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function queryParameters(schema: Record<string, unknown> | undefined): unknown[] {
  if (!schema) return [];
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: property,
  }));
}

/** A raw body (a file) in any of its media types: bytes, as OpenAPI 3.1 describes them. */
function rawContent(mediaTypes: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
  );
}

function operationOf(route: RouteDef, params: string[]): Record<string, unknown> {
  const isPublic = route.roles === 'public';
  const roles = isPublic ? 'public' : (route.roles as readonly string[]).join(', ');
  const responses: Record<string, unknown> = {
    '2XX': {
      description: 'Success',
      ...(route.responseSchema ? { content: { 'application/json': { schema: route.responseSchema } } } : {}),
    },
    '400': problem('The request is malformed or does not match its schema'),
  };
  if (!isPublic) {
    responses['401'] = problem('Not logged in');
    responses['403'] = problem(`Logged in with a role other than: ${roles}`);
  }
  if (route.rawBody) {
    responses['413'] = problem('The file is larger than the server or the material allows');
    responses['415'] = problem(
      "The file's content is not an accepted type (its name and declared type never decide)",
    );
  } else if (route.bodySchema || ['POST', 'PUT', 'PATCH'].includes(route.method)) {
    responses['413'] = problem('The body is larger than the limit');
    responses['415'] = problem('The body is not JSON');
  }
  responses.default = problem('Any other problem (404, 409, 422, 429, 5xx)');
  return {
    operationId: `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ?? '').toUpperCase())}`,
    summary: route.summary,
    description: isPublic ? 'Public: no login needed.' : `Roles: ${roles}.`,
    tags: [route.tag],
    'x-roles': route.roles,
    security: isPublic ? [] : [{ session: [] }],
    parameters: [
      ...params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...queryParameters(route.querySchema),
    ],
    ...(route.bodySchema
      ? { requestBody: { required: true, content: { 'application/json': { schema: route.bodySchema } } } }
      : {}),
    ...(route.rawBody
      ? { requestBody: { required: true, content: rawContent(route.rawBody.mediaTypes) } }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of a route list, generated from each RouteDef: its body, query and
 * answer schemas as they are (3.1 is JSON Schema; the definition language's schemas sit in
 * `components.schemas` with their `$id`s, which is what their `$ref`s resolve against), its roles
 * in `x-roles` and the description, and the problem answers every route can give.
 */
export function buildOpenApi(routes: readonly RouteDef[], version = '0.1.0'): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { path, params } = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operationOf(route, params);
  }
  const tags = [...new Set(routes.map((route) => route.tag))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'OneWindow (一窗通) API',
      version,
      description:
        'Errors are RFC 9457 problem documents. Log in with POST /api/auth/login; the session travels in the ' +
        `${SESSION_COOKIE} cookie. Request bodies are JSON, except a file upload, which is the file itself.`,
    },
    tags,
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      schemas: { Problem: PROBLEM_SCHEMA, ...schemas },
    },
  };
}
