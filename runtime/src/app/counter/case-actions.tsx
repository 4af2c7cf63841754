import { Button, Space } from 'antd';
import type { CaseAction, CaseView } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

const DANGER: ReadonlySet<CaseAction> = new Set(['reject', 'deny', 'withdraw']);
const PRIMARY: ReadonlySet<CaseAction> = new Set([
  'accept',
  'approve',
  'request-supplement',
  'record-supplement',
  'resume',
]);

/** A button for every action the case allows now (the server's `allowedActions`), each opening its confirmation. */
export function CaseActions({ view, onAction }: { view: CaseView; onAction(action: CaseAction): void }) {
  const { t } = useI18n();
  if (view.allowedActions.length === 0) return <p className="ow-why">{t('case.noActions')}</p>;
  return (
    <Space wrap>
      {view.allowedActions.map((action) => (
        <Button
          key={action}
          type={PRIMARY.has(action) ? 'primary' : 'default'}
          danger={DANGER.has(action)}
          onClick={() => onAction(action)}
        >
          {t(`action.${action}` as const)}
        </Button>
      ))}
    </Space>
  );
}
