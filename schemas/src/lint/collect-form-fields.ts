import type { JSONSchema7 } from 'json-schema';
import { escapeSegment } from './json-pointer.ts';
import { arrayAt, isRecord, type JsonObject, objectAt, own, stringAt } from './read-json.ts';

/** One step from the form data's root to a field. */
export type FieldSegment =
  | { readonly kind: 'property'; readonly name: string }
  /** A position of a tuple (`items` given as an array) */
  | { readonly kind: 'index'; readonly index: number }
  /** Any element of an array (`items` as one schema, or `additionalItems`) */
  | { readonly kind: 'item' }
  /** Any key of an open object (`additionalProperties` as a schema, `patternProperties`) */
  | { readonly kind: 'key' };

/** A field of the application form, wherever the schema declares it. */
export interface FormField {
  /** JSON pointer for display, with `*` for any array element or any key; match on `segments`. */
  readonly pointer: string;
  readonly segments: readonly FieldSegment[];
  /** The field's schema where it is first declared (a conditional branch may declare it again). */
  readonly schema: JSONSchema7;
}

const MAX_DEPTH = 32;
const MAX_FIELDS = 5000;
const IN_PLACE_BRANCHES = ['if', 'then', 'else'] as const;
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Every field the form schema can show, in declaration order, each pointer once: `properties` of
 * nested objects, array `items` (tuple positions too), and the fields of every conditional branch
 * (`if`/`then`/`else`, `allOf`/`anyOf`/`oneOf`, schema `dependencies`) — the fields rjsf renders
 * once a branch is active. Local `$ref`s (`#/definitions/...`) are followed, recursion cut off.
 * Returns `[]` for anything that is not a schema object. The designer's fact picker and the engine
 * share it with lint, so "a field" means the same everywhere.
 */
export function collectFormFields(formSchema: unknown): FormField[] {
  if (!isRecord(formSchema)) return [];
  const collector = new FieldCollector(formSchema);
  collector.visit(formSchema, [], 0, []);
  return [...collector.fields.values()];
}

function displayPointer(segments: readonly FieldSegment[]): string {
  return segments
    .map((s) =>
      s.kind === 'property' ? `/${escapeSegment(s.name)}` : s.kind === 'index' ? `/${s.index}` : '/*',
    )
    .join('');
}

/** Resolves `#`, `#/definitions/a` and URI-encoded pointers inside the form schema. */
function resolveLocalRef(root: JsonObject, ref: string): unknown {
  let target: unknown = root;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (fragment === '') return root;
  if (!fragment.startsWith('/')) return undefined;
  for (const raw of fragment.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    target = Array.isArray(target) && /^\d+$/.test(segment) ? target[Number(segment)] : own(target, segment);
  }
  return target;
}

class FieldCollector {
  readonly fields = new Map<string, FormField>();

  constructor(private readonly root: JsonObject) {}

  visit(schema: unknown, at: readonly FieldSegment[], depth: number, refs: readonly string[]): void {
    if (!isRecord(schema) || depth > MAX_DEPTH || this.fields.size >= MAX_FIELDS) return;
    const next = depth + 1;
    const ref = stringAt(schema, '$ref');
    if (ref?.startsWith('#') && !refs.includes(ref)) {
      this.visit(resolveLocalRef(this.root, ref), at, next, [...refs, ref]);
    }
    for (const [name, sub] of Object.entries(objectAt(schema, 'properties') ?? {})) {
      this.field([...at, { kind: 'property', name }], sub, next, refs);
    }
    for (const sub of Object.values(objectAt(schema, 'patternProperties') ?? {})) {
      this.field([...at, { kind: 'key' }], sub, next, refs);
    }
    const additional = own(schema, 'additionalProperties');
    if (isRecord(additional) || additional === true)
      this.field([...at, { kind: 'key' }], additional, next, refs);
    const items = own(schema, 'items');
    if (Array.isArray(items)) {
      items.forEach((sub, index) => {
        this.field([...at, { kind: 'index', index }], sub, next, refs);
      });
      const more = own(schema, 'additionalItems');
      if (isRecord(more) || more === true) this.field([...at, { kind: 'item' }], more, next, refs);
    } else if (isRecord(items) || items === true) {
      this.field([...at, { kind: 'item' }], items, next, refs);
    }
    for (const keyword of IN_PLACE_BRANCHES) this.visit(own(schema, keyword), at, next, refs);
    for (const keyword of IN_PLACE_LISTS) {
      for (const branch of arrayAt(schema, keyword)) this.visit(branch, at, next, refs);
    }
    for (const dependency of Object.values(objectAt(schema, 'dependencies') ?? {})) {
      this.visit(dependency, at, next, refs);
    }
  }

  private field(segments: FieldSegment[], schema: unknown, depth: number, refs: readonly string[]): void {
    const pointer = displayPointer(segments);
    if (!this.fields.has(pointer) && this.fields.size < MAX_FIELDS) {
      this.fields.set(pointer, {
        pointer,
        segments,
        schema: isRecord(schema) ? (schema as JSONSchema7) : {},
      });
    }
    this.visit(schema, segments, depth, refs);
  }
}
