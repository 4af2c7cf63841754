import type { Material, Rule } from '@onewindow/schemas';
import type { EditorStore } from '../editor/editor-store.ts';
import { uniqueName } from '../materials/list-edits.ts';

/** The rule ids a definition already uses. */
export function ruleIds(rules: readonly Rule[]): Set<string> {
  return new Set(rules.map((r) => r.id));
}

/**
 * A new rule: an unused id, no conditions yet (an empty `all`, which the builder and lint both flag
 * as "always fires" until a condition is added) and a warning event whose message is still to write.
 */
export function newRule(rules: readonly Rule[]): Rule {
  return {
    id: uniqueName(`rule-${rules.length + 1}`, ruleIds(rules)),
    conditions: { all: [] },
    event: { type: 'warn', params: { message: {} } },
  };
}

/** A copy of `rule` under an unused id (`<id>-copy`, `<id>-copy-2`, …). */
export function duplicateRule(rule: Rule, rules: readonly Rule[]): Rule {
  return { ...structuredClone(rule), id: uniqueName(`${rule.id}-copy`, ruleIds(rules)).slice(0, 64) };
}

/**
 * The skeleton of a rule that requires a conditional material (需补充材料): event require-material
 * naming `material.code`, a message drafted from the material's name, and no conditions yet.
 */
export function requireMaterialRule(material: Material, rules: readonly Rule[]): Rule {
  const zh = material.name['zh-CN'];
  const en = material.name.en;
  const message: Rule['event']['params']['message'] = {};
  if (zh) message['zh-CN'] = `须提交${zh}。`;
  if (en) message.en = `Submit: ${en}.`;
  return {
    id: uniqueName(`require-${material.code}`.slice(0, 56), ruleIds(rules)),
    conditions: { all: [] },
    event: { type: 'require-material', params: { material: material.code, message } },
  };
}

/** Appends `rule` to the definition's rules (one undo step) and returns its index. */
export function appendRule(store: EditorStore, rule: Rule): number {
  const index = store.getState().definition.rules.length;
  store.edit((d) => ({ ...d, rules: [...d.rules, rule] }));
  return index;
}
