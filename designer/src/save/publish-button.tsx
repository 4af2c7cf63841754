import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { PublishDialog } from './publish-dialog.tsx';
import { saveMessages } from './save-messages.ts';
import { usePublishReadiness } from './use-publish-readiness.ts';

/** 发布 — enabled only when lint has no error and every embedded test passes; says why otherwise. */
export function PublishButton() {
  const m = useMessages(saveMessages);
  const readiness = usePublishReadiness();
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  const note = readiness.ready
    ? readiness.summary
    : readiness.checking
      ? m('publish.checking')
      : m('publish.blocked', { reasons: readiness.reasons.join('；') });
  return (
    <div className="ow-publish">
      <Button
        type="primary"
        icon={<CloudUploadOutlined />}
        disabled={!readiness.ready}
        aria-describedby={reasonId}
        onClick={() => setOpen(true)}
      >
        {m('publish.button')}
      </Button>
      <Typography.Text
        id={reasonId}
        type={readiness.ready ? 'secondary' : 'danger'}
        className="ow-publish-note"
      >
        {note}
      </Typography.Text>
      {open && <PublishDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
