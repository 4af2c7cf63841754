import { Spin } from 'antd';
import { Suspense, useMemo } from 'react';
import { NotFoundPage } from './not-found-page.tsx';
import { ROUTES } from './routes.tsx';
import type { ApiClient } from './shared/api/api-client.ts';
import { matchRoute } from './shared/router/match-route.ts';
import { useRouter } from './shared/router/router.tsx';
import { AppProviders } from './shared/shell/app-providers.tsx';
import { AppShell, type NavEntry } from './shared/shell/app-shell.tsx';

const NAV: readonly NavEntry[] = [
  { to: '/', label: 'nav.home' },
  { to: '/progress', label: 'nav.progress' },
  { to: '/counter', label: 'nav.counter', roles: ['clerk', 'admin'] },
  { to: '/inbox', label: 'nav.inbox', roles: 'any' },
];

function CurrentPage() {
  const { path } = useRouter().location;
  return useMemo(() => {
    for (const route of ROUTES) {
      const params = matchRoute(route.pattern, path);
      if (params) return route.render(params);
    }
    return <NotFoundPage />;
  }, [path]);
}

/** The counter and public web app (served at `/`). */
export function App({ client }: { client: ApiClient }) {
  return (
    <AppProviders client={client}>
      <AppShell nav={NAV}>
        <Suspense fallback={<Spin className="ow-center" />}>
          <CurrentPage />
        </Suspense>
      </AppShell>
    </AppProviders>
  );
}
