import { Button } from 'antd';
import type { CaseAction, CaseView } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import type { MessageKey } from '../shared/i18n/messages.ts';

/** The intake decisions right after a receipt, in the words of the notice each one issues. */
const NEXT: readonly { action: CaseAction; label: MessageKey; danger?: boolean }[] = [
  { action: 'accept', label: 'receipt.accept' },
  { action: 'request-supplement', label: 'receipt.requestSupplement' },
  { action: 'reject', label: 'receipt.reject', danger: true },
];

/** The intake decision buttons the case allows now (the server narrows them by the check's outcome). */
export function NextStepButtons({ view, onAction }: { view: CaseView; onAction(action: CaseAction): void }) {
  const { t } = useI18n();
  return (
    <>
      {NEXT.filter((n) => view.allowedActions.includes(n.action) && view.status === 'received').map((n) => (
        <Button key={n.action} type="primary" danger={n.danger} onClick={() => onAction(n.action)}>
          {t(n.label)}
        </Button>
      ))}
    </>
  );
}
