import type { Material, Rule } from '@onewindow/schemas';
import { Button } from 'antd';
import { useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { appendRule, requireMaterialRule } from '../rules/new-rule.ts';
import { type LinkedRule, rulesNaming } from './linked-rules.ts';
import { materialsMessages } from './materials-messages.ts';

const REQUIRE = ['require-material'] as const;
const WAIVE = ['waive-material'] as const;

function RuleLinks({ label, rules }: { label: string; rules: readonly LinkedRule[] }) {
  const m = useMessages(materialsMessages);
  const store = useEditorStore();
  if (rules.length === 0) return null;
  return (
    <div className="ow-linked-rules">
      <span>{label}</span>
      {rules.map((r) => (
        <Button
          key={r.index}
          type="link"
          size="small"
          className="ow-rule-link"
          aria-label={m('rules.open', { id: r.id })}
          onClick={() => store.setFocus(`/rules/${r.index}`)}
        >
          {r.id}
        </Button>
      ))}
    </div>
  );
}

/**
 * The rules that name a material: for a conditional one (情形必要) the require-material rules, each
 * a link that opens it in the rules tab, or a warning that none does, and a button that adds the
 * skeleton of one and opens it; for any material the waive-material rules.
 */
export function MaterialRules({
  material,
  rules,
  row,
}: {
  material: Material;
  rules: readonly Rule[];
  row: string;
}) {
  const m = useMessages(materialsMessages);
  const store = useEditorStore();
  const requiring = rulesNaming(rules, REQUIRE, 'material', material.code);
  const waiving = rulesNaming(rules, WAIVE, 'material', material.code);
  const conditional = material.necessity === 'conditional';
  const addRule = () => {
    const index = appendRule(store, requireMaterialRule(material, store.getState().definition.rules));
    store.setFocus(`/rules/${index}`);
  };
  return (
    <div className="ow-material-rules">
      {(conditional || requiring.length > 0) && <RuleLinks label={m('rules.requiredBy')} rules={requiring} />}
      {conditional && requiring.length === 0 && <span className="ow-field-warning">{m('rules.none')}</span>}
      <RuleLinks label={m('rules.waivedBy')} rules={waiving} />
      {conditional && (
        <Button size="small" onClick={addRule} aria-label={m('rules.addRequireAria', { row })}>
          {m('rules.addRequire')}
        </Button>
      )}
    </div>
  );
}
