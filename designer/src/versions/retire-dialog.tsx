import { type ApiError, ErrorAlert, isApiError, useApi } from '@onewindow/runtime/app';
import { Form, Input, Modal } from 'antd';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { itemPath } from '../save/item-requests.ts';
import { versionsMessages } from './versions-messages.ts';

/** 停用版本 — asks for the reason, then retires `version` (new cases stop using it; filed ones keep it). */
export function RetireDialog({
  code,
  version,
  onClose,
  onRetired,
}: {
  code: string;
  version: number;
  onClose: () => void;
  onRetired: (version: number) => void;
}) {
  const m = useMessages(versionsMessages);
  const api = useApi();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const retire = async () => {
    const text = reason.trim();
    if (text === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.post(`${itemPath(code)}/versions/${version}/retire`, { reason: text });
      onRetired(version);
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
      title={m('versions.retireTitle', { version })}
      okText={m('versions.retire')}
      okButtonProps={{ danger: true }}
      onOk={retire}
      confirmLoading={busy}
      onCancel={onClose}
    >
      <p>{m('versions.retireExplain')}</p>
      <Form layout="vertical" requiredMark>
        <Form.Item
          label={m('versions.retireReason')}
          htmlFor={reasonId}
          required
          validateStatus={missing ? 'error' : undefined}
          help={missing ? m('versions.retireReasonRequired') : undefined}
        >
          <Input.TextArea
            id={reasonId}
            value={reason}
            maxLength={500}
            rows={3}
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
        </Form.Item>
      </Form>
      {error && <ErrorAlert error={error} />}
    </Modal>
  );
}
