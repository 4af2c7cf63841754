import type { Outcome } from '@onewindow/schemas';
import { Form, Input, InputNumber, Radio } from 'antd';
import {
  type CaseAction,
  REASON_REQUIRED,
  SUSPENSION_TYPES,
  type SuspensionType,
} from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

/** What the confirmation form of an action collects. */
export interface ActionValues {
  reason?: string;
  type?: SuspensionType;
  approver?: string;
  amount?: number;
  outcome?: Outcome;
}

const OUTCOMES: readonly Outcome[] = ['accept', 'incomplete', 'reject'];

/** The inputs an action needs: a reason where the law wants one, the pause kind, approver and amount, the new outcome. */
export function ActionFields({ action, currentOutcome }: { action: CaseAction; currentOutcome: Outcome }) {
  const { t } = useI18n();
  return (
    <>
      {action === 'suspend' && (
        <Form.Item
          name="type"
          label={t('action.type')}
          rules={[{ required: true, message: t('action.type') }]}
        >
          {/* The Form.Item's <label for> points at the group's <div>, which does not name it. */}
          <Radio.Group aria-label={t('action.type')}>
            {SUSPENSION_TYPES.map((type) => (
              <Radio key={type} value={type}>
                {t(`suspend.${type}` as const)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      )}
      {action === 'extend' && (
        <>
          <Form.Item
            name="approver"
            label={t('action.approver')}
            rules={[{ required: true, whitespace: true, message: t('action.approverRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('action.amount')}
            rules={[{ required: true, message: t('action.amountRequired') }]}
          >
            <InputNumber min={1} max={3650} precision={0} />
          </Form.Item>
        </>
      )}
      {action === 'override' && (
        <Form.Item
          name="outcome"
          label={t('action.outcome')}
          rules={[{ required: true, message: t('action.outcomeRequired') }]}
        >
          <Radio.Group aria-label={t('action.outcome')}>
            {OUTCOMES.filter((o) => o !== currentOutcome).map((o) => (
              <Radio key={o} value={o}>
                {t(`outcome.${o}` as const)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      )}
      {REASON_REQUIRED.has(action) && (
        <Form.Item
          name="reason"
          label={t('action.reason')}
          rules={[{ required: true, whitespace: true, message: t('action.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}
