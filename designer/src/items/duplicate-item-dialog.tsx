import { type ApiError, ErrorAlert, isApiError, useApi, useI18n } from '@onewindow/runtime/app';
import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { DraftAnswer, ItemSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { ITEM_CODE_PATTERN } from './example-choices.ts';
import { itemsMessages } from './items-messages.ts';

interface DuplicateValues {
  code: string;
  name?: string;
}

/** 复制事项 — a new item from `item`'s draft under a new code (`POST /api/items {duplicateOf}`). */
export function DuplicateItemDialog({
  item,
  onCreated,
  onCancel,
}: {
  item: ItemSummary;
  onCreated(code: string): void;
  onCancel(): void;
}) {
  const m = useMessages(itemsMessages);
  const { t } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<DuplicateValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async ({ code, name }: DuplicateValues) => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        duplicateOf: item.code,
        code: code.trim(),
        ...(name?.trim() ? { name: name.trim() } : {}),
      };
      const draft = await api.post<DraftAnswer>('/api/items', body);
      onCreated(draft.code);
    } catch (e) {
      if (!isApiError(e)) throw e;
      if (e.code === 'DUPLICATE') {
        form.setFields([{ name: 'code', errors: [m('create.duplicateCode', { code: code.trim() })] }]);
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={m('duplicate.title', { name: item.name })}
      okText={m('duplicate.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      okButtonProps={{ loading: busy }}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        {m('duplicate.intro', { name: item.name, code: item.code })}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error} />}
      <Form<DuplicateValues> form={form} name="duplicate-item" layout="vertical" onFinish={submit}>
        <Form.Item
          name="code"
          label={m('create.code')}
          extra={m('create.codeHelp')}
          rules={[
            { required: true, message: m('create.codeRequired') },
            { pattern: ITEM_CODE_PATTERN, message: m('create.codeInvalid') },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="name" label={m('duplicate.newName')} extra={m('duplicate.newNameHelp')}>
          <Input maxLength={200} placeholder={item.name} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
