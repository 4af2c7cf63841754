import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Modal } from 'antd';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { accountsMessages } from './accounts-messages.ts';

/** Shows a one-time password once, with a copy button; closing it is the only way on. */
export function OneTimePasswordDialog({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose(): void;
}) {
  const m = useMessages(accountsMessages);
  const labelId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyPassword = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <Modal
      open
      title={m('password.title', { username })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {m('password.close')}
        </Button>
      }
    >
      <Alert type="warning" showIcon className="ow-gap" title={m('password.once')} />
      <div id={labelId} className="ow-field-label">
        {m('password.label')}
      </div>
      <div className="ow-line">
        <output className="ow-password" aria-labelledby={labelId} data-testid="one-time-password">
          {password}
        </output>
        <Button icon={<CopyOutlined aria-hidden />} onClick={copyPassword}>
          {copy === 'copied' ? m('password.copied') : m('password.copy')}
        </Button>
      </div>
      {copy === 'failed' && (
        <p role="alert" className="ow-cal-problem">
          {m('password.copyFailed')}
        </p>
      )}
    </Modal>
  );
}
