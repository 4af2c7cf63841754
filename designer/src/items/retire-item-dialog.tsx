import { type ApiError, ErrorAlert, isApiError, useApi, useI18n } from '@onewindow/runtime/app';
import { Input, Modal, Typography } from 'antd';
import { useId, useState } from 'react';
import type { ItemSummary, VersionSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { itemsMessages } from './items-messages.ts';

/**
 * 停用 — retires the item's active version after a confirmation with an optional reason
 * (`POST /api/items/:code/versions/:v/retire`). A failure stays in the dialog, reason kept.
 */
export function RetireItemDialog({
  item,
  version,
  onRetired,
  onCancel,
}: {
  item: ItemSummary;
  version: number;
  onRetired(summary: VersionSummary): void;
  onCancel(): void;
}) {
  const m = useMessages(itemsMessages);
  const { t } = useI18n();
  const api = useApi();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const retire = async () => {
    setBusy(true);
    setError(null);
    try {
      const path = `/api/items/${encodeURIComponent(item.code)}/versions/${version}/retire`;
      const summary = await api.post<VersionSummary>(
        path,
        reason.trim() ? { reason: reason.trim() } : undefined,
      );
      onRetired(summary);
    } catch (e) {
      if (!isApiError(e)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={m('retire.title', { name: item.name })}
      okText={m('retire.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={retire}
      onCancel={onCancel}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>{m('retire.body', { version })}</Typography.Paragraph>
      {error && <ErrorAlert error={error} prefix={m('retire.failed')} />}
      <label htmlFor={reasonId} className="ow-field-label">
        {m('retire.reason')}
      </label>
      <Input.TextArea
        id={reasonId}
        value={reason}
        maxLength={500}
        rows={3}
        placeholder={m('retire.reasonPlaceholder')}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
