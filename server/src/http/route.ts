import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

/** 角色 — who may call a route. `public` routes need no login (service guides, progress queries). */
export type Role = 'admin' | 'clerk' | 'inspector';

/** The logged-in account a request acts for. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/** What a route handler receives: parsed and validated input, never express objects. */
export interface RouteContext<Body = unknown> {
  actor: Actor | null;
  /** The request body, already parsed and validated against `bodySchema` (undefined without one). */
  body: Body;
  params: Record<string, string>;
  query: Record<string, string | string[] | undefined>;
  headers: IncomingHttpHeaders;
  requestId: string;
  ip: string;
  /** The unread request body, for a route that declares `rawBody` (a file upload); undefined otherwise. */
  stream?: Readable;
}

/** What a handler answers; the router writes it. Errors are thrown as `AppError`s, never returned. */
export interface RouteResult {
  status?: number;
  /** JSON, or text for a text content type; a `Uint8Array` is written as it is (a file download). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to application/json; `text/html` for printable notices and the docs page. */
  contentType?: string;
  /** Set-Cookie values, e.g. the session cookie on login. */
  cookies?: string[];
}

/**
 * One API route. Every route declares its roles (STYLE.md #7: thin routes — parse, call a use case,
 * answer) and the JSON Schemas of its input, from which validation and the OpenAPI document come.
 */
export interface RouteDef<Body = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express path syntax, e.g. `/api/items/:code/draft`. */
  path: string;
  roles: readonly Role[] | 'public';
  /** One line for the OpenAPI document, e.g. "Save the draft of an item". */
  summary: string;
  tag: string;
  bodySchema?: Record<string, unknown>;
  querySchema?: Record<string, unknown>;
  /** Documentation only: the success answer's schema. */
  responseSchema?: Record<string, unknown>;
  /** Bytes a body may have on this route; the configured `bodyLimit` when absent. */
  bodyLimit?: number;
  /**
   * The route reads its body itself from `ctx.stream`, in one of these media types (a file upload):
   * the router neither reads nor parses it, `bodySchema` and `bodyLimit` do not apply, and the handler
   * enforces its own limit. The types are for the OpenAPI document.
   */
  rawBody?: { mediaTypes: readonly string[] };
  /**
   * Declared as a method so that a `RouteDef<SaveDraftBody>` is also a `RouteDef` (method parameters
   * are bivariant): route lists are `RouteDef[]`, each handler keeps its own body type.
   */
  handler(ctx: RouteContext<Body>): Promise<RouteResult>;
}
