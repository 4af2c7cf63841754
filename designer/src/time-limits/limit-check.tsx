import type { Duration, Handling } from '@onewindow/schemas';
import { Button } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { compareLimits } from './compare-limits.ts';
import { timeLimitsMessages } from './time-limits-messages.ts';

export interface LimitCheckProps {
  id: string;
  promised: Duration;
  statutory: Duration;
  handling: Handling['kind'] | undefined;
  onSetPromisedZero(): void;
}

/**
 * The promised ≤ statutory check as a sentence under the promised limit (in the same unit, or
 * explained when the units differ), and what 即办件 / 承诺件 asks of the promised limit.
 */
export function LimitCheck({ id, promised, statutory, handling, onSetPromisedZero }: LimitCheckProps) {
  const m = useMessages(timeLimitsMessages);
  const say = (d: Duration) => m(`duration.${d.unit}`, { n: d.amount });
  const comparison = compareLimits(promised, statutory);
  const texts = { promised: say(promised), statutory: say(statutory) };
  let line: { tone: 'ok' | 'error' | 'warning'; text: string };
  switch (comparison.kind) {
    case 'within':
      line = {
        tone: 'ok',
        text: m('check.within', {
          saved: say({ amount: comparison.saved, unit: promised.unit }),
          rate: comparison.rate,
        }),
      };
      break;
    case 'equal':
      line = { tone: 'ok', text: m('check.equal') };
      break;
    case 'exceeds':
      line = { tone: 'error', text: m('check.exceeds', texts) };
      break;
    case 'withinUnits':
      line = {
        tone: 'ok',
        text: m(statutory.unit === 'day' ? 'check.withinDays' : 'check.withinUnits', {
          ...texts,
          most: comparison.most,
          least: comparison.least,
        }),
      };
      break;
    default:
      line = { tone: 'warning', text: m('check.uncertain', texts) };
  }
  const immediateWrong = handling === 'immediate' && promised.amount !== 0;
  return (
    <div id={id} className="ow-limit-check" aria-live="polite">
      <p className={`ow-field-${line.tone}`} data-testid="limit-comparison">
        {line.text}
      </p>
      {immediateWrong && (
        <p className="ow-field-error">
          {m('check.immediate')}{' '}
          <Button size="small" onClick={onSetPromisedZero}>
            {m('check.setZero')}
          </Button>
        </p>
      )}
      {handling === 'commitment' && promised.amount === 0 && (
        <p className="ow-field-warning">{m('check.commitmentZero')}</p>
      )}
    </div>
  );
}
