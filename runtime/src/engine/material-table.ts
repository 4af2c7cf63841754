import type { Material, MaterialReason, MaterialStatus } from '@onewindow/schemas';
import type { CompiledRule } from './compile-rules.ts';

/** The reason every `required` or `deferrable` material has; frozen, so that results can share it. */
const BY_NECESSITY: MaterialReason = Object.freeze({ kind: 'necessity' });

/** The material table of one definition: the status of every material, given a check's fired rules. */
export type MaterialTable = (fired: readonly CompiledRule[], provided: readonly string[]) => MaterialStatus[];

/** Per material row, the reasons of one kind, made only when a rule gives one. */
type ReasonsByRow = (MaterialReason[] | undefined)[];

function addReason(byRow: ReasonsByRow, row: number, reason: MaterialReason): void {
  const list = byRow[row];
  if (list === undefined) byRow[row] = [reason];
  else list.push(reason);
}

/**
 * Builds the material table (申请材料) of one definition: for the rules that fired (in result order)
 * and the codes provided, the status of every material, in definition order.
 *
 * - `required` (必要) and `deferrable` (容缺) materials are required; `conditional` (情形必要) ones only
 *   when a `require-material` rule for them fired; `optional` (非必要) ones never.
 * - A fired `waive-material` rule un-requires any material (e.g. shared instead of submitted).
 * - `missing`: required, not provided, not deferrable — it makes the case incomplete. A missing
 *   deferrable material is `deferred` instead: accepted now, supplied later.
 * - `why`: the necessity (unless a rule is what made a conditional material required), then the
 *   fired rules that required or waived it, with their messages.
 *
 * Which material each rule names, and each code's row, are looked up here once: a check then finds
 * the rows of its fired rules and provided codes directly, instead of comparing codes row by row.
 */
export function compileMaterialTable(
  materials: readonly Material[],
  rules: readonly CompiledRule[],
): MaterialTable {
  const rows = materials.map(({ code, name, necessity }) => ({ code, name, necessity }));
  // A code's rows: one, unless a (lint-flagged) definition repeats a code, when each row counts.
  const rowsOfCode = new Map<string, number[]>();
  rows.forEach(({ code }, i) => {
    const list = rowsOfCode.get(code);
    if (list === undefined) rowsOfCode.set(code, [i]);
    else list.push(i);
  });
  // By the rule's position in the definition: the rows of the material it requires or waives.
  const rowsOfRule: (readonly number[] | undefined)[] = new Array(rules.length).fill(undefined);
  for (const rule of rules) {
    const { material } = rule.params;
    if ((rule.type === 'require-material' || rule.type === 'waive-material') && material !== undefined) {
      rowsOfRule[rule.index] = rowsOfCode.get(material);
    }
  }
  return (fired, provided) => {
    const requires: ReasonsByRow = [];
    const waives: ReasonsByRow = [];
    for (const rule of fired) {
      const ruleRows = rowsOfRule[rule.index];
      if (ruleRows === undefined) continue;
      // Only require-material and waive-material rules have rows.
      const kind = rule.type === 'require-material' ? 'require-material' : 'waive-material';
      const reason: MaterialReason = { kind, rule: rule.id, message: rule.params.message };
      for (const row of ruleRows) addReason(kind === 'require-material' ? requires : waives, row, reason);
    }
    const isProvided: boolean[] = new Array(rows.length).fill(false);
    for (const code of provided) {
      const codeRows = rowsOfCode.get(code);
      if (codeRows !== undefined) for (const row of codeRows) isProvided[row] = true;
    }
    const out: MaterialStatus[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const { code, name, necessity } = rows[i];
      const required = requires[i];
      const waivedBy = waives[i];
      const waived = waivedBy !== undefined;
      const byRule = necessity === 'conditional' && required !== undefined;
      const isRequired =
        necessity !== 'optional' &&
        !waived &&
        (necessity === 'required' || necessity === 'deferrable' || byRule);
      const absent = isRequired && !isProvided[i];
      const why: MaterialReason[] = byRule ? [] : [BY_NECESSITY];
      if (required !== undefined) for (const r of required) why.push(r);
      if (waivedBy !== undefined) for (const r of waivedBy) why.push(r);
      out[i] = {
        code,
        name,
        necessity,
        required: isRequired,
        provided: isProvided[i],
        missing: absent && necessity !== 'deferrable',
        deferred: absent && necessity === 'deferrable',
        waived,
        why,
      };
    }
    return out;
  };
}
