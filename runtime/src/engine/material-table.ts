import type { Material, MaterialReason, MaterialStatus } from '@onewindow/schemas';
import type { CompiledRule } from './compile-rules.ts';

type MaterialEvent = 'require-material' | 'waive-material';

/** The fired material rules by material code, each list in result order. */
function reasonsByMaterial(
  fired: readonly CompiledRule[],
  kind: MaterialEvent,
): Map<string, MaterialReason[]> {
  const byCode = new Map<string, MaterialReason[]>();
  for (const r of fired) {
    const code = r.params.material;
    if (r.type !== kind || code === undefined) continue;
    const reason: MaterialReason = { kind, rule: r.id, message: r.params.message };
    const list = byCode.get(code);
    if (list) list.push(reason);
    else byCode.set(code, [reason]);
  }
  return byCode;
}

const NONE: readonly MaterialReason[] = [];

/**
 * The status of every material of the definition, in definition order, given the rules that fired
 * (in result order) and the codes provided:
 *
 * - `required` (必要) and `deferrable` (容缺) materials are required; `conditional` (情形必要) ones only
 *   when a `require-material` rule for them fired; `optional` (非必要) ones never.
 * - A fired `waive-material` rule un-requires any material (e.g. shared instead of submitted).
 * - `missing`: required, not provided, not deferrable — it makes the case incomplete. A missing
 *   deferrable material is `deferred` instead: accepted now, supplied later.
 * - `why`: the necessity (unless a rule is what made a conditional material required), then the
 *   fired rules that required or waived it, with their messages.
 */
export function resolveMaterials(
  materials: readonly Material[],
  fired: readonly CompiledRule[],
  provided: ReadonlySet<string>,
): MaterialStatus[] {
  let requiredBy: Map<string, MaterialReason[]> | undefined;
  let waivedBy: Map<string, MaterialReason[]> | undefined;
  for (const r of fired) {
    if (r.type === 'require-material' && r.params.material !== undefined) {
      requiredBy ??= reasonsByMaterial(fired, 'require-material');
    } else if (r.type === 'waive-material' && r.params.material !== undefined) {
      waivedBy ??= reasonsByMaterial(fired, 'waive-material');
    }
  }
  const out: MaterialStatus[] = new Array(materials.length);
  for (let i = 0; i < materials.length; i++) {
    const m = materials[i];
    const requires = requiredBy?.get(m.code) ?? NONE;
    const waives = waivedBy?.get(m.code) ?? NONE;
    const byNecessity = m.necessity === 'required' || m.necessity === 'deferrable';
    const waived = waives.length > 0;
    const required =
      m.necessity !== 'optional' &&
      !waived &&
      (byNecessity || (m.necessity === 'conditional' && requires.length > 0));
    const isProvided = provided.has(m.code);
    const absent = required && !isProvided;
    const why: MaterialReason[] =
      m.necessity === 'conditional' && requires.length > 0 ? [] : [{ kind: 'necessity' }];
    for (const r of requires) why.push(r);
    for (const r of waives) why.push(r);
    out[i] = {
      code: m.code,
      name: m.name,
      necessity: m.necessity,
      required,
      provided: isProvided,
      missing: absent && m.necessity !== 'deferrable',
      deferred: absent && m.necessity === 'deferrable',
      waived,
      why,
    };
  }
  return out;
}
