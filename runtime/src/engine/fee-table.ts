import type { Fee, FeeCharge } from '@onewindow/schemas';
import type { CompiledRule } from './compile-rules.ts';

/** Sums yuan amounts to the fen, so 0.1 + 0.2 is 0.3. */
function sumYuan(amounts: readonly number[]): number {
  return Math.round(amounts.reduce((total, a) => total + a, 0) * 100) / 100;
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
  const byRule = new Map<string, CompiledRule>();
  for (const rule of fired) {
    const code = rule.params.fee;
    if (rule.type === 'fee' && code !== undefined && !byRule.has(code)) byRule.set(code, rule);
  }
  const charges: FeeCharge[] = [];
  for (const fee of fees) {
    const rule = byRule.get(fee.code);
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
  }
  return { fees: charges, total: sumYuan(charges.map((c) => c.amount)) };
}
