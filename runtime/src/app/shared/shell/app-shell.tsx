import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { LocalizedText } from '@onewindow/schemas';
import { Button, Layout } from 'antd';
import type { ReactNode } from 'react';
import { useAuth } from '../auth/auth-context.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { Link } from '../router/link.tsx';
import { useRouter } from '../router/router.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** One entry of the header's navigation. */
export interface NavEntry {
  to: string;
  /** A message of the shared table, or the app's own `{zh-CN, en}` text. */
  label: MessageKey | LocalizedText;
  /** Shown only to a logged-in user (of one of these roles, when given). */
  roles?: readonly string[] | 'any';
}

function visible(entry: NavEntry, role: string | undefined): boolean {
  if (!entry.roles) return true;
  if (!role) return false;
  return entry.roles === 'any' || entry.roles.includes(role);
}

/**
 * The page shell: a header with the app name 一窗通, the navigation, the user, the language switch
 * and logout; a skip link; the page in `<main>`. The header is hidden in print.
 */
export function AppShell({
  nav,
  children,
  loginPath = '/login',
}: {
  nav: readonly NavEntry[];
  children: ReactNode;
  loginPath?: string;
}) {
  const { t, text } = useI18n();
  const { actor, logout } = useAuth();
  const router = useRouter();
  const current = router.location.path;
  const onLogout = async () => {
    await logout();
    router.navigate('/');
  };
  return (
    <Layout className="ow-layout">
      <a href="#main" className="ow-skip">
        {t('app.skip')}
      </a>
      <Layout.Header className="ow-header ow-no-print">
        <Link to="/" className="ow-brand">
          <span className="ow-brand-name">{t('app.name')}</span>
          <span className="ow-brand-tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="ow-nav">
          {nav
            .filter((entry) => visible(entry, actor?.role))
            .map((entry) => {
              const active = current === entry.to || (entry.to !== '/' && current.startsWith(`${entry.to}/`));
              return (
                <Link
                  key={entry.to}
                  to={entry.to}
                  aria-current={active ? 'page' : undefined}
                  className="ow-nav-link"
                >
                  {typeof entry.label === 'string' ? t(entry.label) : text(entry.label)}
                </Link>
              );
            })}
        </nav>
        <div className="ow-header-tools">
          <LanguageSwitch />
          {actor ? (
            <>
              <span className="ow-user">
                <UserOutlined aria-hidden />{' '}
                {t('login.signedInAs', { name: actor.displayName, role: t(`role.${actor.role}`) })}
              </span>
              <Button
                type="text"
                className="ow-header-button"
                icon={<LogoutOutlined aria-hidden />}
                onClick={onLogout}
              >
                {t('nav.logout')}
              </Button>
            </>
          ) : (
            actor === null && (
              <Link to={loginPath} className="ow-nav-link">
                {t('nav.login')}
              </Link>
            )
          )}
        </div>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="ow-main">
        {children}
      </Layout.Content>
    </Layout>
  );
}
