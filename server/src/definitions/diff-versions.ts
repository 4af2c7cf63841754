import type { ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import type { JsonValue } from '../storage/port.ts';
import { type FormField, formFields } from './form-fields.ts';
import { getDraft } from './get-draft.ts';
import { diffJson, type JsonChange } from './json-pointer-diff.ts';
import { getPublishedVersion } from './published-version.ts';
import { ruleFieldReferences } from './rule-field-references.ts';

/** A side of a diff: a published version number, or the current draft. */
export type DiffSide = number | 'draft';

/** A form field that a rule of the old side reads and the new side's form no longer has. */
export interface RuleFieldChange {
  rule: string;
  /** Where the old side's rule reads it (a pointer into the old definition). */
  at: string;
  field: string;
  change: 'removed' | 'renamed';
  /** For a rename: the field that took its place (same parent and same shared key or title). */
  renamedTo?: string;
  /** The new side still reads the old field: that rule is now broken. */
  stillReferenced: boolean;
}

export interface VersionDiff {
  code: string;
  from: { version: DiffSide; hash: string | null };
  to: { version: DiffSide; hash: string | null };
  changes: JsonChange[];
  fields: { added: string[]; removed: string[]; renamed: { from: string; to: string }[] };
  ruleFieldChanges: RuleFieldChange[];
}

/**
 * 版本对比 — what changed between two versions (or a version and the draft): a JSON-pointer diff of
 * the definitions, the form fields added, removed and renamed, and every field a rule read that is
 * gone (the designer flags those).
 */
export async function diffVersions(
  deps: AppDeps,
  code: string,
  from: DiffSide,
  to: DiffSide,
): Promise<VersionDiff> {
  const [before, after] = await Promise.all([loadSide(deps, code, from), loadSide(deps, code, to)]);
  const oldFields = formFields(before.definition.form?.schema);
  const newFields = formFields(after.definition.form?.schema);
  const removed = [...oldFields.keys()].filter((p) => !newFields.has(p));
  const added = [...newFields.keys()].filter((p) => !oldFields.has(p));
  const renamed = matchRenames(
    removed.map((p) => oldFields.get(p)!),
    added.map((p) => newFields.get(p)!),
  );
  const renamedTo = new Map(renamed.map((r) => [r.from, r.to]));
  const stillRead = new Set(
    ruleFieldReferences(after.definition.rules).map((r) => owningField(r.field, oldFields) ?? r.field),
  );

  const ruleFieldChanges: RuleFieldChange[] = [];
  for (const reference of ruleFieldReferences(before.definition.rules)) {
    const field = owningField(reference.field, oldFields);
    if (field === null || newFields.has(field)) continue;
    const to = renamedTo.get(field);
    ruleFieldChanges.push({
      rule: reference.rule,
      at: reference.at,
      field,
      change: to === undefined ? 'removed' : 'renamed',
      ...(to === undefined ? {} : { renamedTo: to }),
      stillReferenced: stillRead.has(field),
    });
  }
  return {
    code,
    from: { version: from, hash: before.hash },
    to: { version: to, hash: after.hash },
    changes: diffJson(before.definition as unknown as JsonValue, after.definition as unknown as JsonValue),
    fields: { added, removed, renamed },
    ruleFieldChanges,
  };
}

async function loadSide(
  deps: AppDeps,
  code: string,
  side: DiffSide,
): Promise<{ definition: ServiceItem; hash: string | null }> {
  if (side === 'draft') {
    const draft = await getDraft(deps, code);
    return { definition: draft.definition, hash: null };
  }
  const version = await getPublishedVersion(deps, { code, version: side });
  return { definition: version.definition, hash: version.hash };
}

/** The field a reference reads, or the nearest enclosing field (a path may reach inside a value). */
function owningField(pointer: string, fields: Map<string, FormField>): string | null {
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) if (fields.has(p)) return p;
  return null;
}

/**
 * Pairs removed and added fields of the same parent: same shared key, else same title, else the only
 * removed and the only added field there with the same type.
 */
function matchRenames(removed: FormField[], added: FormField[]): { from: string; to: string }[] {
  const pairs: { from: string; to: string }[] = [];
  const free = new Set(added);
  const take = (old: FormField, same: (a: FormField) => boolean): boolean => {
    const match = [...free].find((a) => a.parent === old.parent && same(a));
    if (!match) return false;
    free.delete(match);
    pairs.push({ from: old.pointer, to: match.pointer });
    return true;
  };
  const left = removed.filter(
    (old) =>
      !(old.sharedKey !== undefined && take(old, (a) => a.sharedKey === old.sharedKey)) &&
      !(old.title !== undefined && take(old, (a) => a.title === old.title)),
  );
  for (const old of left) {
    const sameParentRemoved = left.filter((r) => r.parent === old.parent);
    const sameParentAdded = [...free].filter((a) => a.parent === old.parent);
    if (
      sameParentRemoved.length === 1 &&
      sameParentAdded.length === 1 &&
      sameParentAdded[0].type === old.type
    ) {
      take(old, (a) => a === sameParentAdded[0]);
    }
  }
  return pairs;
}
