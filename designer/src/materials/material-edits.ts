import type { LocalizedText, Material, ServiceItem } from '@onewindow/schemas';
import { setIn, updateIn } from '../editor/set-in.ts';
import { renameInRules } from './linked-rules.ts';
import { uniqueName } from './list-edits.ts';
import { withLocaleText } from './localized-edit.ts';

/** A new material: an unused code, required, the applicant's original; its name still to write. */
export function newMaterial(materials: readonly Material[]): Material {
  return {
    code: uniqueName(`material-${materials.length + 1}`, new Set(materials.map((x) => x.code))),
    name: {},
    kind: 'original',
    necessity: 'required',
    source: 'applicant',
  };
}

/**
 * The definition with material `index`'s code set to `code`. The rules naming the old code follow
 * it when that is unambiguous: the old code was this material's alone and the new one is no other's.
 */
export function withMaterialCode(definition: ServiceItem, index: number, code: string): ServiceItem {
  const old = definition.materials[index]?.code;
  const next = setIn(definition, ['materials', index, 'code'], code);
  const others = definition.materials.filter((_, i) => i !== index);
  if (old === undefined || others.some((x) => x.code === old || x.code === code)) return next;
  return { ...next, rules: renameInRules(next.rules, 'material', old, code) };
}

/** The definition with one language of a material's localized attribute set (empty removes it). */
export function withMaterialText(
  definition: ServiceItem,
  index: number,
  key: 'name' | 'issuer' | 'notes' | 'acceptanceStandard',
  locale: keyof LocalizedText,
  value: string,
): ServiceItem {
  return updateIn(definition, ['materials', index, key], (text) => {
    const next = withLocaleText(text as LocalizedText | undefined, locale, value);
    // the name is required: keep an empty one for lint and the table to point at
    return key === 'name' ? (next ?? {}) : next;
  });
}
