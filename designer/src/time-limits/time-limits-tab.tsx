import type { Duration, TimeLimits } from '@onewindow/schemas';
import { Input, InputNumber, Typography } from 'antd';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { setIn } from '../editor/set-in.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { LabelledField } from '../rules/labelled-field.tsx';
import { anchorId, useOwnedFocus } from '../rules/use-owned-focus.ts';
import { compareLimits } from './compare-limits.ts';
import { DeadlinePreview } from './deadline-preview.tsx';
import { DurationInput } from './duration-input.tsx';
import { LimitCheck } from './limit-check.tsx';
import { timeLimitsMessages } from './time-limits-messages.ts';
import '../rules/fields.css';
import './time-limits.css';

const EMPTY: TimeLimits = {
  statutory: { amount: 0, unit: 'workday' },
  promised: { amount: 0, unit: 'workday' },
};
const at = (path: string) => anchorId(`/timeLimits/${path}`);

/**
 * 办理时限 — statutory and promised limits with their units, the acceptance window, the warning
 * threshold and the statute's wording; the promised ≤ statutory check inline; a preview of both
 * deadlines for an acceptance date on the holiday calendars.
 */
export function TimeLimitsTab() {
  const m = useMessages(timeLimitsMessages);
  const store = useEditorStore();
  const timeLimits = useEditor((s) => s.definition.timeLimits) ?? EMPTY;
  const handling = useEditor((s) => s.definition.handling?.kind);
  useOwnedFocus(
    (pointer) => pointer.startsWith('/timeLimits'),
    () => {},
  );

  const set = (key: keyof TimeLimits, value: unknown, typing = false) =>
    store.edit(
      (d) => setIn(d, ['timeLimits', key], value),
      typing ? { coalesce: `/timeLimits/${key}` } : undefined,
    );
  const setDuration =
    (key: 'statutory' | 'promised' | 'acceptanceWindow') => (value: Duration | undefined, typing?: boolean) =>
      set(key, value, typing);
  const exceeds = compareLimits(timeLimits.promised, timeLimits.statutory).kind === 'exceeds';
  const immediateWrong = handling === 'immediate' && timeLimits.promised.amount !== 0;

  return (
    <div className="ow-time-limits-tab">
      <Typography.Title level={2} className="ow-section-title">
        {m('title')}
      </Typography.Title>
      <p className="ow-help">{m('hint')}</p>
      <p>
        {m(handling === 'immediate' ? 'handling.immediate' : 'handling.commitment')}
        <span className="ow-help"> {m('handling.where')}</span>
      </p>
      <div className="ow-limits-grid">
        <LabelledField id={at('statutory')} label={m('field.statutory')}>
          <DurationInput
            id={at('statutory')}
            limit={m('field.statutory')}
            value={timeLimits.statutory}
            onChange={setDuration('statutory')}
          />
        </LabelledField>
        <LabelledField
          id={at('promised')}
          label={m('field.promised')}
          help={
            <LimitCheck
              id={`${at('promised')}-check`}
              promised={timeLimits.promised}
              statutory={timeLimits.statutory}
              handling={handling}
              onSetPromisedZero={() => set('promised', { ...timeLimits.promised, amount: 0 })}
            />
          }
        >
          <DurationInput
            id={at('promised')}
            limit={m('field.promised')}
            value={timeLimits.promised}
            status={exceeds || immediateWrong ? 'error' : undefined}
            describedBy={`${at('promised')}-check`}
            onChange={setDuration('promised')}
          />
        </LabelledField>
        <LabelledField
          id={at('acceptanceWindow')}
          label={m('field.acceptanceWindow')}
          help={<span className="ow-help">{m('help.acceptanceWindow')}</span>}
        >
          <DurationInput
            id={at('acceptanceWindow')}
            limit={m('field.acceptanceWindow')}
            value={timeLimits.acceptanceWindow}
            optional
            defaultUnit="day"
            onChange={setDuration('acceptanceWindow')}
          />
        </LabelledField>
        <LabelledField
          id={at('yellowAt')}
          label={m('field.yellowAt')}
          help={<span className="ow-help">{m('help.yellowAt')}</span>}
        >
          <InputNumber
            id={at('yellowAt')}
            min={0}
            max={30}
            precision={0}
            placeholder="1"
            suffix={m('yellowAt.suffix')}
            value={timeLimits.yellowAt ?? null}
            onChange={(n) => set('yellowAt', n ?? undefined, true)}
          />
        </LabelledField>
        <LabelledField id={at('statutoryText')} label={m('field.statutoryText')} className="ow-wide">
          <Input.TextArea
            id={at('statutoryText')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={m('help.statutoryText')}
            value={timeLimits.statutoryText ?? ''}
            onChange={(e) => set('statutoryText', e.target.value || undefined, true)}
          />
        </LabelledField>
      </div>
      <DeadlinePreview timeLimits={timeLimits} />
    </div>
  );
}
