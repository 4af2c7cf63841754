import { fieldPointerOfPath } from './form-fields.ts';

/** A rule condition (or a condition's value) that reads the `form` fact at `path`. */
export interface RuleFieldReference {
  rule: string;
  /** JSON pointer of the `path` member inside the definition, e.g. `/rules/2/conditions/all/0/path`. */
  at: string;
  path: string;
  /** The form field it names, as `formFields` keys them. */
  field: string;
}

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every read of the `form` fact in the rules of a definition, found without trusting their shape. */
export function ruleFieldReferences(rules: unknown): RuleFieldReference[] {
  const references: RuleFieldReference[] = [];
  if (!Array.isArray(rules)) return references;
  rules.forEach((rule, index) => {
    if (!isNode(rule) || typeof rule.id !== 'string') return;
    const id = rule.id;
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          visit(child, `${at}/${i}`);
        });
        return;
      }
      if (!isNode(node)) return;
      if (node.fact === 'form' && typeof node.path === 'string') {
        references.push({
          rule: id,
          at: `${at}/path`,
          path: node.path,
          field: fieldPointerOfPath(node.path),
        });
      }
      for (const key of ['all', 'any', 'not', 'value']) if (key in node) visit(node[key], `${at}/${key}`);
    };
    visit(rule.conditions, `/rules/${index}/conditions`);
  });
  return references;
}
