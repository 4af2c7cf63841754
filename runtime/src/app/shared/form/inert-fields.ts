type Json = Record<string, unknown>;

/** Which changes to a form's data leave its resolved schema, and so its defaults, as they were. */
export interface InertFields {
  /**
   * True when setting `value` at `path` cannot change the schema rjsf resolves from the data: the
   * field is a plain scalar (`value` one of its `enum` values if it has them) and no `if`,
   * `dependencies`, `oneOf`/`anyOf`, `$ref`, additional or pattern properties read it or hold it.
   */
  accepts(path: readonly (string | number)[], value: unknown): boolean;
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);
// Keywords whose node rjsf resolves against the data below it (option matching, $ref, stubbing).
const OPAQUE = ['$ref', 'oneOf', 'anyOf', 'patternProperties', 'dependentSchemas', 'unevaluatedProperties'];
// What an `if` may say without reading more than the properties it names.
const IF_ANNOTATIONS = new Set(['title', 'description', '$comment', 'type']);

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function pointerOf(path: readonly (string | number)[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function isScalarSchema(node: Json): boolean {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.length > 0 && types.every((t) => typeof t === 'string' && SCALAR_TYPES.has(t));
}

/**
 * The properties an `if` schema reads at its own level (each with whatever is below it), or null when
 * it reads the object as a whole (`minProperties`, `const`, `additionalProperties`, ...).
 */
export function conditionReads(node: unknown): string[] | null {
  if (!isObject(node)) return [];
  const names: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (IF_ANNOTATIONS.has(key)) continue;
    if (key === 'properties' && isObject(value)) {
      names.push(...Object.keys(value));
    } else if (key === 'required' && Array.isArray(value)) {
      names.push(...value.map(String));
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      for (const sub of value) {
        const more = conditionReads(sub);
        if (more === null) return null;
        names.push(...more);
      }
    } else if (key === 'not' || key === 'if' || key === 'then' || key === 'else') {
      const more = conditionReads(value);
      if (more === null) return null;
      names.push(...more);
    } else {
      return null;
    }
  }
  return [...new Set(names)];
}

/**
 * Walks a form schema once (no data) and indexes its scalar fields and the data its conditionals
 * read. rjsf recomputes defaults, the resolved schema and a sanitising pass over the WHOLE form on
 * every change (`getDefaultFormState`, `retrieveSchema`); for a change these say is inert, that work
 * can only reproduce what it had, so the form applies the value alone. Anything the walk does not
 * understand marks its subtree as read, which sends changes there through rjsf's full path.
 */
export function inertFields(schema: unknown): InertFields {
  const read = new Set<string>();
  const leaves = new Map<string, Json[]>();

  const readIf = (node: unknown, at: string): void => {
    const names = conditionReads(node);
    if (names === null) read.add(at);
    else for (const name of names) read.add(`${at}${pointerOf([name])}`);
  };

  const walk = (node: unknown, at: string, depth: number): void => {
    if (!isObject(node)) return;
    if (depth > 40 || OPAQUE.some((k) => k in node)) {
      read.add(at);
      return;
    }
    if ('additionalProperties' in node && node.additionalProperties !== false) read.add(at);
    const isContainer =
      node.type === 'object' || node.type === 'array' || 'properties' in node || 'items' in node;
    if (!isContainer) {
      if (isScalarSchema(node)) leaves.set(at, [...(leaves.get(at) ?? []), node]);
      else read.add(at);
      return;
    }
    // Arrays (item defaults, minItems) and objects with their own default or const are left to rjsf.
    if (node.type === 'array' || 'items' in node || 'default' in node || 'const' in node) {
      read.add(at);
      return;
    }
    if (isObject(node.properties)) {
      for (const [name, child] of Object.entries(node.properties))
        walk(child, `${at}${pointerOf([name])}`, depth + 1);
    }
    if ('if' in node) readIf(node.if, at);
    walk(node.then, at, depth + 1);
    walk(node.else, at, depth + 1);
    if (Array.isArray(node.allOf)) for (const sub of node.allOf) walk(sub, at, depth + 1);
    if (isObject(node.dependencies)) {
      for (const [name, dependency] of Object.entries(node.dependencies)) {
        read.add(`${at}${pointerOf([name])}`);
        walk(dependency, at, depth + 1);
      }
    }
  };
  walk(schema, '', 0);

  // Every prefix of a read pointer: a change there replaces an object that something reads inside.
  const holdsRead = new Set<string>();
  for (const pointer of read) {
    let cut = pointer.lastIndexOf('/');
    while (cut > 0) {
      holdsRead.add(pointer.slice(0, cut));
      cut = pointer.lastIndexOf('/', cut - 1);
    }
  }

  return {
    accepts(path, value) {
      if (path.length === 0 || path.some((s) => typeof s === 'number')) return false;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
      const pointer = pointerOf(path);
      const schemas = leaves.get(pointer);
      if (!schemas || holdsRead.has(pointer) || read.has('')) return false;
      for (let cut = pointer.length; cut > 0; cut = pointer.lastIndexOf('/', cut - 1)) {
        if (read.has(pointer.slice(0, cut))) return false;
      }
      return schemas.every((s) => !('const' in s) && (!Array.isArray(s.enum) || s.enum.includes(value)));
    },
  };
}
