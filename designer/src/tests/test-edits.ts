import type { ItemTest, ServiceItem } from '@onewindow/schemas';
import { setIn } from '../editor/set-in.ts';

/** The definition's tests, or none when `tests` is missing or not a list (a draft typed in the JSON tab). */
export function testsOf(definition: ServiceItem): readonly ItemTest[] {
  return Array.isArray(definition.tests) ? definition.tests : [];
}

/**
 * Writes `test` back where `original` is (found by identity, so an undo or a delete made meanwhile
 * never overwrites the wrong test), or appends it when `original` is null or gone.
 */
export function putTest(definition: ServiceItem, original: ItemTest | null, test: ItemTest): ServiceItem {
  const tests = testsOf(definition);
  const index = original ? tests.indexOf(original) : -1;
  if (index >= 0) return setIn(definition, ['tests', index], test);
  return setIn(definition, ['tests'], [...tests, test]);
}

/** Removes the test at `index`. */
export function removeTest(definition: ServiceItem, index: number): ServiceItem {
  if (index < 0 || index >= testsOf(definition).length) return definition;
  return setIn(definition, ['tests', index], undefined);
}

/** Gives the test at `index` a new name. */
export function renameTest(definition: ServiceItem, index: number, name: string): ServiceItem {
  if (index < 0 || index >= testsOf(definition).length) return definition;
  return setIn(definition, ['tests', index, 'name'], name);
}

/** Inserts a copy of the test at `index` right after it, named `name`. */
export function duplicateTest(definition: ServiceItem, index: number, name: string): ServiceItem {
  const tests = testsOf(definition);
  const source = tests[index];
  if (!source) return definition;
  const copy: ItemTest = { ...structuredClone(source), name };
  return setIn(definition, ['tests'], [...tests.slice(0, index + 1), copy, ...tests.slice(index + 1)]);
}
