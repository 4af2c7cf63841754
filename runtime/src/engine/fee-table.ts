import type { Fee, FeeCharge } from '@onewindow/schemas';
import type { CompiledRule } from './compile-rules.ts';

/** Rounds a sum of yuan amounts to the fen, so 0.1 + 0.2 is 0.3. */
const toFen = (yuan: number): number => Math.round(yuan * 100) / 100;

/** The first fired `fee` rule (in result order, so the highest priority) that charges `code`. */
function chargingRule(code: string, fired: readonly CompiledRule[]): CompiledRule | undefined {
  for (const rule of fired) if (rule.type === 'fee' && rule.params.fee === code) return rule;
  return undefined;
}

/**
 * The fees charged, in definition order: each fee at most once. A fired `fee` rule charges its fee at
 * the event's `amount` or the fee's standard; when several fire for one fee, the first in result
 * order (highest priority) decides. A fee with `always: true` is charged at its standard unless a
 * rule already charged it.
 */
export function resolveFees(
  fees: readonly Fee[],
  fired: readonly CompiledRule[],
): { fees: FeeCharge[]; total: number } {
  const charges: FeeCharge[] = [];
  let total = 0;
  for (const fee of fees) {
    const rule = chargingRule(fee.code, fired);
    if (rule === undefined && fee.always !== true) continue;
    const charge: FeeCharge = {
      code: fee.code,
      name: fee.name,
      amount: rule?.params.amount ?? fee.amount,
      waivable: fee.waivable ?? false,
    };
    if (fee.basis !== undefined) charge.basis = fee.basis;
    if (rule !== undefined) charge.rule = rule.id;
    charges.push(charge);
    total += charge.amount;
  }
  return { fees: charges, total: toFen(total) };
}
