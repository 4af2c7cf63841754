import { ValidationError } from '../errors/index.ts';
import type { Actor, RouteContext } from '../http/route.ts';
import type { DiffSide } from './diff-versions.ts';

/** A version number from the path or query: a positive integer, else a 400. */
export function versionParam(value: string | undefined, name = 'version'): number {
  if (value === undefined || !/^[1-9]\d{0,8}$/.test(value)) {
    throw new ValidationError(`${name} must be a version number, e.g. 1.`, {
      status: 400,
      code: 'BAD_VERSION',
    });
  }
  return Number(value);
}

/** A side of a diff: a version number or `draft`. */
export function diffSideParam(value: string | undefined, name: string): DiffSide {
  return value === 'draft' ? 'draft' : versionParam(value, name);
}

/** A single string query parameter (repeated parameters are refused by the query schema). */
export function queryString(ctx: RouteContext<unknown>, name: string): string | undefined {
  const value = ctx.query[name];
  return typeof value === 'string' ? value : undefined;
}

/** The logged-in actor of a route that requires a role (the router guarantees one). */
export function actorOf(ctx: RouteContext<unknown>): Actor {
  if (!ctx.actor) throw new Error('a role-protected route ran without an actor');
  return ctx.actor;
}
