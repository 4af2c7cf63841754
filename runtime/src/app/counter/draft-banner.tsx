import { Alert, Button, Space } from 'antd';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import type { ReceiptDraft } from './draft-store.ts';

/** 发现草稿: offers to resume the saved draft of this item (saying how many scans it holds), or to discard it. */
export function DraftBanner({
  draft,
  onResume,
  onDiscard,
}: {
  draft: ReceiptDraft;
  onResume(): void;
  onDiscard(): void;
}) {
  const { t, locale } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      className="ow-gap"
      title={t('receive.draftFound', { time: new Date(draft.savedAt).toLocaleString(locale) })}
      description={
        draft.attachments && draft.attachments.length > 0
          ? t('receive.draftScans', { n: draft.attachments.length })
          : undefined
      }
      action={
        <Space>
          <Button type="primary" onClick={onResume}>
            {t('receive.resumeDraft')}
          </Button>
          <Button onClick={onDiscard}>{t('receive.discardDraft')}</Button>
        </Space>
      }
    />
  );
}
