import { useI18n } from '@onewindow/runtime/app';
import type { Fee, Material, Rule } from '@onewindow/schemas';
import { useMessages } from '../i18n/define-messages.ts';
import { useBuilder } from './builder-context.ts';
import { type DescribeContext, describeCondition } from './describe-condition.ts';
import { rulesMessages } from './rules-messages.ts';

export interface RuleExplanationProps {
  rule: Rule;
  materials: readonly Material[];
  fees: readonly Fee[];
}

/** The rule in one plain sentence: "当 申请人年龄 小于 16 时：不予受理 — 经营者未满16周岁…". */
export function RuleExplanation({ rule, materials, fees }: RuleExplanationProps) {
  const m = useMessages(rulesMessages);
  const { t, text } = useI18n();
  const { choiceOf } = useBuilder();
  const ctx: DescribeContext = {
    choice: choiceOf,
    operator: (op) => t(`explain.op.${op}`),
    and: m('explain.and'),
    or: m('explain.or'),
    not: (inner) => m('explain.not', { inner }),
    always: m('explain.always'),
    yes: t('common.yes'),
    no: t('common.no'),
    empty: m('explain.empty'),
    separator: t('explain.separator'),
    years: (n) => m('explain.years', { n }),
    quote: (v) => m('explain.quote', { v }),
  };
  const { type, params } = rule.event;
  const unnamed = m('outcome.unnamed');
  const material = materials.find((x) => x.code === params.material);
  const fee = fees.find((f) => f.code === params.fee);
  const outcome = m(`outcome.${type}`, {
    material: material ? text(material.name) : (params.material ?? unnamed),
    fee: fee ? text(fee.name) : (params.fee ?? unnamed),
    route: params.route ?? unnamed,
  });
  const message = text(params.message);
  return (
    <p className="ow-rule-explain">
      <strong>{m('explain.label')}</strong>
      <span data-testid="rule-explanation">
        {m('explain.when', { conditions: describeCondition(rule.conditions, ctx), outcome })}
      </span>
      {message && <span className="ow-rule-explain-message">{message}</span>}
    </p>
  );
}
