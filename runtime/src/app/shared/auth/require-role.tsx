import { Result, Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import type { Role } from '../api/api-types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useRouter } from '../router/router.tsx';
import { useAuth } from './auth-context.tsx';

/** Shows `children` to a logged-in user of one of `roles`; sends anyone else to the login page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { actor } = useAuth();
  const { t } = useI18n();
  const router = useRouter();
  const { path, search } = router.location;
  useEffect(() => {
    if (actor === null)
      router.navigate(`/login?next=${encodeURIComponent(path + search)}`, { replace: true });
  }, [actor, router, path, search]);
  if (actor === undefined || actor === null)
    return <Spin aria-label={t('common.loading')} className="ow-center" />;
  if (!roles.includes(actor.role)) {
    return (
      <Result status="403" title={t('login.forbiddenRole', { role: t(`role.${actor.role}` as const) })} />
    );
  }
  return <>{children}</>;
}
