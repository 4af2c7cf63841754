import { useI18n } from '@onewindow/runtime/app';
import type { Fee, Rule } from '@onewindow/schemas';
import { Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { setIn } from '../editor/set-in.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { ConditionNodeEditor } from './condition-node.tsx';
import { asTopLevel, type ConditionNode } from './condition-tree.ts';
import { EventEditor } from './event-editor.tsx';
import { RuleExplanation } from './rule-explanation.tsx';
import { RuleHeaderFields } from './rule-header-fields.tsx';
import { parseRuleJson, type RuleJsonProblem } from './rule-json.ts';
import { RuleJsonEditor } from './rule-json-editor.tsx';
import { rulesMessages } from './rules-messages.ts';
import { anchorId } from './use-owned-focus.ts';

const NO_FEES: readonly Fee[] = [];
const pretty = (rule: Rule | undefined) => (rule ? JSON.stringify(rule, null, 2) : '');

/** The JSON mode's text, the rule text it started from, and the problems of the last apply. */
interface JsonDraft {
  text: string;
  base: string;
  problems: RuleJsonProblem[] | null;
}

/**
 * Edits the rule at `index`: its id, name and priority; its conditions in the visual builder or as
 * JSON (both edit the same rule in the store); its outcome; and the rule read out in plain words.
 */
export function RuleEditor({ index }: { index: number }) {
  const m = useMessages(rulesMessages);
  const { locale } = useI18n();
  const store = useEditorStore();
  const rule = useEditor((s) => s.definition.rules[index]);
  const rules = useEditor((s) => s.definition.rules);
  const materials = useEditor((s) => s.definition.materials);
  const fees = useEditor((s) => s.definition.fees) ?? NO_FEES;
  const [mode, setMode] = useState<'visual' | 'json'>('visual');
  const [json, setJson] = useState<JsonDraft>(() => ({
    text: pretty(rule),
    base: pretty(rule),
    problems: null,
  }));
  const pointer = `/rules/${index}`;

  // Undo, redo or an edit elsewhere shows in the JSON text unless the text has edits of its own.
  useEffect(() => {
    setJson((j) =>
      j.text === j.base ? { text: pretty(rule), base: pretty(rule), problems: j.problems } : j,
    );
  }, [rule]);

  const save = (next: Rule, coalesce?: string) =>
    store.edit((d) => setIn(d, ['rules', index], next), coalesce ? { coalesce } : undefined);

  const apply = (): boolean => {
    const result = parseRuleJson(json.text, locale, (detail) => m('json.syntax', { detail }));
    if (!result.ok) {
      setJson({ ...json, problems: result.problems });
      return false;
    }
    if (JSON.stringify(result.rule) !== JSON.stringify(rule)) save(result.rule);
    setJson({ text: pretty(result.rule), base: pretty(result.rule), problems: null });
    return true;
  };
  const switchMode = (next: 'visual' | 'json') => {
    if (next === 'json') {
      setJson({ text: pretty(rule), base: pretty(rule), problems: null });
      setMode('json');
    } else if (json.text === json.base || apply()) {
      setMode('visual');
    }
  };

  if (!rule) return null;
  const duplicateId = rules.some((r, i) => i !== index && r.id === rule.id);
  return (
    <section className="ow-rule-editor" aria-labelledby="ow-rule-editor-title">
      <div className="ow-rule-editor-head">
        <Typography.Title level={3} id="ow-rule-editor-title" className="ow-section-title">
          {m('editor.title', { id: rule.id })}
        </Typography.Title>
        <Radio.Group
          aria-label={m('mode.label')}
          optionType="button"
          value={mode}
          onChange={(e) => switchMode(e.target.value)}
          options={[
            { value: 'visual', label: m('mode.visual') },
            { value: 'json', label: m('mode.json') },
          ]}
        />
      </div>
      {mode === 'json' ? (
        <RuleJsonEditor
          id={anchorId(`${pointer}/json`)}
          ruleId={rule.id}
          text={json.text}
          problems={json.problems}
          dirty={json.text !== json.base}
          onText={(text) => setJson({ ...json, text })}
          onApply={apply}
          onReset={() => setJson({ text: json.base, base: json.base, problems: null })}
        />
      ) : (
        <>
          <RuleHeaderFields rule={rule} pointer={pointer} duplicateId={duplicateId} onChange={save} />
          <Typography.Title level={4} className="ow-section-title">
            {m('section.conditions')}
          </Typography.Title>
          <ConditionNodeEditor
            node={rule.conditions}
            pointer={`${pointer}/conditions`}
            number=""
            onChange={(next: ConditionNode, coalesce) =>
              save({ ...rule, conditions: asTopLevel(next) }, coalesce)
            }
          />
          <Typography.Title level={4} className="ow-section-title">
            {m('section.event')}
          </Typography.Title>
          <EventEditor
            event={rule.event}
            pointer={`${pointer}/event`}
            materials={materials}
            fees={fees}
            onChange={(event, coalesce) => save({ ...rule, event }, coalesce)}
          />
        </>
      )}
      <RuleExplanation rule={rule} materials={materials} fees={fees} />
    </section>
  );
}
