import { type ApiError, ErrorAlert, isApiError, useApi, useI18n } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import type { DraftAnswer } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { EXAMPLE_CHOICES, ITEM_CODE_PATTERN, ITEM_TYPES } from './example-choices.ts';
import { itemsMessages } from './items-messages.ts';

interface CreateValues {
  source: 'blank' | 'example';
  fromExample?: string;
  code?: string;
  name?: string;
  type?: ServiceItem['type'];
  department?: string;
}

/** The body of `POST /api/items` for what the dialog holds (empty optional fields left out). */
export function createItemBody(values: CreateValues): Record<string, string> {
  const trimmed = (v: string | undefined) => v?.trim() || undefined;
  const body =
    values.source === 'example'
      ? { fromExample: values.fromExample, code: trimmed(values.code), name: trimmed(values.name) }
      : {
          code: trimmed(values.code),
          name: trimmed(values.name),
          type: values.type,
          department: trimmed(values.department),
        };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/**
 * 新建事项 — a blank item (code, name, type, department) or a copy of a shipped example. A taken
 * code is shown on the code field; any other failure stays in the dialog with what was typed.
 */
export function CreateItemDialog({
  onCreated,
  onCancel,
}: {
  onCreated(code: string): void;
  onCancel(): void;
}) {
  const m = useMessages(itemsMessages);
  const { t, text } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<CreateValues>();
  const source = Form.useWatch('source', form) ?? 'blank';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (values: CreateValues) => {
    setBusy(true);
    setError(null);
    try {
      const draft = await api.post<DraftAnswer>('/api/items', createItemBody(values));
      onCreated(draft.code);
    } catch (e) {
      if (!isApiError(e)) throw e;
      if (e.code === 'DUPLICATE') {
        const code = values.code?.trim() ?? '';
        form.setFields([{ name: 'code', errors: [m('create.duplicateCode', { code })] }]);
      } else if (e.status === 404 && values.source === 'example') {
        form.setFields([{ name: 'fromExample', errors: [m('create.exampleMissing')] }]);
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const codeRules = [
    ...(source === 'blank' ? [{ required: true, message: m('create.codeRequired') }] : []),
    { pattern: ITEM_CODE_PATTERN, message: m('create.codeInvalid') },
  ];
  return (
    <Modal
      open
      title={m('create.title')}
      okText={m('create.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      okButtonProps={{ loading: busy }}
      mask={{ closable: false }}
    >
      {error && <ErrorAlert error={error} />}
      <Form<CreateValues>
        form={form}
        name="create-item"
        layout="vertical"
        initialValues={{ source: 'blank', type: 'administrative-license' }}
        onFinish={submit}
      >
        <Form.Item name="source" label={m('create.source')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'blank', label: m('create.blank') },
              { value: 'example', label: m('create.fromExample') },
            ]}
          />
        </Form.Item>
        {source === 'example' && (
          <Form.Item
            name="fromExample"
            label={m('create.example')}
            rules={[{ required: true, message: m('create.exampleRequired') }]}
          >
            <Select options={EXAMPLE_CHOICES.map((e) => ({ value: e.name, label: text(e.label) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={m('create.code')}
          extra={source === 'example' ? m('create.codeOptionalHelp') : m('create.codeHelp')}
          rules={codeRules}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="name"
          label={m('create.name')}
          rules={
            source === 'blank'
              ? [{ required: true, whitespace: true, message: m('create.nameRequired') }]
              : []
          }
        >
          <Input maxLength={200} />
        </Form.Item>
        {source === 'blank' && (
          <>
            <Form.Item name="type" label={m('create.type')}>
              <Select options={ITEM_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))} />
            </Form.Item>
            <Form.Item
              name="department"
              label={m('create.department')}
              rules={[{ required: true, whitespace: true, message: m('create.departmentRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
