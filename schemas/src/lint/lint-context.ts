import { collectFormFields, type FormField } from './collect-form-fields.ts';
import { arrayAt, isRecord, type JsonObject, objectAt, objectItems, stringAt } from './read-json.ts';

/** What the semantic checks look things up in, read defensively from a definition of unknown shape. */
export interface LintContext {
  /** The definition, or `{}` when it is not an object. */
  readonly definition: JsonObject;
  /** Material code → the first material with it. */
  readonly materials: ReadonlyMap<string, { readonly index: number; readonly necessity: unknown }>;
  readonly feeCodes: ReadonlySet<string>;
  readonly ruleIds: ReadonlySet<string>;
  /** Rules that are objects, with their index. */
  readonly rules: readonly [number, JsonObject][];
  /** `form.schema` when it is an object; field checks are skipped without it. */
  readonly formSchema: JsonObject | undefined;
  readonly fields: readonly FormField[];
}

function codes(list: readonly unknown[], key: string): Set<string> {
  return new Set(objectItems(list).flatMap(([, item]) => stringAt(item, key) ?? []));
}

export function createLintContext(input: unknown): LintContext {
  const definition = isRecord(input) ? input : {};
  const materials = new Map<string, { index: number; necessity: unknown }>();
  for (const [index, material] of objectItems(arrayAt(definition, 'materials'))) {
    const code = stringAt(material, 'code');
    if (code !== undefined && !materials.has(code))
      materials.set(code, { index, necessity: material.necessity });
  }
  const formSchema = objectAt(objectAt(definition, 'form'), 'schema');
  return {
    definition,
    materials,
    feeCodes: codes(arrayAt(definition, 'fees'), 'code'),
    ruleIds: codes(arrayAt(definition, 'rules'), 'id'),
    rules: objectItems(arrayAt(definition, 'rules')),
    formSchema,
    fields: collectFormFields(formSchema),
  };
}
