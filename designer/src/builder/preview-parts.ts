import { getIn, type Path, setIn } from '../editor/set-in.ts';
import type { FormParts } from './model/form-tree.ts';
import { isObject, jsonEqual, own } from './model/json.ts';

const TEXTS = new Set(['title', 'description']);
const NAMED = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
const SUBSCHEMAS = new Set([
  'items',
  'if',
  'then',
  'else',
  'not',
  'additionalProperties',
  'additionalItems',
  'contains',
  'propertyNames',
  'allOf',
  'anyOf',
  'oneOf',
]);

function namedEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) return jsonEqual(a, b);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k, i) => keysB[i] === k && sameButTexts(a[k], b[k]));
}

/**
 * Whether two JSON Schemas are the same but for their `title`s and `description`s (at any depth,
 * never a property that happens to be called "title"). Shared subtrees compare at once, so an edit
 * costs its path, not the whole form.
 */
export function sameButTexts(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameButTexts(v, b[i]));
  if (!isObject(a) || !isObject(b)) return jsonEqual(a, b);
  const keysA = Object.keys(a).filter((k) => !TEXTS.has(k));
  const keysB = Object.keys(b).filter((k) => !TEXTS.has(k));
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k, i) => {
    if (keysB[i] !== k) return false;
    if (NAMED.has(k)) return namedEqual(a[k], b[k]);
    if (SUBSCHEMAS.has(k)) return sameButTexts(a[k], b[k]);
    return jsonEqual(a[k], b[k]);
  });
}

function overlayTexts(uiSchema: Record<string, unknown>, base: unknown, current: unknown, uiPath: Path) {
  let ui = uiSchema;
  const node = getIn(ui, uiPath);
  for (const [keyword, uiKey] of [
    ['title', 'ui:title'],
    ['description', 'ui:description'],
  ] as const) {
    const now = own(current, keyword);
    if (own(base, keyword) === now || Object.hasOwn(isObject(node) ? node : {}, uiKey)) continue;
    // A removed title shows the key, as rjsf shows a field without one.
    ui = setIn(ui, [...uiPath, uiKey], now ?? (keyword === 'title' ? String(uiPath.at(-1) ?? '') : ''));
  }
  return ui;
}

/**
 * What the live preview renders for `current`, given the schema it rendered last (`baseSchema`).
 *
 * rjsf re-derives everything from a new schema — its schema utilities, the ajv validator's root
 * schema (compiled again), defaults, and a new registry that renders every field again — about as
 * costly as opening the form. A new uiSchema costs only the fields whose uiSchema changed. So while
 * only texts change (typing a label or a description), the preview keeps the schema it has and
 * shows the new texts as `ui:title`/`ui:description` of the fields that changed: the same words on
 * the same form, for the price of one field. Any other change renders the new schema itself.
 */
export function previewParts(baseSchema: Record<string, unknown> | undefined, current: FormParts): FormParts {
  if (!baseSchema || baseSchema === current.schema || !sameButTexts(baseSchema, current.schema))
    return current;
  return {
    schema: baseSchema,
    uiSchema: overlayChanged(current.uiSchema, baseSchema, current.schema, [], 0),
  };
}

const BRANCHES = ['then', 'else'] as const;
const MAX_DEPTH = 40;

/** Walks the two schemas where they differ (shared subtrees are skipped) and overlays changed texts. */
function overlayChanged(
  ui: Record<string, unknown>,
  base: unknown,
  now: unknown,
  uiPath: Path,
  depth: number,
) {
  if (base === now || !isObject(base) || !isObject(now) || depth > MAX_DEPTH) return ui;
  let next = overlayTexts(ui, base, now, uiPath);
  const properties = own(now, 'properties');
  if (isObject(properties)) {
    const before = own(base, 'properties');
    for (const [key, schema] of Object.entries(properties)) {
      next = overlayChanged(next, own(before, key), schema, [...uiPath, key], depth + 1);
    }
  }
  for (const branch of BRANCHES)
    next = overlayChanged(next, own(base, branch), own(now, branch), uiPath, depth + 1);
  const allOf = own(now, 'allOf');
  if (Array.isArray(allOf)) {
    const before = own(base, 'allOf') as unknown[];
    allOf.forEach((entry, i) => {
      next = overlayChanged(next, before[i], entry, uiPath, depth + 1);
    });
  }
  const dependencies = own(now, 'dependencies');
  if (isObject(dependencies)) {
    for (const [key, dependency] of Object.entries(dependencies)) {
      next = overlayChanged(next, own(own(base, 'dependencies'), key), dependency, uiPath, depth + 1);
    }
  }
  return overlayChanged(next, own(base, 'items'), own(now, 'items'), [...uiPath, 'items'], depth + 1);
}
