import { getIn, type Path } from '../../editor/set-in.ts';
import {
  type Branch,
  blocksOf,
  branchPath,
  declarationsOf,
  orderedKeys,
  requiredOf,
} from './container-schema.ts';
import { type FieldCondition, readCondition } from './field-condition.ts';
import { type FieldKind, kindOf } from './field-kinds.ts';
import { isObject, type JsonObject, own } from './json.ts';

/** A form as the builder edits it: the definition's `form.schema` and `form.uiSchema`. */
export interface FormParts {
  schema: JsonObject;
  uiSchema: JsonObject;
}

/** A place that holds fields: the form itself, a section, or the rows of a repeatable table. */
export interface Container {
  /** JSON pointer of its data (`''` the form, `/operator` a section, `/members/*` a table's rows). */
  pointer: string;
  /** Path of its object schema inside `form.schema`. */
  schemaPath: Path;
  /** Path of its uiSchema node inside `form.uiSchema`. */
  uiPath: Path;
}

/** Whether a field shows always, under a condition the builder can edit, or under a custom one. */
export type Visibility =
  | { readonly kind: 'always' }
  | { readonly kind: 'when'; readonly condition: FieldCondition }
  | { readonly kind: 'custom' };

/** One field of the form as the canvas lists it. */
export interface FieldNode {
  key: string;
  /** JSON pointer of its data, e.g. `/operator/name` (`*` for a table's rows). The field's identity. */
  pointer: string;
  container: Container;
  /** Where its schema is declared in the container (its first declaration). */
  branch: Branch;
  schemaPath: Path;
  uiPath: Path;
  kind: FieldKind;
  /** Its title (zh-CN), or its key when it has none. */
  label: string;
  depth: number;
  /** `always`: required whenever shown; `conditional`: only under a condition; `no`. */
  required: 'always' | 'conditional' | 'no';
  visibility: Visibility;
  sharedKey?: string;
  /** For sections and tables: where their own fields are. */
  inner?: Container;
}

/** The fields of a form in display order (depth-first), with a lookup by pointer. */
export interface FormTree {
  fields: FieldNode[];
  byPointer: ReadonlyMap<string, FieldNode>;
  /** Every container by its pointer (`''` is the form itself). */
  containers: ReadonlyMap<string, Container>;
}

export const ROOT: Container = { pointer: '', schemaPath: [], uiPath: [] };
const MAX_DEPTH = 12;

/** A pointer segment for a key (RFC 6901 escapes). */
function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer of field `key` in `container`. */
export function fieldPointer(container: Container, key: string): string {
  return `${container.pointer}/${escapeKey(key)}`;
}

/** The visibility of a field declared in `branch` of the container schema `node`. */
function visibilityOf(node: unknown, branch: Branch): Visibility {
  if (branch.kind === 'base') return { kind: 'always' };
  if (branch.kind === 'dependency') {
    return { kind: 'when', condition: { source: branch.source, op: 'filled' } };
  }
  const block = blocksOf(node).find((b) => b.ref === branch.block);
  const condition = block ? readCondition(own(block.node, 'if'), branch.side) : null;
  return condition ? { kind: 'when', condition } : { kind: 'custom' };
}

/** How a field declared in `branch` is required (see {@link FieldNode.required}). */
function requiredStatus(node: unknown, branch: Branch, key: string): FieldNode['required'] {
  if (requiredOf(getIn(node, branchPath(branch))).includes(key) || requiredOf(node).includes(key)) {
    return 'always';
  }
  for (const block of blocksOf(node)) {
    for (const side of ['then', 'else'] as const) {
      if (requiredOf(own(block.node, side)).includes(key)) return 'conditional';
    }
  }
  const dependencies = own(node, 'dependencies');
  if (isObject(dependencies)) {
    for (const dependency of Object.values(dependencies)) {
      if (Array.isArray(dependency) ? dependency.includes(key) : requiredOf(dependency).includes(key)) {
        return 'conditional';
      }
    }
  }
  return 'no';
}

/** The node of field `key`, declared in `branch` of `container` (whose schema node is `node`). */
function fieldNode(
  parts: FormParts,
  container: Container,
  node: JsonObject,
  key: string,
  branch: Branch,
  depth: number,
) {
  const schemaPath = [...container.schemaPath, ...branchPath(branch), 'properties', key];
  const schema = getIn(parts.schema, schemaPath);
  const uiPath = [...container.uiPath, key];
  const kind = kindOf(schema, getIn(parts.uiSchema, uiPath));
  const pointer = fieldPointer(container, key);
  const title = own(schema, 'title');
  const sharedKey = own(schema, 'x-sharedKey');
  const field: FieldNode = {
    key,
    pointer,
    container,
    branch,
    schemaPath,
    uiPath,
    kind,
    label: typeof title === 'string' && title !== '' ? title : key,
    depth,
    required: requiredStatus(node, branch, key),
    visibility: visibilityOf(node, branch),
    sharedKey: typeof sharedKey === 'string' ? sharedKey : undefined,
  };
  if (kind === 'section') field.inner = { pointer, schemaPath, uiPath };
  if (kind === 'table') {
    field.inner = {
      pointer: `${pointer}/*`,
      schemaPath: [...schemaPath, 'items'],
      uiPath: [...uiPath, 'items'],
    };
  }
  return field;
}

/**
 * Lists the form's fields in the order the form shows them: each container's `ui:order` (as rjsf
 * applies it), sections and table columns nested under their field. Fields of conditional branches
 * (`then`/`else`, `allOf` blocks, schema `dependencies`) are listed where `ui:order` puts them, each
 * key once per container.
 */
export function listFields(parts: FormParts): FormTree {
  const fields: FieldNode[] = [];
  const byPointer = new Map<string, FieldNode>();
  const containers = new Map<string, Container>([['', ROOT]]);

  const visit = (container: Container, depth: number) => {
    const node = getIn(parts.schema, container.schemaPath);
    if (!isObject(node) || depth > MAX_DEPTH) return;
    const ui = getIn(parts.uiSchema, container.uiPath);
    const branchOf = new Map(declarationsOf(node).map((d) => [d.key, d.branch]));
    for (const key of orderedKeys([...branchOf.keys()], own(ui, 'ui:order'))) {
      const field = fieldNode(parts, container, node, key, branchOf.get(key)!, depth);
      fields.push(field);
      if (!byPointer.has(field.pointer)) byPointer.set(field.pointer, field);
      if (field.inner) {
        containers.set(field.inner.pointer, field.inner);
        visit(field.inner, depth + 1);
      }
    }
  };
  visit(ROOT, 0);
  return { fields, byPointer, containers };
}

/**
 * The field at `pointer`, found by walking only its path (what {@link listFields} would give for
 * it; an edit of one field need not list two hundred). `undefined` when there is none.
 */
export function findField(parts: FormParts, pointer: string): FieldNode | undefined {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let container = ROOT;
  for (let depth = 0; depth < segments.length; depth++) {
    const node = getIn(parts.schema, container.schemaPath);
    if (!isObject(node)) return undefined;
    const declaration = declarationsOf(node).find((d) => d.key === segments[depth]);
    if (!declaration) return undefined;
    const field = fieldNode(parts, container, node, declaration.key, declaration.branch, depth);
    const rest = segments.length - depth - 1;
    if (rest === 0) return field;
    if (field.kind === 'table' && segments[depth + 1] === '*' && rest > 1) {
      container = field.inner!;
      segments.splice(depth + 1, 1);
    } else if (field.kind === 'section') {
      container = field.inner!;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** Whether `pointer` is `ancestor` or inside it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
