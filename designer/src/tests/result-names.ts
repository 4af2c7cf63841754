import { type ExplainContext, type FormOutline, fieldName, type I18n } from '@onewindow/runtime/app';
import type { CompiledItem } from '@onewindow/runtime/engine';
import type { CheckResult } from '@onewindow/schemas';
import type { ExactSet } from './expectation-diff.ts';

/** How the tests tab names what a result mentions: rules by id and message, materials, fields, fees. */
export interface Names {
  /** `fee-renewal（换领居民身份证，收取工本费20元。）` */
  ruleLine(id: string): string;
  material(code: string): string;
  /** A member of one of the exact-set expectations, named. */
  ofSet(what: ExactSet, value: string): string;
  /** What `explainTrace` needs. */
  explain: ExplainContext;
}

/** Names for one run of the compiled item; unknown ids fall back to themselves. */
export function resultNames(
  compiled: CompiledItem,
  result: CheckResult,
  outline: FormOutline,
  i18n: Pick<I18n, 't' | 'text'>,
): Names {
  const { t, text } = i18n;
  const rules = new Map(compiled.definition.rules.map((r) => [r.id, r]));
  const materials = new Map(compiled.materials.map((m) => [m.code, text(m.name)]));
  const fees = new Map(compiled.fees.map((f) => [f.code, text(f.name)]));
  for (const m of result.materials) if (!materials.has(m.code)) materials.set(m.code, text(m.name));
  const ruleLine = (id: string) => {
    const message = rules.get(id)?.event.params.message;
    return message ? `${id}（${text(message)}）` : id;
  };
  const material = (code: string) => materials.get(code) ?? code;
  return {
    ruleLine,
    material,
    ofSet(what, value) {
      switch (what) {
        case 'missingMaterials':
          return material(value);
        case 'formErrors':
          return fieldName(outline, value);
        case 'fees':
          return fees.get(value) ?? value;
        case 'warnings':
          return ruleLine(value);
      }
    },
    explain: { t, outline, materialName: (code) => materials.get(code) },
  };
}
