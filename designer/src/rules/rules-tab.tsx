import { useI18n } from '@onewindow/runtime/app';
import { Button, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { insertItem, moveItem, removeItem } from '../materials/list-edits.ts';
import { BuilderContext, type BuilderContextValue } from './builder-context.ts';
import { type FactLabels, factChoices, factKey } from './fact-choices.ts';
import { appendRule, duplicateRule, newRule } from './new-rule.ts';
import { RuleEditor } from './rule-editor.tsx';
import { RuleList } from './rule-list.tsx';
import { rulesMessages } from './rules-messages.ts';
import { useOwnedFocus } from './use-owned-focus.ts';
import './rules.css';

const RULE_POINTER = /^\/rules\/(\d+)(?:\/|$)/;

/**
 * 审查规则 — the list of the item's rules and, below it, the selected rule in the visual condition
 * builder (or as JSON). A focus pointer under /rules (lint, the materials tab's links) selects the
 * rule and highlights the condition it names.
 */
export function RulesTab() {
  const m = useMessages(rulesMessages);
  const { t, text } = useI18n();
  const store = useEditorStore();
  const rules = useEditor((s) => s.definition.rules);
  const form = useEditor((s) => s.definition.form);
  const materials = useEditor((s) => s.definition.materials);
  const [selected, setSelected] = useState<number | null>(rules.length > 0 ? 0 : null);
  const [highlight, setHighlight] = useState<string | null>(null);

  useOwnedFocus(
    (pointer) => RULE_POINTER.test(pointer),
    (pointer) => {
      setSelected(Number(RULE_POINTER.exec(pointer)?.[1]));
      setHighlight(pointer);
    },
  );

  const builder = useMemo<BuilderContextValue>(() => {
    const labels: FactLabels = {
      age: t('explain.applicant.age'),
      birthDate: t('explain.applicant.birthDate'),
      gender: t('explain.applicant.gender'),
      regionCode: t('explain.applicant.regionCode'),
      materials: t('explain.fact.materials'),
      today: t('explain.fact.today'),
      male: m('gender.male'),
      female: m('gender.female'),
      yes: t('common.yes'),
      no: t('common.no'),
      materialName: (material) => text(material.name),
    };
    const choices = factChoices(form, materials, labels);
    const byKey = new Map(choices.map((c) => [c.key, c]));
    return { choices, choiceOf: (fact, path) => byKey.get(factKey(fact, path)), highlight };
  }, [form, materials, highlight, t, m, text]);

  const select = useCallback((index: number) => {
    setSelected(index);
    setHighlight(null);
  }, []);
  const add = () => select(appendRule(store, newRule(store.getState().definition.rules)));
  const move = (from: number, to: number) => {
    store.edit((d) => ({ ...d, rules: moveItem(d.rules, from, to) }));
    if (selected === from) setSelected(to);
    else if (selected === to) setSelected(from);
  };
  const duplicate = (index: number) => {
    store.edit((d) => ({
      ...d,
      rules: insertItem(d.rules, index + 1, duplicateRule(d.rules[index], d.rules)),
    }));
    select(index + 1);
  };
  const remove = (index: number) => {
    store.edit((d) => ({ ...d, rules: removeItem(d.rules, index) }));
    if (selected !== null && selected >= index) {
      const next = selected === index ? Math.min(index, rules.length - 2) : selected - 1;
      setSelected(next >= 0 ? next : null);
    }
  };
  const current = selected !== null && selected < rules.length ? selected : null;

  return (
    <div className="ow-rules-tab">
      <div className="ow-tab-head">
        <Typography.Title level={2} className="ow-section-title">
          {m('list.title')}
        </Typography.Title>
        <Button type="primary" onClick={add}>
          {m('list.add')}
        </Button>
      </div>
      <p className="ow-help">{m('list.hint')}</p>
      <RuleList
        rules={rules}
        selected={current}
        onSelect={select}
        onMove={move}
        onDuplicate={duplicate}
        onRemove={remove}
      />
      <BuilderContext.Provider value={builder}>
        {current === null ? (
          <p className="ow-help">{m('editor.none')}</p>
        ) : (
          <RuleEditor key={current} index={current} />
        )}
      </BuilderContext.Provider>
    </div>
  );
}
