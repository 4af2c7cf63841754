import type { Fee, LocalizedText, ServiceItem } from '@onewindow/schemas';
import { updateIn } from '../editor/set-in.ts';
import { renameInRules } from './linked-rules.ts';
import { uniqueName } from './list-edits.ts';
import { withLocaleText } from './localized-edit.ts';

const NO_FEES: readonly Fee[] = [];

/** The item's fees (the part is optional). */
export function feesOf(definition: ServiceItem): readonly Fee[] {
  return definition.fees ?? NO_FEES;
}

/** A new fee: an unused code, 0 yuan, its name still to write. */
export function newFee(fees: readonly Fee[]): Fee {
  return {
    code: uniqueName(`fee-${fees.length + 1}`, new Set(fees.map((f) => f.code))),
    name: {},
    amount: 0,
  };
}

/** The definition with `fees` as its fees. */
export function withFees(definition: ServiceItem, fees: Fee[]): ServiceItem {
  return fees === definition.fees ? definition : { ...definition, fees };
}

/** The definition with one fee changed by `update`. */
export function withFee(definition: ServiceItem, index: number, update: (fee: Fee) => Fee): ServiceItem {
  return updateIn(definition, ['fees', index], (fee) => update(fee as Fee));
}

/** The definition with fee `index`'s code set, fee rules following it when unambiguous (as materials). */
export function withFeeCode(definition: ServiceItem, index: number, code: string): ServiceItem {
  const fees = feesOf(definition);
  const old = fees[index]?.code;
  const next = withFee(definition, index, (fee) => ({ ...fee, code }));
  if (old === undefined || fees.some((f, i) => i !== index && (f.code === old || f.code === code)))
    return next;
  return { ...next, rules: renameInRules(next.rules, 'fee', old, code) };
}

/** The definition with one language of a fee's name set (kept as `{}` when emptied: it is required). */
export function withFeeName(
  definition: ServiceItem,
  index: number,
  locale: keyof LocalizedText,
  value: string,
) {
  return withFee(definition, index, (fee) => ({
    ...fee,
    name: withLocaleText(fee.name, locale, value) ?? {},
  }));
}
