import { appendPointer } from './json-pointer.ts';
import type { LintContext } from './lint-context.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { arrayAt, objectAt, objectItems, stringAt } from './read-json.ts';

/**
 * `conditional-material-unreferenced` (warning): a material whose necessity is `conditional`
 * (情形必要 — required only when a rule says so) that no `require-material` rule names, so it is
 * never required.
 */
export function materialFindings(ctx: LintContext): LintFinding[] {
  const required = new Set<string>();
  for (const [, rule] of ctx.rules) {
    const event = objectAt(rule, 'event');
    const material = stringAt(objectAt(event, 'params'), 'material');
    if (stringAt(event, 'type') === 'require-material' && material !== undefined) required.add(material);
  }
  return objectItems(arrayAt(ctx.definition, 'materials')).flatMap(([index, material]) => {
    const code = stringAt(material, 'code');
    if (material.necessity !== 'conditional' || code === undefined || required.has(code)) return [];
    return [
      finding(
        'warning',
        'conditional-material-unreferenced',
        appendPointer('/materials', index, 'necessity'),
        `情形必要材料“${code}”没有任何 require-material 规则引用，永远不会被要求提交`,
        `Conditional material "${code}" is named by no require-material rule, so it is never required`,
      ),
    ];
  });
}
