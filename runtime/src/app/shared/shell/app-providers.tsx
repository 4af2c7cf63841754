import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { ApiProvider } from '../api/api-context.tsx';
import { AuthProvider } from '../auth/auth-context.tsx';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { RouterProvider } from '../router/router.tsx';
import { isTestMode } from './test-mode.ts';
import { oneWindowTheme } from './theme.ts';

function ThemedAnt({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={oneWindowTheme({ motion: !isTestMode(), locale })}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/**
 * Everything a OneWindow web app runs inside: the API client, the language (with antd's and dayjs's
 * locale), antd's theme, the session and the router. `base` is where the app is mounted
 * ('' for the counter and public pages, '/designer' for the designer).
 */
export function AppProviders({
  client,
  base = '',
  children,
}: {
  client: ApiClient;
  base?: string;
  children: ReactNode;
}) {
  return (
    <ApiProvider client={client}>
      <I18nProvider>
        <ThemedAnt>
          <AuthProvider>
            <RouterProvider base={base}>{children}</RouterProvider>
          </AuthProvider>
        </ThemedAnt>
      </I18nProvider>
    </ApiProvider>
  );
}
