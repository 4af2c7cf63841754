import { lazy, type ReactNode } from 'react';
import { GuidePage } from './public/guide-page.tsx';
import { HomePage } from './public/home-page.tsx';
import { ProgressPage } from './public/progress-page.tsx';
import type { Actor } from './shared/api/api-types.ts';
import { LoginPage } from './shared/auth/login-page.tsx';
import { RequireRole } from './shared/auth/require-role.tsx';
import type { RouteParams } from './shared/router/match-route.ts';

// The staff pages carry the form renderer and the engine; the public pages load without them.
const CasePage = lazy(() => import('./counter/case-page.tsx').then((m) => ({ default: m.CasePage })));
const InboxPage = lazy(() => import('./counter/inbox-page.tsx').then((m) => ({ default: m.InboxPage })));
const NoticePage = lazy(() => import('./counter/notice-page.tsx').then((m) => ({ default: m.NoticePage })));
const ReceivePage = lazy(() =>
  import('./counter/receive-page.tsx').then((m) => ({ default: m.ReceivePage })),
);
const ReceptionPage = lazy(() =>
  import('./counter/reception-page.tsx').then((m) => ({ default: m.ReceptionPage })),
);

const CLERKS = ['clerk', 'admin'] as const;
const READERS = ['clerk', 'admin', 'inspector'] as const;

/** Where a user goes after logging in. */
export function homeOf(actor: Actor): string {
  return actor.role === 'inspector' ? '/inbox' : '/counter';
}

/** The pages of the counter and public app, first match wins. */
export const ROUTES: readonly { pattern: string; render: (params: RouteParams) => ReactNode }[] = [
  { pattern: '/', render: () => <HomePage /> },
  { pattern: '/login', render: () => <LoginPage home={homeOf} /> },
  { pattern: '/guide/:code', render: (p) => <GuidePage code={p.code} /> },
  { pattern: '/progress', render: () => <ProgressPage /> },
  {
    pattern: '/counter',
    render: () => (
      <RequireRole roles={CLERKS}>
        <ReceptionPage />
      </RequireRole>
    ),
  },
  {
    pattern: '/counter/items/:code',
    render: (p) => (
      <RequireRole roles={CLERKS}>
        <ReceivePage key={p.code} code={p.code} />
      </RequireRole>
    ),
  },
  {
    pattern: '/inbox',
    render: () => (
      <RequireRole roles={READERS}>
        <InboxPage />
      </RequireRole>
    ),
  },
  {
    pattern: '/cases/:id',
    render: (p) => (
      <RequireRole roles={READERS}>
        <CasePage key={p.id} id={p.id} />
      </RequireRole>
    ),
  },
  {
    pattern: '/notice/:id',
    render: (p) => (
      <RequireRole roles={READERS}>
        <NoticePage id={p.id} />
      </RequireRole>
    ),
  },
];
