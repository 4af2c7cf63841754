import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import type { Actor } from '../api/api-types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useRouter } from '../router/router.tsx';
import { useAuth } from './auth-context.tsx';

interface LoginValues {
  username: string;
  password: string;
}

/** Where to go after logging in: `?next=` when it is an in-app path, else `home(actor)`. */
function nextPath(search: string, actor: Actor, home: (actor: Actor) => string): string {
  const next = new URLSearchParams(search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : home(actor);
}

/** 工作人员登录: username and password; then on to `?next=` or the role's home page. */
export function LoginPage({ home }: { home: (actor: Actor) => string }) {
  const { t } = useI18n();
  const auth = useAuth();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      const actor = await auth.login(values.username.trim(), values.password);
      router.navigate(nextPath(router.location.search, actor, home), { replace: true });
    } catch (e) {
      if (isApiError(e) && e.status === 429) setError(t('login.rateLimited'));
      else if (isApiError(e) && e.isNetworkError) setError(t('common.networkError'));
      else setError(t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ow-login">
      <Card>
        <Typography.Title level={1} className="ow-page-title">
          {t('login.title')}
        </Typography.Title>
        {error && <Alert type="error" title={error} showIcon role="alert" className="ow-gap" />}
        <Form<LoginValues> layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('login.required', { field: t('login.username') }),
              },
            ]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
