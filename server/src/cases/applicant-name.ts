import type { CompiledItem } from '@onewindow/runtime/engine';
import type { JsonObject, JsonValue } from '../storage/port.ts';

interface SchemaNode {
  type?: unknown;
  title?: unknown;
  properties?: Record<string, SchemaNode>;
}

const MAX_NAME = 100;

function isNameField(key: string, node: SchemaNode): boolean {
  if (node.type !== undefined && node.type !== 'string') return false;
  return key === 'name' || (typeof node.title === 'string' && node.title.includes('姓名'));
}

/** JSON-pointer segments of the first name-like field, depth-first in declaration order. */
function findNamePath(node: SchemaNode, path: string[], seen: Set<SchemaNode>): string[] | null {
  if (seen.has(node) || !node.properties) return null;
  seen.add(node);
  for (const [key, child] of Object.entries(node.properties)) {
    if (child && typeof child === 'object') {
      if (isNameField(key, child)) return [...path, key];
      const deeper = findNamePath(child, [...path, key], seen);
      if (deeper) return deeper;
    }
  }
  return null;
}

function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Per compiled definition (immutable), so per process and never stale. */
const pathCache = new WeakMap<CompiledItem, string[] | null>();

/**
 * 申请人姓名 for the clerk's search (never shown publicly). Definitions name no such field, so it is
 * read from the form by convention: the first string field, depth-first in the form schema's
 * declaration order, whose key is `name` or whose title contains 姓名. That is the applicant in every
 * example item (女方姓名, 建设单位名称, 经营者姓名, 姓名), because forms put the applicant's block first
 * and agents' or contractors' blocks after it. Empty when there is none or it is not filled in.
 */
export function applicantName(compiled: CompiledItem, form: JsonObject): string {
  let path = pathCache.get(compiled);
  if (path === undefined) {
    path = findNamePath(compiled.form.schema as SchemaNode, [], new Set());
    pathCache.set(compiled, path);
  }
  if (!path) return '';
  let value: JsonValue | undefined = form;
  for (const key of path) value = member(value, key);
  return typeof value === 'string' ? value.trim().slice(0, MAX_NAME) : '';
}
