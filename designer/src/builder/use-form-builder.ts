import type { ServiceItem } from '@onewindow/schemas';
import { useMemo } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { formPartsOf, withFormParts } from './model/form-definition.ts';
import { type FieldNode, type FormParts, type FormTree, findField, listFields } from './model/form-tree.ts';
import type { JsonObject } from './model/json.ts';

const NO_UI: JsonObject = {};

/** The form being edited; a new object only when the definition's `form` changed. */
export function useFormParts(): FormParts {
  const form = useEditor((s) => s.definition.form);
  return useMemo(() => ({ schema: form.schema as JsonObject, uiSchema: form.uiSchema ?? NO_UI }), [form]);
}

const trees = new WeakMap<object, { uiSchema: object; tree: FormTree }>();

/** The field tree of `parts`, listed once per form however many parts of the screen ask. */
export function treeOf(parts: FormParts): FormTree {
  const known = trees.get(parts.schema);
  if (known?.uiSchema === parts.uiSchema) return known.tree;
  const tree = listFields(parts);
  trees.set(parts.schema, { uiSchema: parts.uiSchema, tree });
  return tree;
}

/**
 * The form being edited and its field tree. Each part of the builder subscribes on its own (the
 * field list, the properties, the preview), so the drag-and-drop context around them does not
 * render again on every keystroke.
 */
export function useFormTree(): { parts: FormParts; tree: FormTree } {
  const parts = useFormParts();
  return { parts, tree: treeOf(parts) };
}

/** Edits of the form through the editor store (so undo, autosave, lint and the preview follow). */
export interface FormEdits {
  /** Changes the form; `recipe` gets the latest form (never a stale one). */
  form(recipe: (parts: FormParts) => FormParts, coalesce?: string): void;
  /** Changes one field, found again by its pointer in the latest form (nothing when it is gone). */
  field(pointer: string, recipe: (parts: FormParts, field: FieldNode) => FormParts, coalesce?: string): void;
  /** Changes the definition (form and whatever follows the form, such as `applicantIdField`). */
  definition(recipe: (definition: ServiceItem) => ServiceItem, coalesce?: string): void;
}

/** The builder's edits on the current editor store. */
export function useFormEdits(): FormEdits {
  const store = useEditorStore();
  return useMemo<FormEdits>(() => {
    const options = (coalesce?: string) => (coalesce ? { coalesce } : undefined);
    return {
      form: (recipe, coalesce) =>
        store.edit((d) => withFormParts(d, recipe(formPartsOf(d))), options(coalesce)),
      field: (pointer, recipe, coalesce) =>
        store.edit((d) => {
          const parts = formPartsOf(d);
          const field = findField(parts, pointer);
          return field ? withFormParts(d, recipe(parts, field)) : d;
        }, options(coalesce)),
      definition: (recipe, coalesce) => store.edit(recipe, options(coalesce)),
    };
  }, [store]);
}

const structures = new WeakMap<FormTree, string>();

/**
 * What the field list shows of a tree except the labels (which fields, in which order, of which
 * type, required or conditional), as one string: the list renders again when this changes, and
 * each row follows its own label (see {@link useFieldLabel}), so typing a label renders one row.
 */
export function structureOf(tree: FormTree): string {
  let structure = structures.get(tree);
  if (structure === undefined) {
    structure = tree.fields
      .map((f) => [f.pointer, f.kind, f.depth, f.required, f.visibility.kind, f.sharedKey ?? ''].join('|'))
      .join('\n');
    structures.set(tree, structure);
  }
  return structure;
}

/** The label of the field at `pointer` (its key when untitled), re-rendering only when it changes. */
export function useFieldLabel(pointer: string): string {
  return useEditor((s) => treeOf(formPartsOf(s.definition)).byPointer.get(pointer)?.label ?? '');
}
