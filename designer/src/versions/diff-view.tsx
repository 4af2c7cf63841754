import { type Tone, ToneTag, useI18n } from '@onewindow/runtime/app';
import { useId, useMemo } from 'react';
import type { JsonChange, VersionDiff } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import {
  describeValue,
  groupChanges,
  meaningfulChanges,
  type PartChanges,
  withinPart,
} from './diff-parts.ts';
import { partLabel } from './part-label.ts';
import { RuleFieldWarnings } from './rule-field-warnings.tsx';
import { versionsMessages } from './versions-messages.ts';
import './versions.css';

const OP_TONE: Readonly<Record<JsonChange['op'], Tone>> = {
  add: 'ok',
  remove: 'bad',
  replace: 'info',
  move: 'neutral',
};

function ChangeLine({ change }: { change: JsonChange }) {
  const m = useMessages(versionsMessages);
  const { text } = useI18n();
  const before = describeValue(change.old, text);
  const after = describeValue(change.new, text);
  return (
    <li className="ow-diff-change">
      <ToneTag tone={OP_TONE[change.op]}>{m(`diff.op.${change.op}`)}</ToneTag>
      <code className="ow-diff-path">{withinPart(change.path) || m('diff.whole')}</code>
      <span className="ow-diff-values">
        {change.op === 'move' && change.from !== undefined && m('diff.movedFrom', { from: change.from })}
        {change.op === 'replace' && (
          <>
            <del>{before ?? m('diff.empty')}</del>
            <span aria-hidden="true"> → </span>
            <ins>{after ?? m('diff.empty')}</ins>
          </>
        )}
        {change.op === 'add' && <ins>{after}</ins>}
        {change.op === 'remove' && <del>{before}</del>}
      </span>
    </li>
  );
}

function PartSection({ group }: { group: PartChanges }) {
  const m = useMessages(versionsMessages);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="ow-diff-part">
      <h4 id={headingId}>
        {partLabel(m, group.part)}（{group.changes.length}）
      </h4>
      <ul>
        {group.changes.map((c) => (
          <ChangeLine key={`${c.op} ${c.path} ${c.from ?? ''}`} change={c} />
        ))}
      </ul>
    </section>
  );
}

/**
 * A diff of two versions as people read it: the rule-field warning first, the form fields added,
 * removed and renamed, then every change grouped by part of the definition with old → new values.
 */
export function DiffView({ diff }: { diff: VersionDiff }) {
  const m = useMessages(versionsMessages);
  const changes = useMemo(() => meaningfulChanges(diff.changes), [diff.changes]);
  const groups = useMemo(() => groupChanges(changes), [changes]);
  const { added, removed, renamed } = diff.fields;
  return (
    <div className="ow-diff">
      <RuleFieldWarnings changes={diff.ruleFieldChanges} />
      <p className="ow-diff-summary">
        {changes.length === 0 ? m('diff.none') : m('diff.summary', { n: changes.length })}
      </p>
      {(added.length > 0 || removed.length > 0 || renamed.length > 0) && (
        <ul className="ow-diff-fields">
          {added.length > 0 && <li>{m('diff.fieldsAdded', { fields: added.join('、') })}</li>}
          {removed.length > 0 && <li>{m('diff.fieldsRemoved', { fields: removed.join('、') })}</li>}
          {renamed.length > 0 && (
            <li>
              {m('diff.fieldsRenamed', { fields: renamed.map((r) => `${r.from} → ${r.to}`).join('、') })}
            </li>
          )}
        </ul>
      )}
      {groups.map((group) => (
        <PartSection key={group.part} group={group} />
      ))}
    </div>
  );
}
