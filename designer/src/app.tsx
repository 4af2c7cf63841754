import {
  type ApiClient,
  AppProviders,
  AppShell,
  matchRoute,
  type NavEntry,
  useRouter,
} from '@onewindow/runtime/app';
import { Result } from 'antd';
import { useMemo } from 'react';
import { ROUTES } from './routes.tsx';

const NAV: readonly NavEntry[] = [
  { to: '/', label: { 'zh-CN': '事项', en: 'Items' }, roles: ['admin'] },
  { to: '/calendars', label: { 'zh-CN': '节假日', en: 'Holidays' }, roles: ['admin'] },
  { to: '/accounts', label: { 'zh-CN': '账号', en: 'Accounts' }, roles: ['admin'] },
];

function CurrentPage() {
  const { path } = useRouter().location;
  return useMemo(() => {
    for (const route of ROUTES) {
      const params = matchRoute(route.pattern, path);
      if (params) return route.render(params);
    }
    return <Result status="404" title="404" />;
  }, [path]);
}

/** The designer (served at `/designer`): administrators build, test and publish service items. */
export function App({ client }: { client: ApiClient }) {
  return (
    <AppProviders client={client} base="/designer">
      <AppShell nav={NAV}>
        <CurrentPage />
      </AppShell>
    </AppProviders>
  );
}
