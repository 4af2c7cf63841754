import type { ServiceItem } from '@onewindow/schemas';
import { useEditorStore } from '../editor/editor-context.tsx';
import type { BuilderMessage } from './builder-messages.ts';
import type { DropTarget } from './drop-target.ts';
import { addField, type NewField } from './model/add-field.ts';
import { followField, formPartsOf, rulesReading, withFormParts } from './model/form-definition.ts';
import { type FieldNode, type FormParts, type FormTree, findField, listFields } from './model/form-tree.ts';
import { moveField } from './model/move-field.ts';
import { removeField } from './model/remove-field.ts';
import { renameField } from './model/rename-field.ts';
import { treeOf, useFormEdits } from './use-form-builder.ts';
import { useLatest } from './use-latest.ts';

/** One line of the notice above the field list: a message and its parameters. */
export type NoticeLine = [BuilderMessage, Record<string, string>];

/** What the builder's actions do to the screen: select a field, tell what happened besides. */
export interface ActionEffects {
  selected: string | null;
  select(pointer: string | null): void;
  notify(lines: NoticeLine[] | null): void;
}

/** The builder's actions, each with a fixed identity (memoised rows and panels keep their props). */
export interface BuilderActions {
  /** Adds at `at`, or after the selected field (inside a selected section or table). */
  add(field: NewField, label: string, at?: DropTarget): void;
  move(pointer: string, container: string, index: number): void;
  /** One place up or down within its section. */
  step(pointer: string, delta: -1 | 1): void;
  /** To the end of another section (or the form). */
  moveTo(pointer: string, container: string): void;
  remove(pointer: string): void;
  rename(pointer: string, key: string): void;
  setApplicantId(pointer: string, on: boolean): void;
}

/** Where a click in the palette adds: inside the selected section or table, else after the selected field. */
function insertionPoint(tree: FormTree, selected: string | null): DropTarget {
  const field = selected ? tree.byPointer.get(selected) : undefined;
  const countIn = (container: string) => tree.fields.filter((f) => f.container.pointer === container).length;
  if (!field) return { container: '', index: countIn('') };
  if (field.inner) return { container: field.inner.pointer, index: countIn(field.inner.pointer) };
  const siblings = tree.fields.filter((f) => f.container.pointer === field.container.pointer);
  return { container: field.container.pointer, index: siblings.indexOf(field) + 1 };
}

/** A field of the latest definition, found again by pointer (edits run on the newest form). */
function latest(
  definition: ServiceItem,
  pointer: string,
): { parts: FormParts; field: FieldNode } | undefined {
  const parts = formPartsOf(definition);
  const field = findField(parts, pointer);
  return field && { parts, field };
}

function rulesNotice(definition: ServiceItem, pointer: string, report: NoticeLine[]): void {
  const readers = rulesReading(definition, pointer);
  if (readers.length > 0) report.push(['notice.rules', { rules: readers.join('、') }]);
}

/**
 * Adding, moving, removing and renaming fields as one undo step each, with what follows them:
 * `applicantIdField` follows its field, the selection follows the field, and the notice says what
 * else changed (conditions released or lost, a key taken, rules that read the old key).
 */
export function useBuilderActions(effects: ActionEffects): BuilderActions {
  const store = useEditorStore();
  const edits = useFormEdits();
  const currentTree = () => treeOf(formPartsOf(store.getState().definition));

  const add = useLatest((newField: NewField, label: string, at?: DropTarget) => {
    const target = at ?? insertionPoint(currentTree(), effects.selected);
    let pointer: string | undefined;
    edits.form((p) => {
      const container = listFields(p).containers.get(target.container);
      if (!container) return p;
      const added = addField(p, container, target.index, newField);
      pointer = added.pointer;
      return added.parts;
    });
    if (pointer) {
      effects.select(pointer);
      effects.notify([['notice.added', { label }]]);
    }
  });

  const move = useLatest((pointer: string, containerPointer: string, index: number) => {
    let next: string | undefined;
    const report: NoticeLine[] = [];
    edits.definition((d) => {
      const found = latest(d, pointer);
      const container = found && listFields(found.parts).containers.get(containerPointer);
      if (!found || !container) return d;
      const moved = moveField(found.parts, found.field, container, index);
      next = moved.pointer;
      const { lostCondition, renamedTo, unconditioned } = moved.report;
      if (lostCondition) report.push(['notice.lostCondition', { label: found.field.label }]);
      if (renamedTo) report.push(['notice.renamedTo', { key: renamedTo }]);
      if (unconditioned.length > 0) report.push(['notice.unconditioned', { keys: unconditioned.join('、') }]);
      if (next !== pointer) rulesNotice(d, pointer, report);
      return followField(withFormParts(d, moved.parts), pointer, moved.pointer);
    });
    if (next) effects.select(next);
    effects.notify(report.length > 0 ? report : null);
  });

  const step = useLatest((pointer: string, delta: -1 | 1) => {
    const tree = currentTree();
    const field = tree.byPointer.get(pointer);
    if (!field) return;
    const siblings = tree.fields.filter((s) => s.container.pointer === field.container.pointer);
    move(pointer, field.container.pointer, siblings.indexOf(field) + delta);
  });

  const moveTo = useLatest((pointer: string, container: string) => {
    const count = currentTree().fields.filter(
      (s) => s.container.pointer === container && s.pointer !== pointer,
    );
    move(pointer, container, count.length);
  });

  const remove = useLatest((pointer: string) => {
    const report: NoticeLine[] = [];
    edits.definition((d) => {
      const found = latest(d, pointer);
      if (!found) return d;
      const removed = removeField(found.parts, found.field);
      report.push(['notice.removed', { label: found.field.label }]);
      const { unconditioned } = removed.report;
      if (unconditioned.length > 0) report.push(['notice.unconditioned', { keys: unconditioned.join('、') }]);
      rulesNotice(d, pointer, report);
      return followField(withFormParts(d, removed.parts), pointer, null);
    });
    effects.select(null);
    effects.notify(report);
  });

  const rename = useLatest((pointer: string, key: string) => {
    let next: string | undefined;
    const report: NoticeLine[] = [];
    edits.definition((d) => {
      const found = latest(d, pointer);
      if (!found) return d;
      const renamed = renameField(found.parts, found.field, key);
      if (renamed.refusal || renamed.pointer === pointer) return d;
      next = renamed.pointer;
      report.push(['notice.renamed', { key }]);
      rulesNotice(d, pointer, report);
      return followField(withFormParts(d, renamed.parts), pointer, renamed.pointer);
    });
    if (next) {
      effects.select(next);
      effects.notify(report);
    }
  });

  const setApplicantId = useLatest((pointer: string, on: boolean) =>
    edits.definition((d) => {
      if (on) return { ...d, applicantIdField: pointer };
      return d.applicantIdField === pointer ? followField(d, pointer, null) : d;
    }),
  );

  return { add, move, step, moveTo, remove, rename, setApplicantId };
}
