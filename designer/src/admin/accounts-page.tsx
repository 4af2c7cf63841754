import { PlusOutlined } from '@ant-design/icons';
import {
  type ApiError,
  ErrorAlert,
  formatInstant,
  isApiError,
  type Tone,
  ToneTag,
  useApi,
  useApiQuery,
  useAuth,
  useI18n,
} from '@onewindow/runtime/app';
import { App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import type { AccountAnswer, AccountView } from './account-types.ts';
import { accountsMessages } from './accounts-messages.ts';
import { CreateAccountDialog } from './create-account-dialog.tsx';
import { OneTimePasswordDialog } from './one-time-password-dialog.tsx';
import './admin.css';

const ROLE_TONE: Readonly<Record<AccountView['role'], Tone>> = {
  admin: 'warn',
  clerk: 'info',
  inspector: 'neutral',
};

/**
 * 账号管理 — every account; create clerks and inspectors, disable or enable them and reset passwords
 * (each confirmed first). A new one-time password is shown once, with a copy button.
 */
export function AccountsPage() {
  const m = useMessages(accountsMessages);
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const api = useApi();
  const { actor } = useAuth();
  const list = useApiQuery((signal) => api.get<AccountView[]>('/api/accounts', { signal }), [api]);
  const [creating, setCreating] = useState(false);
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const patch = async (account: AccountView, body: Record<string, unknown>) => {
    setError(null);
    try {
      const answer = await api.patch<AccountAnswer>(`/api/accounts/${encodeURIComponent(account.id)}`, body);
      list.reload();
      return answer;
    } catch (e) {
      if (!isApiError(e)) throw e;
      setError(e);
      return null;
    }
  };

  const disable = (account: AccountView) =>
    modal.confirm({
      title: m('acc.disableTitle', { username: account.username }),
      content: m('acc.disableBody', { name: account.displayName }),
      okText: m('acc.disable'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (await patch(account, { disabled: true }))
          message.success(m('acc.disabledDone', { username: account.username }));
      },
    });

  const enable = async (account: AccountView) => {
    if (await patch(account, { disabled: false }))
      message.success(m('acc.enabledDone', { username: account.username }));
  };

  const reset = (account: AccountView) =>
    modal.confirm({
      title: m('acc.resetTitle', { username: account.username }),
      content: m('acc.resetBody', { name: account.displayName }),
      okText: m('acc.reset'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const answer = await patch(account, { resetPassword: true });
        if (answer?.oneTimePassword)
          setPassword({ username: account.username, password: answer.oneTimePassword });
      },
    });

  const columns: ColumnsType<AccountView> = [
    {
      title: m('acc.col.username'),
      dataIndex: 'username',
      render: (username: string, row) => (
        <>
          {username}
          {row.id === actor?.id && <span className="ow-admin-help"> {m('acc.you')}</span>}
        </>
      ),
    },
    { title: m('acc.col.displayName'), dataIndex: 'displayName' },
    {
      title: m('acc.col.role'),
      dataIndex: 'role',
      render: (role: AccountView['role']) => <ToneTag tone={ROLE_TONE[role]}>{t(`role.${role}`)}</ToneTag>,
    },
    {
      title: m('acc.col.status'),
      dataIndex: 'disabled',
      render: (disabled: boolean) => (
        <ToneTag tone={disabled ? 'bad' : 'ok'}>{disabled ? m('acc.disabled') : m('acc.enabled')}</ToneTag>
      ),
    },
    {
      title: m('acc.col.updated'),
      dataIndex: 'updatedAt',
      render: (at: string) => formatInstant(at, locale),
    },
    {
      title: m('acc.col.actions'),
      key: 'actions',
      render: (_, row) => {
        const self = row.id === actor?.id;
        return (
          <Space size={4} wrap>
            {row.disabled ? (
              <Button
                size="small"
                aria-label={m('acc.enableLabel', { username: row.username })}
                onClick={() => enable(row)}
              >
                {m('acc.enable')}
              </Button>
            ) : (
              <Button
                size="small"
                danger
                disabled={self}
                title={self ? m('acc.selfHint') : undefined}
                aria-label={m('acc.disableLabel', { username: row.username })}
                onClick={() => disable(row)}
              >
                {m('acc.disable')}
              </Button>
            )}
            <Button
              size="small"
              aria-label={m('acc.resetLabel', { username: row.username })}
              onClick={() => reset(row)}
            >
              {m('acc.reset')}
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <div className="ow-admin-head">
        <Typography.Title level={1} className="ow-page-title">
          {m('acc.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {m('acc.create')}
        </Button>
      </div>
      <p className="ow-admin-help">{m('acc.intro')}</p>
      <div className="ow-card">
        {list.error && <ErrorAlert error={list.error} />}
        {error && <ErrorAlert error={error} prefix={m('acc.failed')} />}
        <Table<AccountView>
          rowKey="id"
          columns={columns}
          dataSource={list.data ?? []}
          loading={list.loading}
          locale={{ emptyText: m('acc.empty') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </div>
      {creating && (
        <CreateAccountDialog
          onCancel={() => setCreating(false)}
          onCreated={(answer) => {
            setCreating(false);
            list.reload();
            message.success(m('create.done', { username: answer.account.username }));
            if (answer.oneTimePassword) {
              setPassword({ username: answer.account.username, password: answer.oneTimePassword });
            }
          }}
        />
      )}
      {password && <OneTimePasswordDialog {...password} onClose={() => setPassword(null)} />}
    </>
  );
}
