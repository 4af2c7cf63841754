import { type ApiError, ErrorAlert, isApiError, useApi, useI18n } from '@onewindow/runtime/app';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { type AccountAnswer, MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './account-types.ts';
import { accountsMessages } from './accounts-messages.ts';

interface CreateValues {
  username: string;
  displayName: string;
  role: 'clerk' | 'inspector';
  passwordMode: 'generated' | 'chosen';
  password?: string;
}

/** Administrators create clerks and inspectors; administrators themselves come from the server's setup. */
const ROLES = ['clerk', 'inspector'] as const;

/** The form field a server error path names (`/username` → `username`), when the form has it. */
const FIELDS = new Set(['username', 'displayName', 'role', 'password']);

/**
 * 新建账号 — username, name, role, and a generated one-time password (shown once afterwards) or one the
 * administrator sets. A taken username or any field the server refuses is shown on that field.
 */
export function CreateAccountDialog({
  onCreated,
  onCancel,
}: {
  onCreated(answer: AccountAnswer): void;
  onCancel(): void;
}) {
  const m = useMessages(accountsMessages);
  const { t } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<CreateValues>();
  const mode = Form.useWatch('passwordMode', form) ?? 'generated';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (values: CreateValues) => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        ...(values.passwordMode === 'chosen' ? { password: values.password } : {}),
      };
      onCreated(await api.post<AccountAnswer>('/api/accounts', body));
    } catch (e) {
      if (!isApiError(e)) throw e;
      const fields = e.fieldErrors
        .map((f) => ({ name: f.path.slice(1), errors: [f.message] }))
        .filter((f) => FIELDS.has(f.name));
      if (e.code === 'DUPLICATE') {
        form.setFields([
          { name: 'username', errors: [m('create.usernameTaken', { username: values.username })] },
        ]);
      } else if (fields.length > 0) {
        form.setFields(fields as { name: keyof CreateValues; errors: string[] }[]);
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

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
        name="create-account"
        layout="vertical"
        initialValues={{ role: 'clerk', passwordMode: 'generated' }}
        onFinish={submit}
      >
        <Form.Item
          name="username"
          label={m('create.username')}
          extra={m('create.usernameHelp')}
          rules={[
            { required: true, message: m('create.usernameRequired') },
            { pattern: USERNAME_PATTERN, message: m('create.usernameInvalid') },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={m('create.displayName')}
          rules={[{ required: true, whitespace: true, message: m('create.displayNameRequired') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={m('create.role')}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item name="passwordMode" label={m('create.password')}>
          <Radio.Group
            options={[
              { value: 'generated', label: m('create.generated') },
              { value: 'chosen', label: m('create.chosen') },
            ]}
          />
        </Form.Item>
        {mode === 'chosen' && (
          <Form.Item
            name="password"
            label={m('create.chosenPassword')}
            rules={[
              { required: true, message: m('create.passwordRequired') },
              { min: MIN_PASSWORD_LENGTH, message: m('create.passwordShort', { n: MIN_PASSWORD_LENGTH }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
