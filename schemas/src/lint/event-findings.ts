import { appendPointer } from './json-pointer.ts';
import type { LintContext } from './lint-context.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { isRecord, objectAt, own, stringAt } from './read-json.ts';

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

function messageFindings(params: Record<string, unknown>, paramsPointer: string): LintFinding[] {
  const message = own(params, 'message');
  const at = (locale: string) =>
    isRecord(message)
      ? appendPointer(paramsPointer, 'message', locale)
      : appendPointer(paramsPointer, 'message');
  const findings: LintFinding[] = [];
  if (!hasText(own(message, 'zh-CN'))) {
    findings.push(
      finding(
        'error',
        'missing-zh-message',
        at('zh-CN'),
        '规则事件缺少中文说明（zh-CN）：窗口人员和申请人看到的正是这段话',
        'The rule event has no Chinese (zh-CN) message, which is what clerks and applicants read',
      ),
    );
  }
  if (!hasText(own(message, 'en'))) {
    findings.push(
      finding(
        'warning',
        'missing-en-message',
        at('en'),
        '规则事件缺少英文说明（en）',
        'The rule event has no English message',
      ),
    );
  }
  return findings;
}

/**
 * Findings in one rule's event:
 * - `material-unknown` (error): `require-material`/`waive-material` naming no material of the item;
 * - `require-non-conditional` (warning): `require-material` naming a material that is not
 *   `conditional` (情形必要): required ones are required anyway, optional/deferrable ones change meaning;
 * - `fee-unknown` (error): a `fee` event naming no fee of the item;
 * - `missing-zh-message` (error) / `missing-en-message` (warning): the event's localized message.
 */
export function eventFindings(ctx: LintContext, rule: unknown, rulePointer: string): LintFinding[] {
  const event = objectAt(rule, 'event');
  const params = objectAt(event, 'params');
  if (!params) return [];
  const paramsPointer = appendPointer(rulePointer, 'event', 'params');
  const findings = messageFindings(params, paramsPointer);
  const type = stringAt(event, 'type');
  const material = stringAt(params, 'material');
  if ((type === 'require-material' || type === 'waive-material') && material !== undefined) {
    const pointer = appendPointer(paramsPointer, 'material');
    const known = ctx.materials.get(material);
    if (!known) {
      findings.push(
        finding(
          'error',
          'material-unknown',
          pointer,
          `没有编码为“${material}”的材料`,
          `No material has the code "${material}"`,
        ),
      );
    } else if (type === 'require-material' && known.necessity !== 'conditional') {
      findings.push(
        finding(
          'warning',
          'require-non-conditional',
          pointer,
          `材料“${material}”的必要性不是“情形必要”（conditional），由规则要求它没有意义或会改变其含义`,
          `Material "${material}" is not conditional, so requiring it by a rule is redundant or changes its meaning`,
        ),
      );
    }
  }
  const fee = stringAt(params, 'fee');
  if (type === 'fee' && fee !== undefined && !ctx.feeCodes.has(fee)) {
    findings.push(
      finding(
        'error',
        'fee-unknown',
        appendPointer(paramsPointer, 'fee'),
        `没有编码为“${fee}”的收费项目`,
        `No fee has the code "${fee}"`,
      ),
    );
  }
  return findings;
}
