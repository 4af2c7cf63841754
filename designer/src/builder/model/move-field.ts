import { getIn } from '../../editor/set-in.ts';
import { addField } from './add-field.ts';
import { containerOrder, setOrder, setRequiredKey, updateContainer } from './form-edit.ts';
import { type Container, type FieldNode, type FormParts, isWithin, listFields } from './form-tree.ts';
import { isObject } from './json.ts';
import { type DetachReport, removeField } from './remove-field.ts';

/** What a move did besides moving. */
export interface MoveReport extends DetachReport {
  /** The field had a condition on a field of its old section; it now always shows there. */
  lostCondition: boolean;
  /** The key it got because its own was taken in the new section. */
  renamedTo?: string;
}

export interface MovedField {
  parts: FormParts;
  pointer: string;
  report: MoveReport;
}

const NOTHING: MoveReport = { unconditioned: [], lostCondition: false };

/**
 * Moves a field to position `index` of `target` (counted without the field itself). Within its own
 * container only `ui:order` changes. Into another container the field takes its schema, uiSchema
 * and "required" along; a condition on its old neighbours cannot follow (JSON Schema's `if` sees only
 * fields beside it), so it then always shows — the report says so. A section cannot move into itself.
 */
export function moveField(parts: FormParts, field: FieldNode, target: Container, index: number): MovedField {
  if (target.pointer === field.container.pointer) {
    const order = containerOrder(parts, target).filter((k) => k !== field.key);
    const at = Math.max(0, Math.min(index, order.length));
    const next = setOrder(parts, target, [...order.slice(0, at), field.key, ...order.slice(at)]);
    return { parts: next, pointer: field.pointer, report: NOTHING };
  }
  if (isWithin(target.pointer, field.pointer)) return { parts, pointer: field.pointer, report: NOTHING };
  const schema = getIn(parts.schema, field.schemaPath);
  const ui = getIn(parts.uiSchema, field.uiPath);
  const removed = removeField(parts, field);
  // Releasing conditional fields can move the target's own declaration: find it again by its pointer.
  const container = listFields(removed.parts).containers.get(target.pointer) ?? target;
  const added = addField(removed.parts, container, index, {
    baseKey: field.key,
    schema: isObject(schema) ? schema : {},
    ui: isObject(ui) ? ui : {},
  });
  let next = added.parts;
  if (field.required === 'always') {
    next = updateContainer(next, container, (node) => setRequiredKey(node, added.key, true));
  }
  return {
    parts: next,
    pointer: added.pointer,
    report: {
      unconditioned: removed.report.unconditioned,
      lostCondition: field.visibility.kind !== 'always' || field.required === 'conditional',
      renamedTo: added.key === field.key ? undefined : added.key,
    },
  };
}
