import type { Duration } from '../generated/types.ts';
import { isCertainlyLonger } from './is-certainly-longer.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { type JsonObject, objectAt, own, stringAt } from './read-json.ts';

const UNITS = new Set(['workday', 'day', 'hour']);
const UNIT_TEXT: Readonly<Record<string, [zh: string, en: string]>> = {
  workday: ['个工作日', 'working days'],
  day: ['个自然日', 'natural days'],
  hour: ['小时', 'hours'],
};

function readDuration(value: unknown): Duration | undefined {
  const amount = own(value, 'amount');
  const unit = stringAt(value, 'unit');
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || !unit || !UNITS.has(unit)) {
    return undefined;
  }
  return { amount, unit: unit as Duration['unit'] };
}

const zhOf = (d: Duration) => `${d.amount} ${UNIT_TEXT[d.unit][0]}`;
const enOf = (d: Duration) => `${d.amount} ${UNIT_TEXT[d.unit][1]}`;

/**
 * Findings on `timeLimits` against `handling.kind`:
 * - `promised-exceeds-statutory` (error): the promised limit (承诺时限) is certainly longer than the
 *   statutory one (法定时限), see {@link isCertainlyLonger};
 * - `immediate-promised-nonzero` (error): 即办件 (`immediate`) is decided on the spot, promised 0;
 * - `commitment-promised-zero` (warning): 承诺件 promising 0 is really 即办件;
 * - `acceptance-window-missing` (warning): 承诺件 without an explicit acceptance window (受理时限);
 *   the platform then applies its 5-day default, which the public guide cannot state.
 */
export function timeLimitFindings(definition: JsonObject): LintFinding[] {
  const timeLimits = objectAt(definition, 'timeLimits');
  const statutory = readDuration(own(timeLimits, 'statutory'));
  const promised = readDuration(own(timeLimits, 'promised'));
  const kind = stringAt(objectAt(definition, 'handling'), 'kind');
  const findings: LintFinding[] = [];
  if (statutory && promised && isCertainlyLonger(promised, statutory)) {
    findings.push(
      finding(
        'error',
        'promised-exceeds-statutory',
        '/timeLimits/promised',
        `承诺时限（${zhOf(promised)}）长于法定时限（${zhOf(statutory)}）`,
        `The promised limit (${enOf(promised)}) is longer than the statutory limit (${enOf(statutory)})`,
      ),
    );
  }
  if (kind === 'immediate' && promised && promised.amount !== 0) {
    findings.push(
      finding(
        'error',
        'immediate-promised-nonzero',
        '/timeLimits/promised/amount',
        `即办件当场办结，承诺时限应为 0，而不是 ${zhOf(promised)}`,
        `An immediate item is decided on the spot: the promised limit must be 0, not ${enOf(promised)}`,
      ),
    );
  }
  if (kind === 'commitment' && promised?.amount === 0) {
    findings.push(
      finding(
        'warning',
        'commitment-promised-zero',
        '/timeLimits/promised/amount',
        '承诺件的承诺时限为 0：若当场办结，应设为即办件（immediate）',
        'A commitment item promising 0: if it is decided on the spot, make it immediate',
      ),
    );
  }
  if (kind === 'commitment' && timeLimits && !Object.hasOwn(timeLimits, 'acceptanceWindow')) {
    findings.push(
      finding(
        'warning',
        'acceptance-window-missing',
        '/timeLimits/acceptanceWindow',
        '承诺件未设受理时限，将按默认 5 日处理；请在办事指南中写明',
        'No acceptance window for a commitment item: the 5-day default applies; state it for the public guide',
      ),
    );
  }
  return findings;
}
